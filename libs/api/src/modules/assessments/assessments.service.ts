import {
  assessmentCategoryTrend,
  conditionAssessments,
  findAssessment,
  findAssessmentForUpdate,
  findAssessmentScores,
  findIndicatorIds,
  findRecommendationsForConditions,
  listAssessments as listAssessmentRows,
  replaceAssessmentScores,
  eq,
  sql,
  type Executor,
} from '@srw/db';
import {
  assertCanRecordAssessment,
  assertExpectedVersion,
  assertValidScores,
  assertWorkingGroupEditable,
  canRecordAssessment,
  categoryAverages,
  compareAssessments,
  DomainError,
  weakestIndicators,
  type Actor,
  type CreateAssessmentInput,
  type DeleteAssessmentInput,
  type UpdateAssessmentInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { todayIso } from '../recommendations/recommendations.service';
import { loadGroupAccess } from '../working-groups/working-groups-access';

const ENTITY = 'condition_assessment';

async function loadForRecording(db: Executor, actor: Actor, groupId: string) {
  const { group, role } = await loadGroupAccess(db, actor, groupId);
  assertCanRecordAssessment(actor, role);
  assertWorkingGroupEditable(group.status);
}

export async function listAssessments(ctx: ServiceContext, actor: Actor, groupId: string) {
  const { group, role } = await loadGroupAccess(ctx.db, actor, groupId);
  const items = await listAssessmentRows(ctx.db, groupId);
  return { items, permissions: { record: canRecordAssessment(actor, role) && group.status !== 'gearchiveerd' } };
}

export async function getAssessment(ctx: ServiceContext, actor: Actor, id: string) {
  const assessment = await findAssessment(ctx.db, id);
  if (!assessment) throw new DomainError('NOT_FOUND');
  const { group, role } = await loadGroupAccess(ctx.db, actor, assessment.groupId);
  const scores = await findAssessmentScores(ctx.db, [id]);
  return {
    ...assessment,
    scores: scores.map(({ conditionId, score, evidence }) => ({ conditionId, score, evidence })),
    permissions: { edit: canRecordAssessment(actor, role) && group.status !== 'gearchiveerd' },
  };
}

export async function createAssessment(ctx: ServiceContext, actor: Actor, input: CreateAssessmentInput) {
  await loadForRecording(ctx.db, actor, input.groupId);
  assertValidScores(input.scores, await findIndicatorIds(ctx.db));
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(conditionAssessments)
      .values({ groupId: input.groupId, assessedOn: input.assessedOn, note: input.note, createdBy: actor.userId })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await replaceAssessmentScores(tx, created.id, input.scores);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      groupId: input.groupId,
      after: { ...created, scores: input.scores },
    });
    return created;
  });
}

export async function updateAssessment(ctx: ServiceContext, actor: Actor, input: UpdateAssessmentInput) {
  const indicatorIds = await findIndicatorIds(ctx.db);
  return ctx.db.transaction(async (tx) => {
    const current = await findAssessmentForUpdate(tx, input.id);
    if (!current) throw new DomainError('NOT_FOUND');
    await loadForRecording(tx, actor, current.groupId);
    assertExpectedVersion(input.version, current.version);
    assertValidScores(input.scores, indicatorIds);
    const before = await findAssessmentScores(tx, [current.id]);
    const [updated] = await tx
      .update(conditionAssessments)
      .set({ assessedOn: input.assessedOn, note: input.note, version: sql`${conditionAssessments.version} + 1`, updatedAt: new Date() })
      .where(eq(conditionAssessments.id, current.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await replaceAssessmentScores(tx, current.id, input.scores);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: current.id,
      groupId: current.groupId,
      before: { ...current, scores: before.map(({ conditionId, score, evidence }) => ({ conditionId, score, evidence })) },
      after: { ...updated, scores: input.scores },
    });
    return updated;
  });
}

export async function deleteAssessment(ctx: ServiceContext, actor: Actor, input: DeleteAssessmentInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await findAssessmentForUpdate(tx, input.id);
    if (!current) throw new DomainError('NOT_FOUND');
    await loadForRecording(tx, actor, current.groupId);
    assertExpectedVersion(input.version, current.version);
    await tx.delete(conditionAssessments).where(eq(conditionAssessments.id, current.id));
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'delete',
      entityType: ENTITY,
      entityId: current.id,
      groupId: current.groupId,
      before: current,
    });
    return { id: current.id };
  });
}

/**
 * The samenwerkingsscan of a group: the latest assessment beside the previous
 * one (per category and per indicator), the trend per category, and the weakest
 * indicators with the recommendations (the group's own and the group-less ones)
 * that address them.
 */
export async function assessmentOverview(ctx: ServiceContext, actor: Actor, groupId: string) {
  const { group, role } = await loadGroupAccess(ctx.db, actor, groupId);
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
    findRecommendationsForConditions(ctx.db, { conditionIds: weakest.map((w) => w.conditionId), groupId, today: todayIso() }),
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
    evidence: latestScores.filter((s) => s.evidence !== '').map(({ conditionId, evidence }) => ({ conditionId, evidence })),
    trend: trendRows,
    weakest: weakest.map((w) => ({
      ...w,
      recommendations: linked
        .filter((r) => r.conditionId === w.conditionId)
        .map(({ id, code, title, status, groupId: recGroupId, dueDate, overdue }) => ({ id, code, title, status, groupId: recGroupId, dueDate, overdue })),
    })),
    permissions: { record: canRecordAssessment(actor, role) && group.status !== 'gearchiveerd' },
  };
}
