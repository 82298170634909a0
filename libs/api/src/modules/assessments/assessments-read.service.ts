import {
  findAssessmentContributions,
  findAssessmentScores,
  findRecommendationsForConditions,
  listAssessments as listAssessmentRows,
} from '@srw/db';
import {
  assessmentGroupPermissions,
  assessmentPermissions,
  categoriesSideBySide,
  categoryAverages,
  combinedScores,
  comparableScores,
  compareAssessments,
  DomainError,
  indicatorsSideBySide,
  largestGaps,
  weakestIndicators,
  type Actor,
  todayInNetherlands,
  type AssessmentOverviewInput,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { assessmentRelationOf, loadAssessmentAccess, loadAssessmentGroupAccess } from './assessments-access';

/** The group's rounds, newest first, each with the organisations that scored it. */
export async function listAssessments(ctx: ServiceContext, actor: Actor, groupId: string) {
  const access = await loadAssessmentGroupAccess(ctx.db, actor, groupId);
  const relation = assessmentRelationOf(access);
  const items = await listAssessmentRows(ctx.db, groupId);
  const contributions = await findAssessmentContributions(
    ctx.db,
    items.map((i) => i.id),
  );
  return {
    items: items.map((item) => ({
      ...item,
      contributions: contributions.filter((c) => c.assessmentId === item.id),
      permissions: assessmentPermissions(actor, relation, item),
    })),
    organisations: access.organisations,
    permissions: assessmentGroupPermissions(actor, relation),
  };
}

export async function getAssessment(ctx: ServiceContext, actor: Actor, id: string) {
  const access = await loadAssessmentAccess(ctx.db, actor, id);
  const { assessment } = access;
  const [scores, contributions] = await Promise.all([
    findAssessmentScores(ctx.db, [id]),
    findAssessmentContributions(ctx.db, [id]),
  ]);
  return {
    ...assessment,
    scores: scores.map(({ organisationId, conditionId, score, evidence }) => ({
      organisationId,
      conditionId,
      score,
      evidence,
    })),
    contributions,
    permissions: assessmentPermissions(actor, assessmentRelationOf(access), assessment),
  };
}

/**
 * The samenwerkingsscan of a group, for one round (the latest unless another is
 * chosen): each organisation's scores and onderbouwing side by side with the
 * combined score and the gap, per indicator and per Triad category; where the
 * organisations differ most; the comparison with the round before on the
 * indicators both rounds scored; the trend of the combined scores; and the
 * weakest indicators with the recommendations (the group's own and the
 * group-less ones) that address them.
 */
export async function assessmentOverview(ctx: ServiceContext, actor: Actor, input: AssessmentOverviewInput) {
  const access = await loadAssessmentGroupAccess(ctx.db, actor, input.groupId);
  const relation = assessmentRelationOf(access);
  const rounds = await listAssessmentRows(ctx.db, input.groupId);
  const index = input.assessmentId ? rounds.findIndex((r) => r.id === input.assessmentId) : 0;
  if (index < 0) throw new DomainError('NOT_FOUND');
  const round = rounds[index] ?? null;
  const previous = rounds[index + 1] ?? null;
  const [scores, contributions] = await Promise.all([
    findAssessmentScores(
      ctx.db,
      rounds.map((r) => r.id),
    ),
    findAssessmentContributions(ctx.db, round ? [round.id] : []),
  ]);
  const scoresOf = (id: string | undefined) => scores.filter((s) => s.assessmentId === id);
  const roundScores = scoresOf(round?.id);
  const combined = combinedScores(roundScores);
  const previousCombined = previous ? combinedScores(scoresOf(previous.id)) : null;
  const compared = comparableScores(combined, previousCombined ?? []);
  const deltas = compareAssessments(compared.latest, previousCombined ? compared.previous : null);
  const organisationIds = access.organisations.map((o) => o.id);
  const indicators = indicatorsSideBySide(roundScores, organisationIds).map((i) => {
    const delta = deltas.find((d) => d.conditionId === i.conditionId);
    return { ...i, previous: delta?.previous ?? null, delta: delta?.delta ?? null };
  });
  const weakest = weakestIndicators(combined);
  const linked = await findRecommendationsForConditions(ctx.db, {
    conditionIds: weakest.map((w) => w.conditionId),
    groupId: input.groupId,
    today: todayInNetherlands(),
  });
  return {
    organisations: access.organisations,
    latest: round,
    previous,
    assessmentCount: rounds.length,
    contributions,
    categories: categoriesSideBySide(roundScores, organisationIds),
    comparison: {
      indicatorCount: compared.latest.length,
      latest: categoryAverages(compared.latest),
      previous: categoryAverages(compared.previous),
    },
    indicators,
    largestGaps: largestGaps(indicators),
    trend: [...rounds].reverse().flatMap((r) =>
      categoryAverages(combinedScores(scoresOf(r.id))).map((c) => ({
        assessmentId: r.id,
        assessedOn: r.assessedOn,
        categoryId: c.categoryId,
        average: c.average,
      })),
    ),
    weakest: weakest.map((w) => ({
      ...w,
      recommendations: linked
        .filter((r) => r.conditionId === w.conditionId)
        .map(({ id, code, title, status, groupId: recGroupId, dueDate, overdue }) => ({
          id,
          code,
          title,
          status,
          groupId: recGroupId,
          dueDate,
          overdue,
        })),
    })),
    permissions: assessmentGroupPermissions(actor, relation),
  };
}
