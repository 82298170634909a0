'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { parseRecommendationFilterQuery, toRecommendationFilter } from '@srw/domain';
import { Button } from '@/components/ui/button';
import { LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import {
  ConditionBreakdown,
  OverdueList,
  ProgressTable,
  StatusTable,
  SummaryCards,
  useGroupLabel,
} from './dashboard-figures';

/** A print-ready progress report with the dashboard's figures for the filters in the address. */
export function ProgressReport() {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const params = useSearchParams();
  // The same Dutch names as the dashboard's address; a value that does not parse is left out.
  const filterQuery = parseRecommendationFilterQuery(Object.fromEntries(params.entries()));
  const query = useQuery(trpc.recommendations.dashboard.queryOptions(toRecommendationFilter(filterQuery)));
  const groupLabel = useGroupLabel();
  const organisations = useQuery(trpc.organisations.list.queryOptions());

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError onRetry={() => query.refetch()} />;
  const data = query.data;
  // The filters in words, as the dashboard's filter fields name them.
  const groupName = (id: string) =>
    id === 'none' ? t('recommendations.managementLevel') : (data.byGroup.find((g) => g.key === id)?.label ?? id);
  const applied = [
    filterQuery.groupId ? `${t('recommendations.filters.group')}: ${groupName(filterQuery.groupId)}` : null,
    filterQuery.organisationId
      ? `${t('recommendations.filters.organisation')}: ${organisations.data?.find((o) => o.id === filterQuery.organisationId)?.name ?? filterQuery.organisationId}`
      : null,
    filterQuery.level
      ? `${t('recommendations.filters.level')}: ${t(`recommendations.level.${filterQuery.level}`)}`
      : null,
    filterQuery.condition ? `${t('recommendations.filters.condition')}: ${filterQuery.condition}` : null,
    filterQuery.from
      ? `${t('recommendations.filters.from')}: ${format.dateTime(new Date(`${filterQuery.from}T12:00:00`), { dateStyle: 'medium' })}`
      : null,
    filterQuery.to
      ? `${t('recommendations.filters.to')}: ${format.dateTime(new Date(`${filterQuery.to}T12:00:00`), { dateStyle: 'medium' })}`
      : null,
  ]
    .filter((part): part is string => part !== null)
    .join(' · ');
  return (
    <article className="mx-auto max-w-4xl space-y-8 bg-white p-6 print:p-0">
      <header className="flex items-start justify-between gap-4 border-b border-slate-300 pb-4">
        <div>
          <h1 className="text-2xl font-semibold text-brand-800">{t('dashboard.reportTitle')}</h1>
          <p className="text-slate-700">
            {t('dashboard.reportDate', {
              date: format.dateTime(new Date(`${data.today}T12:00:00`), { dateStyle: 'long' }),
            })}
          </p>
          <p className="text-sm text-slate-600">
            {t('dashboard.filtersApplied', { filters: applied || t('dashboard.noFilters') })}
          </p>
        </div>
        <Button className="no-print" onClick={() => window.print()}>
          {t('dashboard.print')}
        </Button>
      </header>
      <SummaryCards total={data.total} />
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t('dashboard.perStatus')}</h2>
        <StatusTable total={data.total} />
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t('dashboard.perOrganisation')}</h2>
        <ProgressTable
          caption={t('dashboard.perOrganisation')}
          rows={data.byOrganisation}
          labelOf={(row) => row.label}
        />
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t('dashboard.perLevel')}</h2>
        <ProgressTable
          caption={t('dashboard.perLevel')}
          rows={data.byLevel}
          labelOf={(row) => t(`recommendations.level.${row.key}`)}
        />
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t('dashboard.perSource')}</h2>
        <ProgressTable
          caption={t('dashboard.perSource')}
          rows={data.bySource}
          labelOf={(row) => t(`recommendations.source.${row.key}`)}
        />
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t('dashboard.perGroup')}</h2>
        <ProgressTable caption={t('dashboard.perGroup')} rows={data.byGroup} labelOf={groupLabel} />
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t('dashboard.conditions')}</h2>
        <ConditionBreakdown data={data} />
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t('dashboard.overdueList')}</h2>
        <OverdueList data={data} />
      </section>
    </article>
  );
}
