import {
  findDecisionsCitingBasis,
  findLegalBasisForUpdate,
  flagDecisionsForReview,
  legalBases,
  listLegalBasesWithUsage,
  eq,
  sql,
} from '@srw/db';
import {
  assertExpectedVersion,
  decisionsToFlagForReview,
  DomainError,
  isAdmin,
  type Actor,
  type CreateLegalBasisInput,
  type MarkLegalBasisChangedInput,
  type UpdateLegalBasisInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';

const ENTITY = 'legal_basis';

function assertCanMaintainCatalogue(actor: Actor): void {
  if (!isAdmin(actor)) throw new DomainError('FORBIDDEN');
}

/** The catalogue is readable by everyone signed in: decisions cite it. */
export async function listLegalBasisCatalogue(ctx: ServiceContext) {
  return listLegalBasesWithUsage(ctx.db);
}

export async function createLegalBasis(ctx: ServiceContext, actor: Actor, input: CreateLegalBasisInput) {
  assertCanMaintainCatalogue(actor);
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(legalBases).values({ ...input, createdBy: actor.userId }).returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, { actorId: actor.userId, action: 'create', entityType: ENTITY, entityId: created.id, after: created });
    return created;
  });
}

export async function updateLegalBasis(ctx: ServiceContext, actor: Actor, input: UpdateLegalBasisInput) {
  assertCanMaintainCatalogue(actor);
  return ctx.db.transaction(async (tx) => {
    const current = await findLegalBasisForUpdate(tx, input.id);
    if (!current) throw new DomainError('NOT_FOUND');
    assertExpectedVersion(input.version, current.version);
    const { id, version: _version, ...content } = input;
    const [updated] = await tx
      .update(legalBases)
      .set({ ...content, version: sql`${legalBases.version} + 1`, updatedAt: new Date() })
      .where(eq(legalBases.id, id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await recordAudit(tx, ctx, { actorId: actor.userId, action: 'update', entityType: ENTITY, entityId: id, before: current, after: updated });
    return updated;
  });
}

/**
 * The law behind a basis changed: record it, and flag every open decision citing
 * it as "review needed" in the same transaction.
 */
export async function markLegalBasisChanged(ctx: ServiceContext, actor: Actor, input: MarkLegalBasisChangedInput) {
  assertCanMaintainCatalogue(actor);
  return ctx.db.transaction(async (tx) => {
    const current = await findLegalBasisForUpdate(tx, input.id);
    if (!current) throw new DomainError('NOT_FOUND');
    assertExpectedVersion(input.version, current.version);
    const now = new Date();
    const [updated] = await tx
      .update(legalBases)
      .set({ changedAt: now, changeNote: input.changeNote, version: sql`${legalBases.version} + 1`, updatedAt: now })
      .where(eq(legalBases.id, input.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
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
        entityType: 'decision',
        entityId: decision.id,
        groupId: decision.groupId,
        after: { event: 'reviewFlagged', detail: `${current.code}: ${input.changeNote}` },
      });
    }
    return { ...updated, flaggedDecisionIds: flagged };
  });
}
