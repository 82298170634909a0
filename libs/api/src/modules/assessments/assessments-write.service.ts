import {
  deleteAssessmentRow,
  findAssessmentScores,
  findIndicatorIds,
  insertAssessment,
  replaceAssessmentScores,
  updateAssessmentRow,
  upsertAssessmentContribution,
  type Executor,
} from '@srw/db';
import {
  assertExpectedVersion,
  assertValidScores,
  type Actor,
  type CreateAssessmentInput,
  type DeleteAssessmentInput,
  type ScoringMode,
  type UpdateAssessmentInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import {
  assertMayRecordAssessments,
  assertMayScoreFor,
  loadAssessmentAccess,
  loadAssessmentGroupAccess,
} from './assessments-access';

const ENTITY = 'condition_assessment';

/** One organisation's scores in a round, and who gave them (with the break-glass reason, kept only for break-glass). */
async function writeOrganisationScores(
  tx: Executor,
  actor: Actor,
  assessmentId: string,
  input: Pick<CreateAssessmentInput, 'organisationId' | 'breakGlassReason' | 'scores'>,
  mode: ScoringMode,
) {
  const breakGlassReason = mode === 'breakGlass' ? input.breakGlassReason : '';
  await replaceAssessmentScores(tx, assessmentId, input.organisationId, input.scores);
  await upsertAssessmentContribution(tx, {
    assessmentId,
    organisationId: input.organisationId,
    scoredBy: actor.userId,
    breakGlassReason,
  });
  return { organisationId: input.organisationId, breakGlassReason, scores: input.scores };
}

/** A new round, with the scores of the organisation the actor speaks for. */
export async function createAssessment(ctx: ServiceContext, actor: Actor, input: CreateAssessmentInput) {
  const mode = assertMayScoreFor(actor, await loadAssessmentGroupAccess(ctx.db, actor, input.groupId), input);
  assertValidScores(input.scores, await findIndicatorIds(ctx.db));
  return ctx.db.transaction(async (tx) => {
    const created = await insertAssessment(tx, {
      groupId: input.groupId,
      assessedOn: input.assessedOn,
      note: input.note,
      createdBy: actor.userId,
    });
    const written = await writeOrganisationScores(tx, actor, created.id, input, mode);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      groupId: input.groupId,
      after: { ...created, ...written },
    });
    return created;
  });
}

/** A round's date and note, and one organisation's scores in it; the other organisations' scores stay as they are. */
export async function updateAssessment(ctx: ServiceContext, actor: Actor, input: UpdateAssessmentInput) {
  const indicatorIds = await findIndicatorIds(ctx.db);
  return ctx.db.transaction(async (tx) => {
    const access = await loadAssessmentAccess(tx, actor, input.id, { lock: true });
    const current = access.assessment;
    const mode = assertMayScoreFor(actor, access, input);
    assertExpectedVersion(input.version, current.version);
    assertValidScores(input.scores, indicatorIds);
    const before = (await findAssessmentScores(tx, [current.id])).filter(
      (s) => s.organisationId === input.organisationId,
    );
    const updated = await updateAssessmentRow(tx, current.id, input.version, {
      assessedOn: input.assessedOn,
      note: input.note,
    });
    const written = await writeOrganisationScores(tx, actor, current.id, input, mode);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: current.id,
      groupId: current.groupId,
      before: {
        ...current,
        organisationId: input.organisationId,
        scores: before.map(({ conditionId, score, evidence }) => ({ conditionId, score, evidence })),
      },
      after: { ...updated, ...written },
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
