'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useFormatter, useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useState } from 'react';
import { LARGE_GAP_THRESHOLD, compareLensScores, lensFirst, lensFirstByOrganisation } from '@srw/domain';
import { FormAlert } from '@/components/forms/form-alert';
import { LensNotice } from '@/components/lens/lens-notice';
import { useErrorReader } from '@/components/forms/use-error-text';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { useLensOrganisation } from '@/lib/use-lens-organisation';
import { OverdueBadge, RecommendationStatusBadge } from '../recommendations/recommendation-badges';
import { AssessmentForm } from './assessment-form';
import { useLocalisedLabel } from '@/i18n/use-localised-label';

// The charts (recharts) load after the page, only here; their tables carry the figures meanwhile.
const ScanRadar = dynamic(() => import('./assessment-charts').then((m) => m.ScanRadar), {
  ssr: false,
  loading: () => <div aria-hidden className="h-80 w-full" />,
});
const CategoryTrend = dynamic(() => import('./assessment-charts').then((m) => m.CategoryTrend), {
  ssr: false,
  loading: () => <div aria-hidden className="h-64 w-full" />,
});

const categoryIds = ['1', '2', '3', '4'];

export function AssessmentOverview({ groupId }: { groupId: string }) {
  const t = useTranslations('assessments');
  const localised = useLocalisedLabel();
  const tc = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [roundId, setRoundId] = useState<string | undefined>(undefined);
  const group = useQuery(trpc.workingGroups.get.queryOptions({ id: groupId }));
  // The previous round stays on screen while another loads, so the form below keeps what was typed.
  const overview = useQuery(
    trpc.assessments.overview.queryOptions({ groupId, assessmentId: roundId }, { placeholderData: keepPreviousData }),
  );
  const list = useQuery(trpc.assessments.list.queryOptions({ groupId }));
  const conditions = useQuery(trpc.reference.conditions.queryOptions());
  const [category, setCategory] = useState('1');
  const lensOrg = useLensOrganisation();
  const [toDelete, setToDelete] = useState<{ id: string; version: number; assessedOn: string } | null>(null);
  const [deleteError, setDeleteError] = useState<ErrorInfo | null>(null);
  const remove = useMutation(
    trpc.assessments.delete.mutationOptions({
      onSuccess: async (removed) => {
        setDeleteError(null);
        if (removed.id === roundId) setRoundId(undefined);
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
  // The organisation lens puts that organisation's scores in the first column, against the others'; every score stays.
  const lensId = lensOrg?.id ?? null;
  const organisations = lensFirst(data.organisations, (o, lens) => o.id === lens, lensId);
  const lensScored = lensOrg !== null && data.organisations.some((o) => o.id === lensOrg.id);
  const lensComparison = compareLensScores(data.indicators, lensId);
  const lensCell = (organisationId: string) => (organisationId === lensId ? 'bg-brand-50' : '');
  const date = (value: string) => format.dateTime(new Date(`${value}T12:00:00`), { dateStyle: 'long' });
  const labelOf = (id: string) => {
    const node = conditions.data?.find((c) => c.id === id);
    return node ? localised(node) : id;
  };
  const categoryName = (id: string) => tc(`recommendations.category.${id}`);
  const latestLabel = data.latest ? t('latest', { date: date(data.latest.assessedOn) }) : '';
  const previousLabel = data.previous ? t('previous', { date: date(data.previous.assessedOn) }) : null;
  const figure = (value: number | null | undefined) =>
    value === undefined ? t('notScored') : value === null ? t('notApplicable') : format.number(value);
  const scoreOf = (
    indicator: { organisations: { organisationId: string; score: number | null; evidence: string }[] },
    organisationId: string,
  ) => indicator.organisations.find((o) => o.organisationId === organisationId);
  const comparisonPoints = data.comparison.latest.map((c) => ({
    axis: categoryName(c.categoryId),
    latest: c.average,
    previous: data.comparison.previous.find((p) => p.categoryId === c.categoryId)?.average ?? null,
  }));
  const indicatorRows = data.indicators.filter((i) => i.conditionId.startsWith(`${category}.`));
  const organisationPoints = indicatorRows.map((i) => ({
    axis: i.conditionId,
    ...Object.fromEntries(organisations.map((o) => [o.id, scoreOf(i, o.id)?.score ?? null])),
  }));
  const organisationSeries = organisations.map((o) => ({ key: o.id, label: o.name }));
  const rounds = list.data?.items ?? [];

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
          <Section id="round" title={latestLabel} intro={data.latest.note || undefined}>
            {lensOrg ? (
              <LensNotice>
                {lensScored
                  ? t('lens.notice', { organisation: lensOrg.name, ...lensComparison })
                  : t('lens.notInRound', { organisation: lensOrg.name })}
              </LensNotice>
            ) : null}
            <ul className="space-y-1 text-sm">
              {organisations.map((o) => {
                const contribution = data.contributions.find((c) => c.organisationId === o.id);
                return (
                  <li key={o.id} className="flex flex-wrap items-center gap-2">
                    <Badge tone={organisationTone(o.code)}>{o.name}</Badge>
                    {contribution ? (
                      <span>
                        {t('scoredBy', {
                          name: contribution.scoredByName ?? t('unknownPerson'),
                          date: format.dateTime(contribution.scoredAt, { dateStyle: 'long' }),
                        })}
                      </span>
                    ) : (
                      <span className="text-slate-600">{t('notScoredYet')}</span>
                    )}
                    {contribution?.breakGlassReason ? (
                      <span className="w-full rounded bg-amber-50 px-2 py-1 text-amber-900">
                        {t('breakGlassShown', { reason: contribution.breakGlassReason })}
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </Section>
          <Section id="categories" title={t('categoriesSideBySide')} intro={t('categoriesIntro')}>
            <table className="w-full text-sm">
              <caption className="sr-only">{t('categoriesSideBySide')}</caption>
              <thead>
                <tr className="text-left text-slate-600">
                  <th scope="col" className="pr-2 font-medium">
                    {t('category')}
                  </th>
                  {organisations.map((o) => (
                    <th key={o.id} scope="col" className={`pr-2 font-medium ${lensCell(o.id)}`}>
                      {o.name}
                    </th>
                  ))}
                  <th scope="col" className="pr-2 font-medium">
                    {t('combined')}
                  </th>
                  <th scope="col" className="pr-2 font-medium">
                    {t('gap')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.categories.map((c) => (
                  <tr key={c.categoryId} className="border-t border-slate-100">
                    <th scope="row" className="py-1 text-left font-normal">
                      {categoryName(c.categoryId)}
                    </th>
                    {organisations.map((o) => (
                      <td key={o.id} className={`tabular-nums ${lensCell(o.id)}`}>
                        {figure(c.organisations.find((x) => x.organisationId === o.id)?.average)}
                      </td>
                    ))}
                    <td className="font-medium tabular-nums">{figure(c.combined)}</td>
                    <td className="tabular-nums">{c.gap === null ? t('notScored') : format.number(c.gap)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
          <Section id="gaps" title={t('gapsTitle')} intro={t('gapsIntro', { threshold: LARGE_GAP_THRESHOLD })}>
            {data.largestGaps.length === 0 ? (
              <p className="text-slate-600">{t('gapsEmpty', { threshold: LARGE_GAP_THRESHOLD })}</p>
            ) : (
              <ul className="space-y-4">
                {data.largestGaps.map((g) => (
                  <li key={g.conditionId}>
                    <p className="font-medium">
                      <span className="font-mono">{g.conditionId}</span> {labelOf(g.conditionId)} —{' '}
                      {t('gapOf', { gap: format.number(g.gap ?? 0) })}
                    </p>
                    <ul className="mt-1 space-y-1 pl-4 text-sm">
                      {lensFirstByOrganisation(g.organisations, lensId).map((o) => (
                        <li key={o.organisationId}>
                          {organisations.find((x) => x.id === o.organisationId)?.name}: {figure(o.score)}
                          {o.evidence ? <span className="text-slate-700"> — “{o.evidence}”</span> : null}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <div className="grid gap-x-6 lg:grid-cols-2">
            <Section id="radar-categories" title={t('radarCategories')}>
              {!data.previous ? (
                <p className="text-slate-600">{t('noPreviousRound')}</p>
              ) : data.comparison.indicatorCount === 0 ? (
                <p className="text-slate-600">{t('comparisonNone')}</p>
              ) : (
                <>
                  <p className="mb-2 text-sm text-slate-600">
                    {t('comparisonBasis', { count: data.comparison.indicatorCount })}
                  </p>
                  <ScanRadar
                    points={comparisonPoints}
                    series={[
                      ...(previousLabel ? [{ key: 'previous', label: previousLabel }] : []),
                      { key: 'latest', label: latestLabel },
                    ]}
                  />
                  <table className="mt-3 w-full text-sm">
                    <caption className="sr-only">{t('radarCategories')}</caption>
                    <thead>
                      <tr className="text-left text-slate-600">
                        <th scope="col" className="font-medium" />
                        <th scope="col" className="pr-2 font-medium">
                          {latestLabel}
                        </th>
                        <th scope="col" className="pr-2 font-medium">
                          {previousLabel}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {comparisonPoints.map((p) => (
                        <tr key={p.axis} className="border-t border-slate-100">
                          <th scope="row" className="py-1 text-left font-normal">
                            {p.axis}
                          </th>
                          <td className="tabular-nums">{figure(p.latest)}</td>
                          <td className="tabular-nums">{figure(p.previous)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
            </Section>
            <Section id="radar-indicators" title={t('radarIndicators', { category: categoryName(category) })}>
              <label className="mb-2 block text-sm font-medium text-slate-800">
                {t('chooseCategory')}
                <select
                  className="ml-2 rounded border border-slate-400 bg-white px-2 py-1"
                  value={category}
                  onChange={(e) => setCategory(e.target.value)}
                >
                  {categoryIds.map((c) => (
                    <option key={c} value={c}>
                      {categoryName(c)}
                    </option>
                  ))}
                </select>
              </label>
              {indicatorRows.length === 0 ? (
                <p className="text-slate-600">{t('categoryNotScored')}</p>
              ) : (
                <ScanRadar points={organisationPoints} series={organisationSeries} />
              )}
            </Section>
          </div>
          <Section id="indicators" title={t('indicatorsTitle', { category: categoryName(category) })}>
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">{t('indicatorsTitle', { category: categoryName(category) })}</caption>
                <thead>
                  <tr className="text-left align-bottom text-slate-600">
                    <th scope="col" className="pr-2 font-medium">
                      {t('indicator')}
                    </th>
                    {organisations.map((o) => (
                      <th key={o.id} scope="col" className={`pr-2 font-medium ${lensCell(o.id)}`}>
                        {o.name}
                      </th>
                    ))}
                    <th scope="col" className="pr-2 font-medium">
                      {t('combined')}
                    </th>
                    <th scope="col" className="pr-2 font-medium">
                      {t('gap')}
                    </th>
                    {previousLabel ? (
                      <th scope="col" className="pr-2 font-medium">
                        {previousLabel}
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody>
                  {indicatorRows.map((i) => (
                    <tr key={i.conditionId} className="border-t border-slate-100 align-top">
                      <th scope="row" className="py-1 pr-2 text-left font-normal">
                        <span className="font-mono">{i.conditionId}</span> {labelOf(i.conditionId)}
                      </th>
                      {organisations.map((o) => {
                        const side = scoreOf(i, o.id);
                        return (
                          <td key={o.id} className={`py-1 pr-2 ${lensCell(o.id)}`}>
                            <span className="tabular-nums">{figure(side?.score)}</span>
                            {side?.evidence ? (
                              <span className="block text-xs text-slate-700">
                                {t('evidence')}: {side.evidence}
                              </span>
                            ) : null}
                          </td>
                        );
                      })}
                      <td className="py-1 font-medium tabular-nums">{figure(i.combined)}</td>
                      <td className="py-1 tabular-nums">{i.gap === null ? t('notScored') : format.number(i.gap)}</td>
                      {previousLabel ? (
                        <td className="py-1 text-slate-600 tabular-nums">{figure(i.previous)}</td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>
          <Section id="weakest" title={t('weakest')} intro={t('weakestIntro')}>
            {data.weakest.length === 0 ? (
              <p className="text-slate-600">{t('weakestEmpty')}</p>
            ) : (
              <ul className="space-y-4">
                {data.weakest.map((w) => (
                  <li key={w.conditionId}>
                    <p className="font-medium">
                      <span className="font-mono">{w.conditionId}</span> {labelOf(w.conditionId)} — {t('score')}:{' '}
                      {format.number(w.score)}
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
      <Section id="scans" title={t('history')} intro={t('historyIntro')}>
        <FormAlert
          error={deleteError}
          onReload={() => queryClient.invalidateQueries({ queryKey: trpc.assessments.pathKey() })}
        />
        {rounds.length === 0 ? <p className="text-slate-600">{t('historyEmpty')}</p> : null}
        <ul className="divide-y divide-slate-200">
          {rounds.map((a) => {
            const shown = a.id === data.latest?.id;
            return (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {date(a.assessedOn)} · {t('scored', { count: a.scoredCount })}
                  {a.contributions.length > 0 ? ` · ${a.contributions.map((c) => c.organisationName).join(', ')}` : ''}
                  {a.note ? ` — ${a.note}` : ''}
                </span>
                <span className="flex gap-2">
                  {shown ? (
                    <span className="text-sm text-slate-600" aria-current="true">
                      {t('shown')}
                    </span>
                  ) : (
                    <Button variant="ghost" size="sm" onClick={() => setRoundId(a.id)}>
                      {t('showRound', { date: date(a.assessedOn) })}
                    </Button>
                  )}
                  {a.permissions.canDelete ? (
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => setToDelete({ id: a.id, version: a.version, assessedOn: a.assessedOn })}
                    >
                      {t('delete')}
                    </Button>
                  ) : null}
                </span>
              </li>
            );
          })}
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
        <Section id="new-scan" title={t('new')} intro={t('newIntro')}>
          <AssessmentForm
            groupId={groupId}
            scoreFor={data.permissions.scoreFor}
            organisations={organisations}
            rounds={rounds.map(({ id, version, assessedOn, note }) => ({ id, version, assessedOn, note }))}
          />
        </Section>
      ) : null}
    </>
  );
}
