import { findOrganisationByCode, findOrganisationForUpdate, listOrganisations, organisations, eq, sql } from '@srw/db';
import {
  assertCanManageUsers,
  assertExpectedVersion,
  DomainError,
  type Actor,
  type CreateOrganisationInput,
  type UpdateOrganisationInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';

/** Every signed-in user may see the organisations (they appear on every page). */
export async function listAllOrganisations(ctx: ServiceContext) {
  return listOrganisations(ctx.db);
}

export async function createOrganisation(ctx: ServiceContext, actor: Actor, input: CreateOrganisationInput) {
  assertCanManageUsers(actor);
  if (await findOrganisationByCode(ctx.db, input.code)) {
    throw new DomainError('CODE_IN_USE', { field: 'code' });
  }
  const parent = input.parentCode ? await findOrganisationByCode(ctx.db, input.parentCode) : null;
  if (input.parentCode && !parent) {
    throw new DomainError('UNKNOWN_ORGANISATION', { field: 'parentCode' });
  }
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(organisations)
      .values({ code: input.code, name: input.name, parentId: parent?.id ?? null, createdBy: actor.userId })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, { actorId: actor.userId, action: 'create', entityType: 'organisation', entityId: created.id, after: created });
    return created;
  });
}

export async function updateOrganisation(ctx: ServiceContext, actor: Actor, input: UpdateOrganisationInput) {
  assertCanManageUsers(actor);
  return ctx.db.transaction(async (tx) => {
    const current = await findOrganisationForUpdate(tx, input.id);
    if (!current) throw new DomainError('NOT_FOUND');
    assertExpectedVersion(input.version, current.version);
    const [updated] = await tx
      .update(organisations)
      .set({ name: input.name, version: sql`${organisations.version} + 1`, updatedAt: new Date() })
      .where(eq(organisations.id, input.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await recordAudit(tx, ctx, { actorId: actor.userId, action: 'update', entityType: 'organisation', entityId: input.id, before: current, after: updated });
    return updated;
  });
}
