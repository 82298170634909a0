'use client';

import { exerciseFallsOnDay, isCancelledExercise } from '@srw/domain';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { SelectField } from '@/components/forms/fields';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { ExerciseStatusBadge } from './badges';
import { CalendarSubscription } from './calendar-subscription';
import { useReadableGroups } from './scenario-list';
import { ScenariosTabs } from './scenarios-tabs';

function startOfMonth(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), 1);
}

function addMonths(date: Date, months: number): Date {
  return new Date(date.getFullYear(), date.getMonth() + months, 1);
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** Monday-first weeks covering the month. */
function monthGrid(month: Date): Date[] {
  const first = startOfMonth(month);
  const offset = (first.getDay() + 6) % 7;
  const start = new Date(first.getFullYear(), first.getMonth(), 1 - offset);
  const days: Date[] = [];
  for (let i = 0; i < 42; i++) days.push(new Date(start.getFullYear(), start.getMonth(), start.getDate() + i));
  return days;
}

function IcsExport({ groupId }: { groupId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      disabled={!groupId || busy}
      title={groupId ? undefined : t('scenarios.calendar.chooseGroupForExport')}
      onClick={async () => {
        setBusy(true);
        try {
          const file = await queryClient.fetchQuery(
            trpc.exercises.calendar.queryOptions({ groupId }, { staleTime: 0 }),
          );
          const url = URL.createObjectURL(new Blob([file.content], { type: 'text/calendar;charset=utf-8' }));
          const link = document.createElement('a');
          link.href = url;
          link.download = file.filename;
          link.click();
          URL.revokeObjectURL(url);
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('scenarios.calendar.export')}
    </Button>
  );
}

export function ExerciseCalendar() {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const { groups } = useReadableGroups();
  const [groupId, setGroupId] = useState('');
  const [view, setView] = useState<'month' | 'list'>('month');
  const [month, setMonth] = useState(() => startOfMonth(new Date()));
  const days = useMemo(() => monthGrid(month), [month]);
  const first = days[0] ?? month;
  const last = days[days.length - 1] ?? month;
  const windowEnd = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
  const monthQuery = useQuery(
    trpc.exercises.list.queryOptions(
      { groupId: groupId || undefined, from: first, to: windowEnd, limit: 100 },
      { enabled: view === 'month' },
    ),
  );
  const [listFrom] = useState(() => {
    const now = new Date();
    return new Date(now.getFullYear(), now.getMonth(), now.getDate());
  });
  const listQuery = useInfiniteQuery(
    trpc.exercises.list.infiniteQueryOptions(
      { groupId: groupId || undefined, from: listFrom, limit: 20 },
      { enabled: view === 'list', getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const weekdays = days.slice(0, 7).map((d) => format.dateTime(d, { weekday: 'short' }));
  const today = new Date();

  return (
    <>
      <PageHeader
        title={t('scenarios.calendar.title')}
        intro={t('scenarios.calendar.intro')}
        actions={<IcsExport groupId={groupId} />}
      />
      <ScenariosTabs current="calendar" />
      <div className="mb-4 flex flex-wrap items-end gap-4">
        <div className="w-72">
          <SelectField
            label={t('scenarios.filters.group')}
            placeholder={t('scenarios.filters.allGroups')}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
            value={groupId}
            onChange={(e) => setGroupId(e.target.value)}
          />
        </div>
        <div
          role="group"
          aria-label={t('scenarios.calendar.view')}
          className="inline-flex rounded border border-slate-300 bg-white p-0.5"
        >
          {(['month', 'list'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={view === value}
              onClick={() => setView(value)}
              className={`rounded px-3 py-1.5 text-sm font-medium ${view === value ? 'bg-brand-700 text-white' : 'text-slate-700 hover:bg-brand-50'}`}
            >
              {t(`scenarios.calendar.${value}`)}
            </button>
          ))}
        </div>
      </div>
      {groupId ? (
        <CalendarSubscription
          key={groupId}
          groupId={groupId}
          groupName={groups.find((g) => g.id === groupId)?.name ?? ''}
        />
      ) : null}

      {view === 'month' ? (
        <>
          <div className="mb-3 flex items-center gap-3">
            <Button
              variant="secondary"
              size="sm"
              onClick={() => setMonth(addMonths(month, -1))}
              aria-label={t('scenarios.calendar.previous')}
            >
              ←
            </Button>
            <h2 className="min-w-40 text-center text-lg font-semibold" aria-live="polite">
              {format.dateTime(month, { month: 'long', year: 'numeric' })}
            </h2>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => setMonth(addMonths(month, 1))}
              aria-label={t('scenarios.calendar.next')}
            >
              →
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setMonth(startOfMonth(new Date()))}>
              {t('scenarios.calendar.today')}
            </Button>
          </div>
          {monthQuery.isPending ? (
            <Loading />
          ) : monthQuery.isError ? (
            <LoadError onRetry={() => monthQuery.refetch()} />
          ) : (
            <table className="w-full table-fixed border-collapse bg-white text-sm">
              <caption className="sr-only">{format.dateTime(month, { month: 'long', year: 'numeric' })}</caption>
              <thead>
                <tr>
                  {weekdays.map((day) => (
                    <th
                      key={day}
                      scope="col"
                      className="border border-slate-200 p-1 text-xs font-medium text-slate-600"
                    >
                      {day}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[0, 1, 2, 3, 4, 5].map((week) => (
                  <tr key={week}>
                    {days.slice(week * 7, week * 7 + 7).map((day) => {
                      const inMonth = day.getMonth() === month.getMonth();
                      const dayEnd = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
                      const events = (monthQuery.data?.items ?? []).filter((e) => exerciseFallsOnDay(e, day, dayEnd));
                      return (
                        <td
                          key={day.toISOString()}
                          className={`h-24 border border-slate-200 p-1 align-top ${inMonth ? '' : 'bg-slate-50 text-slate-600'} ${sameDay(day, today) ? 'ring-2 ring-brand-600 ring-inset' : ''}`}
                        >
                          <div className="text-xs">{day.getDate()}</div>
                          <ul className="space-y-1">
                            {events.map((event) => (
                              <li key={event.id}>
                                <Link
                                  href={`/oefeningen/${event.id}`}
                                  className={`block truncate rounded px-1 text-xs ${isCancelledExercise(event.status) ? 'bg-red-50 text-red-800 line-through' : 'bg-brand-50 text-brand-800'} hover:underline`}
                                  title={event.title}
                                >
                                  {format.dateTime(event.startsAt, { timeStyle: 'short' })} {event.title}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : listQuery.isPending ? (
        <Loading />
      ) : listQuery.isError ? (
        <LoadError onRetry={() => listQuery.refetch()} />
      ) : (listQuery.data.pages.flatMap((p) => p.items).length ?? 0) === 0 ? (
        <EmptyState>{t('scenarios.calendar.emptyUpcoming')}</EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700">{t('scenarios.calendar.upcomingHint')}</p>
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {listQuery.data.pages
              .flatMap((p) => p.items)
              .map((exercise) => (
                <li key={exercise.id} className="flex flex-wrap items-center gap-3 p-3">
                  <span className="w-44 text-sm text-slate-700">
                    {format.dateTime(exercise.startsAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </span>
                  <ExerciseStatusBadge status={exercise.status} />
                  <Link href={`/oefeningen/${exercise.id}`} className="font-medium text-brand-700 hover:underline">
                    {exercise.title}
                  </Link>
                  <span className="text-sm text-slate-600">
                    {t(`scenarios.exerciseType.${exercise.type}`)} · {exercise.groupName}
                  </span>
                </li>
              ))}
          </ul>
          {listQuery.hasNextPage ? (
            <div className="mt-4">
              <Button
                variant="secondary"
                onClick={() => listQuery.fetchNextPage()}
                disabled={listQuery.isFetchingNextPage}
              >
                {listQuery.isFetchingNextPage ? t('states.loading') : t('actions.loadMore')}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
