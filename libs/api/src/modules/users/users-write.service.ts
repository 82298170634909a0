import { hashPassword } from 'better-auth/crypto';
import { findOrganisationById, findUserByEmail, insertUserWithPassword, updateUserRow, type UserView } from '@srw/db';
import {
  assertCanManageUsers,
  assertExpectedVersion,
  assertNotDemotingSelf,
  DomainError,
  usersErrors,
  type Actor,
  type CreateUserInput,
  type UpdateUserInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadUserAccess } from './users-access';
import { loadUserView } from './users-read.service';

async function assertOrganisationExists(ctx: ServiceContext, organisationId: string) {
  const organisation = await findOrganisationById(ctx.db, organisationId);
  if (!organisation) throw new DomainError('UNKNOWN_ORGANISATION', { field: 'organisationId' });
}

export async function createUser(ctx: ServiceContext, actor: Actor, input: CreateUserInput): Promise<UserView> {
  assertCanManageUsers(actor);
  await assertOrganisationExists(ctx, input.organisationId);
  if (await findUserByEmail(ctx.db, input.email)) {
    throw new DomainError(usersErrors.EMAIL_IN_USE, { field: 'email' });
  }
  const passwordHash = await hashPassword(input.password);
  const id = await ctx.db.transaction(async (tx) => {
    const user = await insertUserWithPassword(tx, {
      name: input.name,
      email: input.email,
      organisationId: input.organisationId,
      globalRole: input.globalRole,
      passwordHash,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'user',
      entityId: user.id,
      after: user,
    });
    return user.id;
  });
  return loadUserView(ctx, id);
}

export async function updateUser(ctx: ServiceContext, actor: Actor, input: UpdateUserInput): Promise<UserView> {
  assertCanManageUsers(actor);
  await assertOrganisationExists(ctx, input.organisationId);
  assertNotDemotingSelf(actor, input);
  await ctx.db.transaction(async (tx) => {
    const current = await loadUserAccess(tx, actor, input.id, { lock: true });
    assertExpectedVersion(input.version, current.version);
    const updated = await updateUserRow(tx, input.id, input.version, {
      name: input.name,
      organisationId: input.organisationId,
      globalRole: input.globalRole,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'user',
      entityId: input.id,
      before: current,
      after: updated,
    });
  });
  return loadUserView(ctx, input.id);
}
