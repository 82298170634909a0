'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import {
  lensOrganisation,
  parseRecommendationFilterQuery,
  recommendationFilterQueryString,
  toRecommendationFilter,
} from '@srw/domain';
import { useSessionUser } from '@/components/shell/session-user';
import { buttonClass } from '@/components/ui/button';
import { PageHeader, Section } from '@/components/ui/page-header';
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
import { RecommendationFilters } from './recommendation-filters';
import { withLensOrganisation } from './recommendation-queries';
import { TrendChart } from './trend-chart';
import { useFilterWords } from './use-filter-words';
import { PrintDocument } from '@/components/print/print-document';
import { useAddressFilters } from '@/lib/use-address-filters';
import { useLens } from '@/lib/use-lens';
import { exportHref } from '@/lib/export-href';

export function RecommendationDashboard() {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  // The filters live in the address (`?voorwaarde=3&niveau=…`): reload, a shared link and Back keep them.
  const [addressFilters, setFilters] = useAddressFilters(
    parseRecommendationFilterQuery,
    recommendationFilterQueryString,
  );
  // The organisation lens counts what is addressed to that organisation, unless an organisation is chosen here.
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  const lensOrg = lensOrganisation(useLens(useSessionUser().userId).lens, organisations.data ?? []);
  const filters = withLensOrganisation(addressFilters, lensOrg?.id ?? null);
  const filter = toRecommendationFilter(filters);
  const query = useQuery(trpc.recommendations.dashboard.queryOptions(filter));
  const groupLabel = useGroupLabel();
  const filterWords = useFilterWords();
  // Exports take the same Dutch filter names as this page's address.
  const qs = recommendationFilterQueryString(filters).replace(/^\?/, '');

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        intro={t('dashboard.intro')}
        actions={
          <>
            <a className={buttonClass('secondary')} href={exportHref('aanbevelingen', 'csv', locale, qs)}>
              {t('dashboard.exportCsv')}
            </a>
            <a className={buttonClass('secondary')} href={exportHref('aanbevelingen', 'xlsx', locale, qs)}>
              {t('dashboard.exportXlsx')}
            </a>
            <Link
              className={buttonClass('secondary')}
              href={`/dashboard/rapport${recommendationFilterQueryString(filters)}`}
            >
              {t('dashboard.printReport')}
            </Link>
          </>
        }
      />
      {lensOrg && !addressFilters.organisationId ? (
        <p
          className="no-print mb-4 rounded border-l-4 border-brand-700 bg-brand-50 px-3 py-2 text-sm text-brand-800"
          data-testid="lens-notice"
        >
          {t('lens.dashboardNotice', { organisation: lensOrg.name })}
        </p>
      ) : null}
      <RecommendationFilters values={filters} onChange={(next) => setFilters(next)} />
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError onRetry={() => query.refetch()} />
      ) : (
        // Printed from the browser, the dashboard gets the same frame as the progress report.
        <PrintDocument
          marking={query.data.marking}
          printedOn={query.data.today}
          filters={filterWords(filters, query.data)}
          frameOnScreen={false}
        >
          <div className="mb-8">
            <SummaryCards total={query.data.total} />
          </div>
          <div className="grid gap-x-6 lg:grid-cols-2">
            <Section id="per-status" title={t('dashboard.perStatus')}>
              <StatusTable total={query.data.total} />
            </Section>
            <Section id="per-level" title={t('dashboard.perLevel')}>
              <ProgressTable
                caption={t('dashboard.perLevel')}
                rows={query.data.byLevel}
                labelOf={(row) => t(`recommendations.level.${row.key}`)}
              />
            </Section>
          </div>
          <Section id="per-organisation" title={t('dashboard.perOrganisation')}>
            <ProgressTable
              caption={t('dashboard.perOrganisation')}
              rows={query.data.byOrganisation}
              labelOf={(row) => row.label}
            />
          </Section>
          <Section id="conditions" title={t('dashboard.conditions')} intro={t('dashboard.conditionsIntro')}>
            <ConditionBreakdown data={query.data} />
          </Section>
          <Section id="trend" title={t('dashboard.trend')} intro={t('dashboard.trendIntro')}>
            <TrendChart points={query.data.trend} />
          </Section>
          <Section id="per-source" title={t('dashboard.perSource')}>
            <ProgressTable
              caption={t('dashboard.perSource')}
              rows={query.data.bySource}
              labelOf={(row) => t(`recommendations.source.${row.key}`)}
            />
          </Section>
          <Section id="per-group" title={t('dashboard.perGroup')}>
            <ProgressTable caption={t('dashboard.perGroup')} rows={query.data.byGroup} labelOf={groupLabel} />
          </Section>
          <Section id="overdue" title={t('dashboard.overdueList')}>
            <OverdueList data={query.data} />
          </Section>
        </PrintDocument>
      )}
    </>
  );
}
