import { findOrganisationByCode, insertOrganisation, updateOrganisationRow } from '@srw/db';
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
import { loadOrganisationAccess } from './organisations-access';

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
    const created = await insertOrganisation(tx, {
      code: input.code,
      name: input.name,
      parentId: parent?.id ?? null,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'organisation',
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

export async function updateOrganisation(ctx: ServiceContext, actor: Actor, input: UpdateOrganisationInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await loadOrganisationAccess(tx, actor, input.id, { lock: true });
    assertExpectedVersion(input.version, current.version);
    const updated = await updateOrganisationRow(tx, input.id, input.version, { name: input.name });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'organisation',
      entityId: input.id,
      before: current,
      after: updated,
    });
    return updated;
  });
}
