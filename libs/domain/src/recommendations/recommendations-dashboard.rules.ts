import {
  compareConditionIds,
  droppedRecommendationStatuses,
  implementedRecommendationStatuses,
  openRecommendationStatuses,
} from './recommendations.rules';
import { recommendationStatuses, type RecommendationStatus } from './recommendations.constants';

/**
 * Dashboard figures. The database counts (grouped per dimension key and status);
 * these pure functions turn the counts into progress figures, so every number
 * on the dashboard is defined here once and tested on a fixed dataset.
 */

export type StatusCounts = Record<RecommendationStatus, number>;

/** One SQL aggregate row: how many recommendations with `key` have `status`, and how many of those are overdue. */
export interface StatusCountRow {
  key: string;
  label?: string;
  status: RecommendationStatus;
  count: number;
  overdue: number;
}

export interface ProgressSummary {
  key: string;
  label: string;
  total: number;
  byStatus: StatusCounts;
  /** voorgesteld + aanvaard + in_uitvoering */
  open: number;
  /** uitgevoerd + geverifieerd */
  implemented: number;
  verified: number;
  /** niet_aanvaard + vervallen */
  dropped: number;
  /**
   * total − dropped: the recommendations still being pursued. The condition
   * panel counts this one population for categories and indicators alike, so a
   * declined recommendation never shows under a category but not its indicator.
   */
  active: number;
  overdue: number;
  /** implemented / (total − dropped), in whole percent; 0 when nothing is left to carry out. */
  percentImplemented: number;
}

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(recommendationStatuses.map((s) => [s, 0])) as StatusCounts;
}

export function percentImplemented(implemented: number, total: number, dropped: number): number {
  const denominator = total - dropped;
  return denominator <= 0 ? 0 : Math.round((implemented * 100) / denominator);
}

function sumOf(counts: StatusCounts, statuses: readonly RecommendationStatus[]): number {
  return statuses.reduce((sum, status) => sum + counts[status], 0);
}

export function summariseCounts(key: string, label: string, byStatus: StatusCounts, overdue: number): ProgressSummary {
  const total = sumOf(byStatus, recommendationStatuses);
  const implemented = sumOf(byStatus, implementedRecommendationStatuses);
  const dropped = sumOf(byStatus, droppedRecommendationStatuses);
  return {
    key,
    label,
    total,
    byStatus,
    open: sumOf(byStatus, openRecommendationStatuses),
    implemented,
    verified: byStatus.geverifieerd,
    dropped,
    active: total - dropped,
    overdue,
    percentImplemented: percentImplemented(implemented, total, dropped),
  };
}

/** Groups aggregate rows per key (in first-seen order) into progress summaries. */
export function summariseStatusRows(rows: readonly StatusCountRow[]): ProgressSummary[] {
  const byKey = new Map<string, { label: string; counts: StatusCounts; overdue: number }>();
  for (const row of rows) {
    let entry = byKey.get(row.key);
    if (!entry) {
      entry = { label: row.label ?? row.key, counts: emptyStatusCounts(), overdue: 0 };
      byKey.set(row.key, entry);
    }
    entry.counts[row.status] += row.count;
    entry.overdue += row.overdue;
  }
  return [...byKey.entries()].map(([key, e]) => summariseCounts(key, e.label, e.counts, e.overdue));
}

/** The overall figures from rows of any one dimension that counts each recommendation once. */
export function summariseTotal(rows: readonly StatusCountRow[]): ProgressSummary {
  const counts = emptyStatusCounts();
  let overdue = 0;
  for (const row of rows) {
    counts[row.status] += row.count;
    overdue += row.overdue;
  }
  return summariseCounts('total', 'total', counts, overdue);
}

export interface TrendPoint {
  /** YYYY-MM */
  month: string;
  open: number;
  implemented: number;
}

/** The months from the month of `from` to the month of `to`, inclusive, as YYYY-MM. */
export function monthsInPeriod(from: string, to: string): string[] {
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endYear = Number(to.slice(0, 4));
  const endMonth = Number(to.slice(5, 7));
  const months: string[] = [];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    if (months.length > 240) break;
  }
  return months;
}

/** One point per month of the period; months without data count zero. */
export function fillTrend(points: readonly TrendPoint[], from: string, to: string): TrendPoint[] {
  const byMonth = new Map(points.map((p) => [p.month, p]));
  return monthsInPeriod(from, to).map((month) => byMonth.get(month) ?? { month, open: 0, implemented: 0 });
}

export interface ConditionNodeRef {
  id: string;
  parentId: string | null;
  kind: 'category' | 'sub_variable' | 'indicator';
  labelNl: string;
  labelEn: string;
}

export interface ConditionProgress {
  id: string;
  labelNl: string;
  labelEn: string;
  summary: ProgressSummary;
  indicators: { id: string; labelNl: string; labelEn: string; summary: ProgressSummary }[];
}

/**
 * Per Triad category and per indicator: how many recommendations address it and
 * how far along they are. `rows` are keyed by category id and by indicator id;
 * a recommendation addressing two indicators of one category counts once for the
 * category. Indicators nobody addresses are listed with zero, to show the gaps.
 */
export function buildConditionProgress(
  nodes: readonly ConditionNodeRef[],
  rows: readonly StatusCountRow[],
): ConditionProgress[] {
  const summaries = new Map(summariseStatusRows(rows).map((s) => [s.key, s]));
  const summaryOf = (id: string) => summaries.get(id) ?? summariseCounts(id, id, emptyStatusCounts(), 0);
  return nodes
    .filter((n) => n.kind === 'category')
    .sort((a, b) => compareConditionIds(a.id, b.id))
    .map((category) => ({
      id: category.id,
      labelNl: category.labelNl,
      labelEn: category.labelEn,
      summary: summaryOf(category.id),
      indicators: nodes
        .filter((n) => n.kind === 'indicator' && n.id.split('.')[0] === category.id)
        .sort((a, b) => compareConditionIds(a.id, b.id))
        .map((indicator) => ({
          id: indicator.id,
          labelNl: indicator.labelNl,
          labelEn: indicator.labelEn,
          summary: summaryOf(indicator.id),
        })),
    }));
}
