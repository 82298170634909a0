'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useState } from 'react';
import {
  addMonths,
  calendarDateInNetherlands,
  countLensPlacements,
  daysBetween,
  lensFirstPlacements,
  placementLensRole,
  placementStatuses,
  timelineQueryString,
  type PlacementStatus,
  type TimelineQuery,
} from '@srw/domain';
import { SelectField } from '@/components/forms/fields';
import { LensNotice } from '@/components/lens/lens-notice';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading, Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { useLensOrganisation } from '@/lib/use-lens-organisation';
import { useCalendarDate } from './placement-format';
import { statusBarClass } from './placement-status-badge';
import { PlacementViewsNav } from './placement-views-nav';
import { defaultTimelineFrom, placementTimelineInput, TIMELINE_MONTHS_SHOWN } from './placement-queries';

const SHIFT_MONTHS = 3;

/**
 * A Gantt chart in plain HTML and CSS: months as columns, one row per
 * placement, each bar a link with a text label, and a line for today.
 */
export function PlacementTimeline({ initial }: { initial: TimelineQuery }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const formatDate = useCalendarDate();
  const today = calendarDateInNetherlands(new Date());
  const defaultFrom = defaultTimelineFrom(today);
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  // The state leads; the address bar follows, so a filtered view can be shared or reloaded.
  const [filters, setFilters] = useState<TimelineQuery>(initial);
  const from = filters.from ?? defaultFrom;
  const update = (next: Partial<TimelineQuery>) => {
    const merged = { ...filters, ...next };
    if (merged.from === defaultFrom) merged.from = null;
    setFilters(merged);
    router.replace(`${pathname}${timelineQueryString(merged)}`, { scroll: false });
  };
  const setFrom = (value: string) => update({ from: value });
  const input = placementTimelineInput(filters, today);
  const to = input.to;
  const totalDays = daysBetween(from, to) + 1;
  const months = Array.from({ length: TIMELINE_MONTHS_SHOWN }, (_, i) => addMonths(from, i));
  const query = useQuery(trpc.placements.timeline.queryOptions(input));
  const filtered = filters.organisationId !== null || filters.status !== null;
  // The organisation lens puts the placements where that organisation is home or host first and counts them; none is hidden.
  const lensOrg = useLensOrganisation();
  const lensId = lensOrg?.id ?? null;
  const rows = lensFirstPlacements(query.data?.items ?? [], lensId);
  const lensCounts = countLensPlacements(rows, lensId);
  const position = (date: string) => Math.min(Math.max(daysBetween(from, date) / totalDays, 0), 1);
  const todayInside = today >= from && today <= to;
  const monthColumns = { gridTemplateColumns: `repeat(${TIMELINE_MONTHS_SHOWN}, minmax(0, 1fr))` };

  return (
    <>
      <PageHeader title={t('placements.timeline.title')} intro={t('placements.timeline.intro')} />
      <PlacementViewsNav current="timeline" />
      <div
        role="search"
        aria-label={t('placements.filters.title')}
        className="mb-4 grid items-end gap-3 rounded border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[1fr_1fr_auto]"
      >
        <SelectField
          label={t('placements.filters.organisation')}
          hint={t('placements.timeline.organisationHint')}
          placeholder={t('placements.filters.anyOrganisation')}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={filters.organisationId ?? ''}
          onChange={(e) => update({ organisationId: e.target.value || null })}
        />
        <SelectField
          label={t('placements.filters.status')}
          placeholder={t('placements.filters.anyStatus')}
          options={placementStatuses.map((s) => ({ value: s, label: t(`placements.status.${s}`) }))}
          value={filters.status ?? ''}
          onChange={(e) => update({ status: (e.target.value || null) as PlacementStatus | null })}
        />
        {filtered ? (
          <Button variant="ghost" onClick={() => update({ organisationId: null, status: null })}>
            {t('placements.filters.clear')}
          </Button>
        ) : null}
      </div>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Button variant="secondary" size="sm" onClick={() => setFrom(addMonths(from, -SHIFT_MONTHS))}>
          ← {t('placements.timeline.previous')}
        </Button>
        <p className="font-medium text-slate-800" aria-live="polite">
          {t('placements.timeline.range', { from: formatDate(from), to: formatDate(to) })}
        </p>
        <Button variant="secondary" size="sm" onClick={() => setFrom(addMonths(from, SHIFT_MONTHS))}>
          {t('placements.timeline.next')} →
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setFrom(defaultFrom)}>
          {t('placements.timeline.today')}
        </Button>
      </div>
      <div className="mb-4" role="group" aria-label={t('placements.timeline.legend')}>
        <ul className="flex flex-wrap gap-3 text-sm">
          {placementStatuses.map((status) => (
            <li key={status} className="inline-flex items-center gap-1.5">
              <span aria-hidden className={`inline-block h-3 w-6 rounded ring-1 ${statusBarClass[status]}`} />
              {t(`placements.status.${status}`)}
            </li>
          ))}
          <li className="inline-flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-4 w-0.5 bg-red-600" />
            {t('placements.timeline.today')} ({formatDate(today)})
          </li>
        </ul>
      </div>

      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError onRetry={() => query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState>{filtered ? t('placements.timeline.emptyFiltered') : t('placements.timeline.empty')}</EmptyState>
      ) : (
        <>
          {lensOrg ? (
            <LensNotice>
              {t('placements.lens.timelineNotice', {
                organisation: lensOrg.name,
                home: lensCounts.home,
                host: lensCounts.host,
                total: rows.length,
              })}
            </LensNotice>
          ) : null}
          {query.data.truncated ? (
            <div className="mb-3">
              <Notice tone="warning">{t('placements.timeline.truncated')}</Notice>
            </div>
          ) : null}
          <div className="overflow-x-auto rounded border border-slate-200 bg-white p-3 shadow-sm">
            <div className="min-w-[56rem]">
              <div className="flex border-b border-slate-300 pb-1">
                <div className="w-60 shrink-0" />
                <ol className="grid flex-1 text-center text-xs font-medium text-slate-700" style={monthColumns}>
                  {months.map((month) => (
                    <li key={month}>{formatDate(month, 'month')}</li>
                  ))}
                </ol>
              </div>
              <div className="relative">
                <div
                  aria-hidden
                  className="pointer-events-none absolute inset-y-0 right-0 left-60 grid"
                  style={monthColumns}
                >
                  {months.map((month) => (
                    <div key={month} className="border-l border-slate-100" />
                  ))}
                </div>
                {todayInside ? (
                  <div aria-hidden className="pointer-events-none absolute inset-y-0 right-0 left-60 z-10">
                    <div
                      className="absolute inset-y-0 w-0.5 bg-red-600"
                      style={{ left: `${position(today) * 100}%` }}
                    />
                  </div>
                ) : null}
                <ul className="relative">
                  {rows.map((p) => {
                    const lensRole = placementLensRole(p, lensId);
                    const start = position(p.startDate);
                    const end = Math.min(Math.max((daysBetween(from, p.endDate) + 1) / totalDays, 0), 1);
                    const label = t('placements.timeline.barLabel', {
                      person: p.personName,
                      unit: p.hostUnit,
                      status: t(`placements.status.${p.status}`),
                      start: formatDate(p.startDate),
                      end: formatDate(p.endDate),
                    });
                    return (
                      <li
                        key={p.id}
                        className={`flex h-10 items-center border-b border-slate-100 ${lensRole ? 'bg-brand-50/60' : ''}`}
                        data-testid={lensRole ? 'lens-placement' : undefined}
                      >
                        <div className="flex w-60 shrink-0 items-center gap-1 truncate pr-2 text-sm text-slate-800">
                          <Badge tone={organisationTone(p.hostOrganisationCode)}>{p.hostOrganisationCode}</Badge>
                          <span className="truncate" title={p.hostUnit}>
                            {p.hostUnit}
                          </span>
                          {lensRole && lensOrg ? (
                            <span className="shrink-0 text-xs text-brand-800">
                              ({t(`placements.lens.role.${lensRole}`, { organisation: lensOrg.code })})
                            </span>
                          ) : null}
                        </div>
                        <div className="relative h-7 flex-1">
                          <Link
                            href={`/liaisons/${p.id}`}
                            title={label}
                            aria-label={label}
                            className={`absolute inset-y-0 flex items-center overflow-hidden rounded px-2 text-xs font-medium whitespace-nowrap ring-1 hover:ring-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 ${statusBarClass[p.status]}`}
                            style={{ left: `${start * 100}%`, width: `max(${(end - start) * 100}%, 0.5rem)` }}
                          >
                            {p.personName}
                            {p.overdue ? ' ⚠' : ''}
                          </Link>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </div>
            </div>
          </div>
        </>
      )}
    </>
  );
}
