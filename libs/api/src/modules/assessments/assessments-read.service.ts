import {
  assessmentCategoryTrend,
  findAssessmentScores,
  findRecommendationsForConditions,
  listAssessments as listAssessmentRows,
} from '@srw/db';
import {
  assessmentGroupPermissions,
  assessmentPermissions,
  categoryAverages,
  compareAssessments,
  weakestIndicators,
  type Actor,
  todayInNetherlands,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { assessmentRelationOf, loadAssessmentAccess } from './assessments-access';

export async function listAssessments(ctx: ServiceContext, actor: Actor, groupId: string) {
  const access = await loadGroupAccess(ctx.db, actor, groupId);
  const relation = assessmentRelationOf(access);
  const items = await listAssessmentRows(ctx.db, groupId);
  return {
    items: items.map((item) => ({ ...item, permissions: assessmentPermissions(actor, relation, item) })),
    permissions: assessmentGroupPermissions(actor, relation),
  };
}

export async function getAssessment(ctx: ServiceContext, actor: Actor, id: string) {
  const access = await loadAssessmentAccess(ctx.db, actor, id);
  const { assessment } = access;
  const scores = await findAssessmentScores(ctx.db, [id]);
  return {
    ...assessment,
    scores: scores.map(({ conditionId, score, evidence }) => ({ conditionId, score, evidence })),
    permissions: assessmentPermissions(actor, assessmentRelationOf(access), assessment),
  };
}

/**
 * The samenwerkingsscan of a group: the latest assessment beside the previous
 * one (per category and per indicator), the trend per category, and the weakest
 * indicators with the recommendations (the group's own and the group-less ones)
 * that address them.
 */
export async function assessmentOverview(ctx: ServiceContext, actor: Actor, groupId: string) {
  const access = await loadGroupAccess(ctx.db, actor, groupId);
  const assessments = await listAssessmentRows(ctx.db, groupId);
  const [latest, previous] = assessments;
  const scores = await findAssessmentScores(
    ctx.db,
    [latest?.id, previous?.id].filter((id): id is string => typeof id === 'string'),
  );
  const latestScores = scores.filter((s) => s.assessmentId === latest?.id);
  const previousScores = previous ? scores.filter((s) => s.assessmentId === previous.id) : null;
  const weakest = weakestIndicators(latestScores);
  const [trendRows, linked] = await Promise.all([
    assessmentCategoryTrend(ctx.db, groupId),
    findRecommendationsForConditions(ctx.db, {
      conditionIds: weakest.map((w) => w.conditionId),
      groupId,
      today: todayInNetherlands(),
    }),
  ]);
  return {
    latest: latest ?? null,
    previous: previous ?? null,
    assessmentCount: assessments.length,
    categories: {
      latest: categoryAverages(latestScores),
      previous: previousScores ? categoryAverages(previousScores) : [],
    },
    indicators: compareAssessments(latestScores, previousScores),
    evidence: latestScores
      .filter((s) => s.evidence !== '')
      .map(({ conditionId, evidence }) => ({ conditionId, evidence })),
    trend: trendRows,
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
    permissions: assessmentGroupPermissions(actor, assessmentRelationOf(access)),
  };
}
