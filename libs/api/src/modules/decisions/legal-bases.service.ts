import {
  findDecisionsCitingBasis,
  findLegalBasis,
  flagDecisionsForReview,
  insertLegalBasis,
  listLegalBasesWithUsage,
  updateLegalBasisRow,
  type Executor,
} from '@srw/db';
import {
  assertCanMaintainLegalBases,
  assertExpectedVersion,
  decisionsToFlagForReview,
  DomainError,
  type Actor,
  type CreateLegalBasisInput,
  type MarkLegalBasisChangedInput,
  type UpdateLegalBasisInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { DECISION_ENTITY } from './decisions-write.service';

const ENTITY = 'legal_basis';

/** The catalogue is readable by everyone signed in: decisions cite it. */
export async function listLegalBasisCatalogue(ctx: ServiceContext) {
  return listLegalBasesWithUsage(ctx.db);
}

export async function createLegalBasis(ctx: ServiceContext, actor: Actor, input: CreateLegalBasisInput) {
  assertCanMaintainLegalBases(actor);
  return ctx.db.transaction(async (tx) => {
    const created = await insertLegalBasis(tx, { ...input, createdBy: actor.userId });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

/** Locks a basis at the version the admin read. */
async function lockLegalBasis(tx: Executor, id: string, expectedVersion: number) {
  const current = await findLegalBasis(tx, id, { lock: true });
  if (!current) throw new DomainError('NOT_FOUND');
  assertExpectedVersion(expectedVersion, current.version);
  return current;
}

export async function updateLegalBasis(ctx: ServiceContext, actor: Actor, input: UpdateLegalBasisInput) {
  assertCanMaintainLegalBases(actor);
  return ctx.db.transaction(async (tx) => {
    const current = await lockLegalBasis(tx, input.id, input.version);
    const { id, version, ...content } = input;
    const updated = await updateLegalBasisRow(tx, id, version, content);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: id,
      before: current,
      after: updated,
    });
    return updated;
  });
}

/**
 * The law behind a basis changed: record it, and flag every open decision citing
 * it as "review needed" in the same transaction.
 */
export async function markLegalBasisChanged(ctx: ServiceContext, actor: Actor, input: MarkLegalBasisChangedInput) {
  assertCanMaintainLegalBases(actor);
  return ctx.db.transaction(async (tx) => {
    const current = await lockLegalBasis(tx, input.id, input.version);
    const now = new Date();
    const updated = await updateLegalBasisRow(tx, input.id, input.version, {
      changedAt: now,
      changeNote: input.changeNote,
    });
    const citing = await findDecisionsCitingBasis(tx, input.id);
    const flagged = decisionsToFlagForReview(citing);
    await flagDecisionsForReview(tx, flagged, `${current.code}: ${input.changeNote}`, now);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: input.id,
      before: { changedAt: current.changedAt, changeNote: current.changeNote },
      after: { changedAt: now, changeNote: input.changeNote, flaggedDecisionIds: flagged },
    });
    for (const decision of citing.filter((d) => flagged.includes(d.id))) {
      await recordAudit(tx, ctx, {
        actorId: actor.userId,
        action: 'update',
        entityType: DECISION_ENTITY,
        entityId: decision.id,
        groupId: decision.groupId,
        after: { event: 'reviewFlagged', detail: `${current.code}: ${input.changeNote}` },
      });
    }
    return { ...updated, flaggedDecisionIds: flagged };
  });
}
