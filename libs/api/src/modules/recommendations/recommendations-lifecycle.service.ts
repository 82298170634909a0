import {
  findRecommendationAddressees,
  insertRecommendationEvent,
  updateAddresseeState,
  updateRecommendationRow,
} from '@srw/db';
import {
  assertAddresseeProgressAllowed,
  assertExpectedVersion,
  assertRecommendationStatusChange,
  type Actor,
  type AddRecommendationNoteInput,
  type ChangeRecommendationStatusInput,
  type RecordAddresseeProgressInput,
  isImplementationStatus,
  statusNeedsEvidence,
  todayInNetherlands,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { lockRecommendationForEdit } from './recommendations-access';

const ENTITY = 'recommendation';

export async function changeRecommendationStatus(
  ctx: ServiceContext,
  actor: Actor,
  input: ChangeRecommendationStatusInput,
) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockRecommendationForEdit(tx, actor, input.id);
    assertExpectedVersion(input.version, current.version);
    const addressees = await findRecommendationAddressees(tx, current.id);
    assertRecommendationStatusChange({
      from: current.status,
      to: input.status,
      reason: input.reason,
      evidence: input.evidence,
      addresseeStates: addressees.map((a) => a.state),
      implementedOn: current.implementedOn,
    });
    const now = new Date();
    const updated = await updateRecommendationRow(tx, current.id, input.version, {
      status: input.status,
      statusChangedAt: now,
      ...(isImplementationStatus(input.status) ? { implementedOn: todayInNetherlands(now) } : {}),
    });
    await insertRecommendationEvent(tx, {
      recommendationId: current.id,
      kind: 'status',
      fromStatus: current.status,
      toStatus: input.status,
      note: input.note,
      reason: input.reason,
      evidence: statusNeedsEvidence(input.status) ? input.evidence : null,
      occurredAt: now,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: ENTITY,
      entityId: current.id,
      groupId: current.groupId,
      before: { status: current.status },
      after: { status: updated.status, note: input.note, reason: input.reason, evidence: input.evidence },
    });
    return updated;
  });
}

/** A dated progress note; allowed at any time, also on closed recommendations. */
export async function addRecommendationNote(ctx: ServiceContext, actor: Actor, input: AddRecommendationNoteInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockRecommendationForEdit(tx, actor, input.id);
    const event = await insertRecommendationEvent(tx, {
      recommendationId: current.id,
      kind: 'progress',
      note: input.note,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: current.id,
      groupId: current.groupId,
      after: { note: input.note },
    });
    return event;
  });
}

/** One addressee organisation records its own implementation state. */
export async function recordAddresseeProgress(ctx: ServiceContext, actor: Actor, input: RecordAddresseeProgressInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockRecommendationForEdit(tx, actor, input.id);
    assertExpectedVersion(input.version, current.version);
    const addressees = await findRecommendationAddressees(tx, current.id);
    assertAddresseeProgressAllowed(
      current.status,
      addressees.map((a) => a.organisationId),
      input.organisationId,
    );
    const before = addressees.find((a) => a.organisationId === input.organisationId);
    const now = new Date();
    await updateAddresseeState(tx, {
      recommendationId: current.id,
      organisationId: input.organisationId,
      state: input.state,
      note: input.note,
      userId: actor.userId,
      at: now,
    });
    // The recommendation's version moves with its addressees' states.
    const updated = await updateRecommendationRow(tx, current.id, input.version, {});
    await insertRecommendationEvent(tx, {
      recommendationId: current.id,
      kind: 'addressee',
      organisationId: input.organisationId,
      addresseeState: input.state,
      note: input.note,
      occurredAt: now,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: current.id,
      groupId: current.groupId,
      before: { addressee: before?.code, state: before?.state },
      after: { addressee: before?.code, state: input.state, note: input.note },
    });
    return updated;
  });
}
