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

/** One organisation's score for one indicator in a round, with its onderbouwing. */
export interface OrganisationScore extends ScoredIndicator {
  organisationId: string;
  evidence?: string;
}

function meanOf(values: readonly number[]): number | null {
  return values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length);
}

/** The largest minus the smallest of the scores; null unless at least two organisations scored. */
function spreadOf(values: readonly number[]): number | null {
  return values.length < 2 ? null : round2(Math.max(...values) - Math.min(...values));
}

/**
 * The round's combined score per indicator: the mean of the organisations that
 * gave it a 1–5 score (two decimals); null when every organisation said n.v.t.
 * This is what the round is compared with other rounds on.
 */
export function combinedScores(scores: readonly OrganisationScore[]): ScoredIndicator[] {
  const byIndicator = new Map<string, number[]>();
  for (const s of scores) {
    const values = byIndicator.get(s.conditionId) ?? [];
    if (s.score !== null) values.push(s.score);
    byIndicator.set(s.conditionId, values);
  }
  return [...byIndicator.entries()]
    .sort(([a], [b]) => compareConditionIds(a, b))
    .map(([conditionId, values]) => ({ conditionId, score: meanOf(values) }));
}

/** One indicator in one round: each organisation's score and onderbouwing side by side, the combined score and the gap. */
export interface IndicatorSideBySide {
  conditionId: string;
  organisations: { organisationId: string; score: AssessmentScore; evidence: string }[];
  combined: number | null;
  /** Highest minus lowest score of the organisations that scored; null when fewer than two did. */
  gap: number | null;
}

/** `organisationIds` gives the order of the sides (the group's organisations); an organisation that did not score an indicator is left out of it. */
export function indicatorsSideBySide(
  scores: readonly OrganisationScore[],
  organisationIds: readonly string[],
): IndicatorSideBySide[] {
  const position = (id: string) =>
    organisationIds.includes(id) ? organisationIds.indexOf(id) : organisationIds.length;
  const byIndicator = new Map<string, OrganisationScore[]>();
  for (const s of scores) byIndicator.set(s.conditionId, [...(byIndicator.get(s.conditionId) ?? []), s]);
  return [...byIndicator.entries()]
    .sort(([a], [b]) => compareConditionIds(a, b))
    .map(([conditionId, rows]) => {
      const values = rows.map((r) => r.score).filter((v): v is number => v !== null);
      return {
        conditionId,
        organisations: [...rows]
          .sort((a, b) => position(a.organisationId) - position(b.organisationId))
          .map((r) => ({
            organisationId: r.organisationId,
            score: r.score,
            evidence: r.evidence ?? '',
          })),
        combined: meanOf(values),
        gap: spreadOf(values),
      };
    });
}

/** One Triad category in one round: each organisation's average, the combined average and the gap. */
export interface CategorySideBySide {
  categoryId: string;
  organisations: { organisationId: string; average: number | null }[];
  combined: number | null;
  gap: number | null;
}

/**
 * Per category, each organisation's average over the indicators it scored, the
 * average of the combined scores, and the gap between the organisations'
 * averages counted only over indicators both scored (so a partly filled-in side
 * is not compared with a full one).
 */
export function categoriesSideBySide(
  scores: readonly OrganisationScore[],
  organisationIds: readonly string[],
): CategorySideBySide[] {
  const categories = [...new Set(scores.map((s) => conditionCategoryOf(s.conditionId)))].sort(compareConditionIds);
  const combined = categoryAverages(combinedScores(scores));
  const scoredBy = (id: string) =>
    new Set(scores.filter((s) => s.organisationId === id && s.score !== null).map((s) => s.conditionId));
  const scoringOrganisations = organisationIds.filter((id) => scoredBy(id).size > 0);
  const shared = [...scoringOrganisations.map(scoredBy)].reduce<Set<string> | null>(
    (acc, set) => (acc === null ? set : new Set([...acc].filter((c) => set.has(c)))),
    null,
  );
  return categories.map((categoryId) => {
    const inCategory = scores.filter((s) => conditionCategoryOf(s.conditionId) === categoryId);
    const averageOf = (organisationId: string, only: Set<string> | null) =>
      meanOf(
        inCategory
          .filter((s) => s.organisationId === organisationId && (only === null || only.has(s.conditionId)))
          .map((s) => s.score)
          .filter((v): v is number => v !== null),
      );
    const sharedAverages = scoringOrganisations
      .map((id) => averageOf(id, shared))
      .filter((v): v is number => v !== null);
    return {
      categoryId,
      organisations: organisationIds.map((organisationId) => ({
        organisationId,
        average: averageOf(organisationId, null),
      })),
      combined: combined.find((c) => c.categoryId === categoryId)?.average ?? null,
      gap: sharedAverages.length === scoringOrganisations.length ? spreadOf(sharedAverages) : null,
    };
  });
}

/** A gap of this size or more is where the organisations see the cooperation differently. */
export const LARGE_GAP_THRESHOLD = 2;

/** "Hier kijken we verschillend naar": the indicators with the largest gaps, largest first, then in model order. */
export function largestGaps<T extends { conditionId: string; gap: number | null }>(
  indicators: readonly T[],
  options: { limit?: number; threshold?: number } = {},
): T[] {
  const threshold = options.threshold ?? LARGE_GAP_THRESHOLD;
  const limit = options.limit ?? 5;
  return indicators
    .filter((i) => i.gap !== null && i.gap >= threshold)
    .sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0) || compareConditionIds(a.conditionId, b.conditionId))
    .slice(0, limit);
}

/**
 * The indicators two rounds can be compared on: given a 1–5 (combined) score in
 * both. Comparing anything else would set one indicator against eight.
 */
export function comparableScores(
  latest: readonly ScoredIndicator[],
  previous: readonly ScoredIndicator[],
): { latest: ScoredIndicator[]; previous: ScoredIndicator[] } {
  const scored = (list: readonly ScoredIndicator[]) =>
    new Set(list.filter((s) => s.score !== null).map((s) => s.conditionId));
  const inLatest = scored(latest);
  const inPrevious = scored(previous);
  const both = (s: ScoredIndicator) => inLatest.has(s.conditionId) && inPrevious.has(s.conditionId);
  return { latest: latest.filter(both), previous: previous.filter(both) };
}
