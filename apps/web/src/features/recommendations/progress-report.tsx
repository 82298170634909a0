'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { parseRecommendationFilterQuery, toRecommendationFilter } from '@srw/domain';
import { PrintDocument } from '@/components/print/print-document';
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
import { monthLabel } from './month-label';
import { useFilterWords } from './use-filter-words';

const cell = 'border border-slate-300 p-2 text-left align-top font-normal';

/** A print-ready progress report with the dashboard's figures for the filters in the address. */
export function ProgressReport() {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const trpc = useTRPC();
  const params = useSearchParams();
  // The same Dutch names as the dashboard's address; a value that does not parse is left out.
  const filterQuery = parseRecommendationFilterQuery(Object.fromEntries(params.entries()));
  const query = useQuery(trpc.recommendations.dashboard.queryOptions(toRecommendationFilter(filterQuery)));
  const groupLabel = useGroupLabel();
  const filterWords = useFilterWords();

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError onRetry={() => query.refetch()} />;
  const data = query.data;
  const applied = filterWords(filterQuery, data);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00`), { dateStyle: 'medium' });
  return (
    <PrintDocument marking={data.marking} printedOn={data.today} filters={applied}>
      <article className="mx-auto max-w-4xl space-y-8 bg-white p-6 print:p-0">
        <header className="flex items-start justify-between gap-4 border-b border-slate-300 pb-4">
          <div>
            <h1 className="text-2xl font-semibold text-brand-800">{t('dashboard.reportTitle')}</h1>
            <p className="text-slate-700">
              {t('dashboard.reportDate', {
                date: format.dateTime(new Date(`${data.today}T12:00:00`), { dateStyle: 'long' }),
              })}
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
        <section className="print-item">
          <h2 className="mb-2 text-lg font-semibold">{t('dashboard.trend')}</h2>
          <p className="mb-2 text-sm text-slate-600">{t('dashboard.trendIntro')}</p>
          <table className="w-full border-collapse text-sm" data-testid="report-trend">
            <caption className="sr-only">{t('dashboard.trend')}</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  {t('dashboard.month')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('dashboard.chartOpen')}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t('dashboard.chartImplemented')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.trend.map((point) => (
                <tr key={point.month}>
                  <th scope="row" className={cell}>
                    {monthLabel(point.month, locale)}
                  </th>
                  <td className={`${cell} text-right tabular-nums`}>{point.open}</td>
                  <td className={`${cell} text-right tabular-nums`}>{point.implemented}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h2 className="mb-2 text-lg font-semibold">{t('dashboard.overdueList')}</h2>
          {data.overdue.length === 0 ? (
            <OverdueList data={data} />
          ) : (
            <table className="w-full border-collapse text-sm" data-testid="report-overdue">
              <caption className="sr-only">{t('dashboard.overdueList')}</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>
                    {t('dashboard.recommendation')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('dashboard.owner')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('dashboard.group')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('dashboard.dueDate')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.overdue.map((rec) => (
                  <tr key={rec.id}>
                    <th scope="row" className={cell}>
                      <span className="font-mono">{rec.code}</span> {rec.title}
                    </th>
                    <td className={cell}>{rec.ownerName ?? t('dashboard.noOwner')}</td>
                    <td className={cell}>{rec.groupName ?? t('recommendations.managementLevel')}</td>
                    <td className={cell}>{rec.dueDate ? date(rec.dueDate) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </article>
    </PrintDocument>
  );
}
