'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Badge, organisationTone } from '@/components/ui/badge';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { useCalendarDate } from './placement-format';
import { PlacementStatusBadge } from './placement-status-badge';
import { PlacementViewsNav } from './placement-views-nav';

/** Per host unit: who is there now, who leaves soon, and which units have nobody. */
export function PlacementCoverage() {
  const t = useTranslations('placements.coverage');
  const tPlacements = useTranslations('placements');
  const trpc = useTRPC();
  const formatDate = useCalendarDate();
  const query = useQuery(trpc.placements.coverage.queryOptions());

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <PlacementViewsNav current="coverage" />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError onRetry={() => query.refetch()} />
      ) : (
        <>
          {query.data.covered.length === 0 ? (
            <EmptyState>{t('empty')}</EmptyState>
          ) : (
            <ul className="mb-8 grid gap-4 lg:grid-cols-2">
              {query.data.covered.map((unit) => (
                <li
                  key={`${unit.organisationId}-${unit.unit}`}
                  className="rounded border border-slate-200 bg-white p-4 shadow-sm"
                >
                  <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold text-brand-800">
                    <Badge tone={organisationTone(unit.organisationCode)}>{unit.organisationCode}</Badge>
                    {unit.unit}
                  </h2>
                  <p className="mt-1 text-sm text-slate-600">
                    {t('placed', { count: unit.placements.length })}
                    {unit.endingSoonCount > 0 ? ` · ${t('endingSoon', { count: unit.endingSoonCount })}` : ''}
                    {unit.overdueCount > 0 ? ` · ${t('overdue', { count: unit.overdueCount })}` : ''}
                  </p>
                  <ul className="mt-3 divide-y divide-slate-100">
                    {unit.placements.map((p) => (
                      <li key={p.id} className="flex flex-wrap items-center gap-2 py-2">
                        <Link href={`/liaisons/${p.id}`} className="font-medium text-brand-700 hover:underline">
                          {p.personName}
                        </Link>
                        <span className="text-sm text-slate-600">
                          {p.homeOrganisationCode} · {t('until', { date: formatDate(p.endDate) })}
                        </span>
                        <PlacementStatusBadge status={p.status} />
                        {p.endingSoon ? <Badge tone="warning">{tPlacements('flags.endingSoon')}</Badge> : null}
                        {p.overdue ? <Badge tone="danger">{tPlacements('flags.overdue')}</Badge> : null}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          <Section
            id="uncovered"
            title={t('uncoveredTitle')}
            intro={query.data.uncoveredKnown ? t('uncoveredIntro') : undefined}
          >
            {!query.data.uncoveredKnown ? (
              <p className="text-slate-600">{t('uncoveredHidden')}</p>
            ) : query.data.uncovered.length === 0 ? (
              <p className="text-slate-600">{t('uncoveredNone')}</p>
            ) : (
              <ul className="grid gap-2 sm:grid-cols-2">
                {query.data.uncovered.map((unit) => (
                  <li key={`${unit.organisationId}-${unit.unit}`} className="flex items-center gap-2">
                    <Badge tone={organisationTone(unit.organisationCode)}>{unit.organisationCode}</Badge>
                    {unit.unit}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      )}
    </>
  );
}
