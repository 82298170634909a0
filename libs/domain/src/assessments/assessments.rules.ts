import { DomainError } from '../errors';
import { compareConditionIds, conditionCategoryOf } from '../recommendations/recommendations.rules';
import { assessmentsErrors } from './assessments.errors';
import type { AssessmentScore } from './assessments.schema';

export interface ScoredIndicator {
  conditionId: string;
  score: AssessmentScore;
}

/** Every scored id must be a known indicator, each at most once. */
export function assertValidScores(scores: readonly ScoredIndicator[], indicatorIds: readonly string[]): void {
  if (scores.length === 0) throw new DomainError(assessmentsErrors.NO_SCORES, { field: 'scores' });
  const seen = new Set<string>();
  for (const [index, s] of scores.entries()) {
    if (!indicatorIds.includes(s.conditionId)) {
      throw new DomainError(assessmentsErrors.UNKNOWN_INDICATOR, { field: `scores.${index}.conditionId` });
    }
    if (seen.has(s.conditionId)) {
      throw new DomainError(assessmentsErrors.DUPLICATE_INDICATOR, { field: `scores.${index}.conditionId` });
    }
    seen.add(s.conditionId);
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export interface CategoryAverage {
  categoryId: string;
  /** Mean of the 1–5 scores, two decimals; null when nothing was scored (all n.v.t.). */
  average: number | null;
  scored: number;
  notApplicable: number;
}

/** Average score per Triad category; "n.v.t." counts apart and not in the mean. */
export function categoryAverages(scores: readonly ScoredIndicator[]): CategoryAverage[] {
  const byCategory = new Map<string, { sum: number; scored: number; notApplicable: number }>();
  for (const s of scores) {
    const key = conditionCategoryOf(s.conditionId);
    const entry = byCategory.get(key) ?? { sum: 0, scored: 0, notApplicable: 0 };
    if (s.score === null) entry.notApplicable += 1;
    else {
      entry.sum += s.score;
      entry.scored += 1;
    }
    byCategory.set(key, entry);
  }
  return [...byCategory.entries()]
    .sort(([a], [b]) => compareConditionIds(a, b))
    .map(([categoryId, e]) => ({
      categoryId,
      average: e.scored === 0 ? null : round2(e.sum / e.scored),
      scored: e.scored,
      notApplicable: e.notApplicable,
    }));
}

export interface IndicatorComparison {
  conditionId: string;
  latest: AssessmentScore | undefined;
  previous: AssessmentScore | undefined;
  /** latest − previous when both are scores; otherwise null. */
  delta: number | null;
}

/** Indicator by indicator: the latest assessment beside the previous one. */
export function compareAssessments(
  latest: readonly ScoredIndicator[],
  previous: readonly ScoredIndicator[] | null,
): IndicatorComparison[] {
  const ids = new Set([...latest.map((s) => s.conditionId), ...(previous ?? []).map((s) => s.conditionId)]);
  const latestOf = new Map(latest.map((s) => [s.conditionId, s.score]));
  const previousOf = new Map((previous ?? []).map((s) => [s.conditionId, s.score]));
  return [...ids].sort(compareConditionIds).map((conditionId) => {
    const l = latestOf.get(conditionId);
    const p = previousOf.get(conditionId);
    return {
      conditionId,
      latest: l,
      previous: p,
      delta: typeof l === 'number' && typeof p === 'number' ? l - p : null,
    };
  });
}

/** Scores at or below this count as weak spots. */
export const WEAK_SCORE_THRESHOLD = 2;

/**
 * The weakest indicators: scored at most `threshold`, lowest first, then in
 * model order; at most `limit`. "n.v.t." is never weak.
 */
export function weakestIndicators(
  scores: readonly ScoredIndicator[],
  options: { limit?: number; threshold?: number } = {},
): { conditionId: string; score: number }[] {
  const threshold = options.threshold ?? WEAK_SCORE_THRESHOLD;
  const limit = options.limit ?? 5;
  return scores
    .filter((s): s is { conditionId: string; score: number } => s.score !== null && s.score <= threshold)
    .map((s) => ({ conditionId: s.conditionId, score: s.score }))
    .sort((a, b) => a.score - b.score || compareConditionIds(a.conditionId, b.conditionId))
    .slice(0, limit);
}
