'use client';

import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import type { ProgressSummary } from '@srw/domain';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@srw/api/client-types';
import { OverdueBadge, RecommendationStatusBadge } from './recommendation-badges';

export type DashboardData = inferRouterOutputs<AppRouter>['recommendations']['dashboard'];

export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-3 w-full overflow-hidden rounded bg-slate-200 print:border print:border-slate-400"
      >
        <div className="h-full bg-green-600" style={{ width: `${percent}%` }} />
      </div>
      <span className="w-12 shrink-0 text-right text-sm text-slate-700 tabular-nums">{percent}%</span>
    </div>
  );
}

export function SummaryCards({ total }: { total: ProgressSummary }) {
  const t = useTranslations('dashboard');
  const cards: [string, number][] = [
    [t('total'), total.total],
    [t('open'), total.open],
    [t('implemented'), total.implemented],
    [t('dropped'), total.dropped],
    [t('overdue'), total.overdue],
  ];
  return (
    <div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {cards.map(([label, value]) => (
          <div key={label} className="rounded border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-semibold text-brand-800 tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-3">
        <ProgressBar
          percent={total.percentImplemented}
          label={t('percentImplemented', { percent: total.percentImplemented })}
        />
      </div>
    </div>
  );
}

/** A table of progress summaries with a progress bar per row. */
export function ProgressTable({
  caption,
  rows,
  labelOf,
}: {
  caption: string;
  rows: ProgressSummary[];
  labelOf: (row: ProgressSummary) => string;
}) {
  const t = useTranslations('dashboard');
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-slate-600">
          <th scope="col" className="py-2 pr-3 font-medium">
            {t('name')}
          </th>
          <th scope="col" className="px-2 py-2 text-right font-medium">
            {t('total')}
          </th>
          <th scope="col" className="px-2 py-2 text-right font-medium">
            {t('open')}
          </th>
          <th scope="col" className="px-2 py-2 text-right font-medium">
            {t('implemented')}
          </th>
          <th scope="col" className="px-2 py-2 text-right font-medium">
            {t('overdue')}
          </th>
          <th scope="col" className="w-1/3 py-2 pl-3 font-medium">
            %
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-100">
            <th scope="row" className="py-2 pr-3 text-left font-normal">
              {labelOf(row)}
            </th>
            <td className="px-2 py-2 text-right tabular-nums">{row.total}</td>
            <td className="px-2 py-2 text-right tabular-nums">{row.open}</td>
            <td className="px-2 py-2 text-right tabular-nums">{row.implemented}</td>
            <td className="px-2 py-2 text-right tabular-nums">{row.overdue}</td>
            <td className="py-2 pl-3">
              <ProgressBar
                percent={row.percentImplemented}
                label={`${labelOf(row)}: ${t('percentImplemented', { percent: row.percentImplemented })}`}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StatusTable({ total }: { total: ProgressSummary }) {
  const t = useTranslations();
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t('dashboard.perStatus')}</caption>
      <tbody>
        {Object.entries(total.byStatus).map(([status, count]) => (
          <tr key={status} className="border-b border-slate-100">
            <th scope="row" className="py-1.5 text-left font-normal">
              {t(`recommendations.status.${status}`)}
            </th>
            <td className="py-1.5 text-right tabular-nums">{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Implemented of the recommendations still pursued: the same population for a category and its indicators. */
function ConditionFigure({ summary }: { summary: ProgressSummary }) {
  const t = useTranslations('dashboard');
  return summary.active === 0
    ? t('notAddressed')
    : t('conditionFigure', { implemented: summary.implemented, active: summary.active });
}

export function ConditionBreakdown({ data }: { data: DashboardData }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {data.conditions.map((category) => (
        <section
          key={category.id}
          aria-labelledby={`category-${category.id}`}
          className="rounded border border-slate-200 p-4 print:break-inside-avoid"
        >
          <h3 id={`category-${category.id}`} className="font-semibold text-brand-800">
            {category.id}. {t(`recommendations.category.${category.id}`)} —{' '}
            <ConditionFigure summary={category.summary} />
          </h3>
          <div className="mt-2">
            <ProgressBar
              percent={category.summary.percentImplemented}
              label={`${t(`recommendations.category.${category.id}`)}: ${t('dashboard.percentImplemented', { percent: category.summary.percentImplemented })}`}
            />
          </div>
          <ul className="mt-3 space-y-1 text-sm">
            {category.indicators.map((indicator) => (
              <li key={indicator.id} className="grid grid-cols-[3.5rem_1fr_auto] gap-2">
                <span className="font-mono text-slate-600">{indicator.id}</span>
                <span>{locale === 'en' ? indicator.labelEn : indicator.labelNl}</span>
                <span className="text-slate-700 tabular-nums">
                  <ConditionFigure summary={indicator.summary} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function OverdueList({ data }: { data: DashboardData }) {
  const t = useTranslations();
  if (data.overdue.length === 0) return <p className="text-slate-600">{t('dashboard.overdueEmpty')}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {data.overdue.map((rec) => (
        <li key={rec.id} className="flex flex-wrap items-center gap-2 py-2">
          <span className="font-mono text-sm font-semibold">{rec.code}</span>
          <Link href={`/aanbevelingen/${rec.id}`} className="text-brand-700 hover:underline">
            {rec.title}
          </Link>
          <RecommendationStatusBadge status={rec.status} />
          <OverdueBadge />
          <span className="text-sm text-slate-600">
            {rec.dueDate} · {rec.groupName ?? t('recommendations.managementLevel')} · {t('dashboard.owner')}:{' '}
            {rec.ownerName ?? t('dashboard.noOwner')}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function useGroupLabel() {
  const t = useTranslations('recommendations');
  return (row: ProgressSummary) => (row.key === 'none' ? t('managementLevel') : row.label);
}
