'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { OverdueBadge, RecommendationStatusBadge } from '../recommendations/recommendation-badges';
import { CategoryTrend, ScanRadar } from './assessment-charts';
import { AssessmentForm } from './assessment-form';

export function AssessmentOverview({ groupId }: { groupId: string }) {
  const t = useTranslations('assessments');
  const tc = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const group = useQuery(trpc.workingGroups.get.queryOptions({ id: groupId }));
  const overview = useQuery(trpc.assessments.overview.queryOptions({ groupId }));
  const list = useQuery(trpc.assessments.list.queryOptions({ groupId }));
  const conditions = useQuery(trpc.reference.conditions.queryOptions());
  const [category, setCategory] = useState('1');
  const [toDelete, setToDelete] = useState<{ id: string; version: number; assessedOn: string } | null>(null);
  const [deleteError, setDeleteError] = useState<ErrorInfo | null>(null);
  const remove = useMutation(
    trpc.assessments.delete.mutationOptions({
      onSuccess: async () => {
        setDeleteError(null);
        await queryClient.invalidateQueries({ queryKey: trpc.assessments.pathKey() });
      },
      onError: (error) => setDeleteError(readError(error)),
      onSettled: () => setToDelete(null),
    }),
  );

  if (group.isPending || overview.isPending) return <Loading />;
  if (group.isError || overview.isError) {
    const error = group.error ?? overview.error;
    const notFound = error instanceof TRPCClientError && error.data?.httpStatus === 404;
    return (
      <LoadError
        message={notFound ? tc('notFound.body') : undefined}
        onRetry={notFound ? undefined : () => overview.refetch()}
      />
    );
  }
  const data = overview.data;
  const date = (value: string) => format.dateTime(new Date(`${value}T12:00:00`), { dateStyle: 'long' });
  const labelOf = (id: string) => conditions.data?.find((c) => c.id === id)?.labelNl ?? id;
  const latestLabel = data.latest ? t('latest', { date: date(data.latest.assessedOn) }) : '';
  const previousLabel = data.previous ? t('previous', { date: date(data.previous.assessedOn) }) : null;
  const categoryPoints = data.categories.latest.map((c) => ({
    axis: tc(`recommendations.category.${c.categoryId}`),
    latest: c.average ?? 0,
    previous: data.categories.previous.find((p) => p.categoryId === c.categoryId)?.average ?? null,
  }));
  const indicatorRows = data.indicators.filter((i) => i.conditionId.startsWith(`${category}.`));
  const indicatorPoints = indicatorRows.map((i) => ({
    axis: i.conditionId,
    latest: typeof i.latest === 'number' ? i.latest : 0,
    previous: typeof i.previous === 'number' ? i.previous : null,
  }));
  const scoreText = (score: number | null | undefined) =>
    score === undefined ? t('notScored') : score === null ? t('notApplicable') : String(score);

  return (
    <>
      <PageHeader
        title={`${t('title')} · ${group.data.name}`}
        intro={t('intro')}
        actions={
          <Link href={`/werkgroepen/${groupId}`} className="text-brand-700 hover:underline">
            {t('back')}
          </Link>
        }
      />
      {!data.latest ? (
        <div className="mb-8">
          <EmptyState>{t('empty')}</EmptyState>
        </div>
      ) : (
        <>
          <div className="grid gap-x-6 lg:grid-cols-2">
            <Section id="radar-categories" title={t('radarCategories')}>
              <ScanRadar points={categoryPoints} latestLabel={latestLabel} previousLabel={previousLabel} />
              <table className="mt-3 w-full text-sm">
                <caption className="sr-only">{t('radarCategories')}</caption>
                <thead>
                  <tr className="text-left text-slate-600">
                    <th scope="col" className="font-medium" />
                    <th scope="col" className="font-medium">
                      {latestLabel}
                    </th>
                    {previousLabel ? (
                      <th scope="col" className="font-medium">
                        {previousLabel}
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {categoryPoints.map((p, index) => (
                    <tr key={p.axis} className="border-t border-slate-100">
                      <th scope="row" className="py-1 text-left font-normal">
                        {p.axis}
                      </th>
                      <td className="tabular-nums">{data.categories.latest[index]?.average ?? t('notApplicable')}</td>
                      {previousLabel ? <td className="tabular-nums">{p.previous ?? t('notScored')}</td> : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </Section>
            <Section
              id="radar-indicators"
              title={t('radarIndicators', { category: tc(`recommendations.category.${category}`) })}
            >
              <label className="mb-2 block text-sm font-medium text-slate-800">
                {t('chooseCategory')}
                <select
                  className="ml-2 rounded border border-slate-400 bg-white px-2 py-1"
                  value={category}
                  onChange={(e) => setCategory(e.target.value)}
                >
                  {['1', '2', '3', '4'].map((c) => (
                    <option key={c} value={c}>
                      {tc(`recommendations.category.${c}`)}
                    </option>
                  ))}
                </select>
              </label>
              <ScanRadar points={indicatorPoints} latestLabel={latestLabel} previousLabel={previousLabel} />
              <table className="mt-3 w-full text-sm">
                <caption className="sr-only">
                  {t('radarIndicators', { category: tc(`recommendations.category.${category}`) })}
                </caption>
                <tbody>
                  {indicatorRows.map((i) => (
                    <tr key={i.conditionId} className="border-t border-slate-100">
                      <th scope="row" className="py-1 text-left font-normal">
                        <span className="font-mono">{i.conditionId}</span> {labelOf(i.conditionId)}
                      </th>
                      <td className="tabular-nums">{scoreText(i.latest)}</td>
                      {previousLabel ? <td className="text-slate-600 tabular-nums">{scoreText(i.previous)}</td> : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </Section>
          </div>
          <Section id="weakest" title={t('weakest')} intro={t('weakestIntro')}>
            {data.weakest.length === 0 ? (
              <p className="text-slate-600">{t('weakestEmpty')}</p>
            ) : (
              <ul className="space-y-4">
                {data.weakest.map((w) => (
                  <li key={w.conditionId}>
                    <p className="font-medium">
                      <span className="font-mono">{w.conditionId}</span> {labelOf(w.conditionId)} — {t('score')}:{' '}
                      {w.score}
                    </p>
                    {w.recommendations.length === 0 ? (
                      <p className="text-sm text-slate-600">{t('noRecommendations')}</p>
                    ) : (
                      <ul className="mt-1 space-y-1 pl-4">
                        {w.recommendations.map((r) => (
                          <li key={r.id} className="flex flex-wrap items-center gap-2 text-sm">
                            <span className="font-mono font-semibold">{r.code}</span>
                            <Link href={`/aanbevelingen/${r.id}`} className="text-brand-700 hover:underline">
                              {r.title}
                            </Link>
                            <RecommendationStatusBadge status={r.status} />
                            {r.overdue ? <OverdueBadge /> : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="trend" title={t('trend')}>
            <CategoryTrend rows={data.trend} />
          </Section>
        </>
      )}
      <Section id="scans" title={t('history')}>
        <FormAlert
          error={deleteError}
          onReload={() => queryClient.invalidateQueries({ queryKey: trpc.assessments.pathKey() })}
        />
        <ul className="divide-y divide-slate-200">
          {(list.data?.items ?? []).map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {date(a.assessedOn)} · {t('scored', { count: a.scoredCount })}
                {a.createdByName ? ` · ${a.createdByName}` : ''}
                {a.note ? ` — ${a.note}` : ''}
              </span>
              {a.permissions.canDelete ? (
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => setToDelete({ id: a.id, version: a.version, assessedOn: a.assessedOn })}
                >
                  {t('delete')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
        <ConfirmDialog
          open={toDelete !== null}
          title={t('delete')}
          pending={remove.isPending}
          onCancel={() => setToDelete(null)}
          onConfirm={() => toDelete && remove.mutate({ id: toDelete.id, version: toDelete.version })}
        >
          {toDelete ? t('confirmDelete', { date: date(toDelete.assessedOn) }) : null}
        </ConfirmDialog>
      </Section>
      {data.permissions.canRecord ? (
        <Section id="new-scan" title={t('new')}>
          <AssessmentForm groupId={groupId} />
        </Section>
      ) : null}
    </>
  );
}
