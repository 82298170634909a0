import {
  deleteAssessmentRow,
  findAssessmentScores,
  findIndicatorIds,
  insertAssessment,
  replaceAssessmentScores,
  updateAssessmentRow,
} from '@srw/db';
import {
  assertExpectedVersion,
  assertValidScores,
  type Actor,
  type CreateAssessmentInput,
  type DeleteAssessmentInput,
  type UpdateAssessmentInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { assertMayRecordAssessments, loadAssessmentAccess } from './assessments-access';

const ENTITY = 'condition_assessment';

export async function createAssessment(ctx: ServiceContext, actor: Actor, input: CreateAssessmentInput) {
  assertMayRecordAssessments(actor, await loadGroupAccess(ctx.db, actor, input.groupId));
  assertValidScores(input.scores, await findIndicatorIds(ctx.db));
  return ctx.db.transaction(async (tx) => {
    const created = await insertAssessment(tx, {
      groupId: input.groupId,
      assessedOn: input.assessedOn,
      note: input.note,
      createdBy: actor.userId,
    });
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
    const access = await loadAssessmentAccess(tx, actor, input.id, { lock: true });
    const current = access.assessment;
    assertMayRecordAssessments(actor, access);
    assertExpectedVersion(input.version, current.version);
    assertValidScores(input.scores, indicatorIds);
    const before = await findAssessmentScores(tx, [current.id]);
    const updated = await updateAssessmentRow(tx, current.id, input.version, {
      assessedOn: input.assessedOn,
      note: input.note,
    });
    await replaceAssessmentScores(tx, current.id, input.scores);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: current.id,
      groupId: current.groupId,
      before: {
        ...current,
        scores: before.map(({ conditionId, score, evidence }) => ({ conditionId, score, evidence })),
      },
      after: { ...updated, scores: input.scores },
    });
    return updated;
  });
}

export async function deleteAssessment(ctx: ServiceContext, actor: Actor, input: DeleteAssessmentInput) {
  return ctx.db.transaction(async (tx) => {
    const access = await loadAssessmentAccess(tx, actor, input.id, { lock: true });
    const current = access.assessment;
    assertMayRecordAssessments(actor, access);
    assertExpectedVersion(input.version, current.version);
    await deleteAssessmentRow(tx, current.id);
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
