import { hashPassword } from 'better-auth/crypto';
import {
  deleteSessionsOfUser,
  findOrganisationById,
  findUserByEmail,
  findUser,
  updateUserRow,
  findUserView,
  insertUserWithPassword,
  listUsers,
  type UserView,
} from '@srw/db';
import {
  assertCanCreateGroup,
  assertCanManageUsers,
  assertExpectedVersion,
  DomainError,
  type Actor,
  type CreateUserInput,
  type ListUsersInput,
  type Page,
  type SetUserActiveInput,
  type UpdateUserInput,
  type UserDirectoryInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';

/** Active users by name, for picking a chair when creating a group (admin and management). */
export async function searchUserDirectory(ctx: ServiceContext, actor: Actor, input: UserDirectoryInput) {
  assertCanCreateGroup(actor);
  const page = await listUsers(ctx.db, {
    search: input.search || undefined,
    organisationIds: input.organisationIds,
    includeInactive: false,
    limit: 20,
  });
  return page.items.map((user) => ({ id: user.id, name: user.name, organisationId: user.organisationId, organisationCode: user.organisationCode }));
}

export async function listUsersForAdmin(ctx: ServiceContext, actor: Actor, input: ListUsersInput): Promise<Page<UserView>> {
  assertCanManageUsers(actor);
  return listUsers(ctx.db, input);
}

async function assertOrganisationExists(ctx: ServiceContext, organisationId: string) {
  const organisation = await findOrganisationById(ctx.db, organisationId);
  if (!organisation) throw new DomainError('UNKNOWN_ORGANISATION', { field: 'organisationId' });
}

export async function createUser(ctx: ServiceContext, actor: Actor, input: CreateUserInput): Promise<UserView> {
  assertCanManageUsers(actor);
  await assertOrganisationExists(ctx, input.organisationId);
  if (await findUserByEmail(ctx.db, input.email)) {
    throw new DomainError('EMAIL_IN_USE', { field: 'email' });
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
    await recordAudit(tx, ctx, { actorId: actor.userId, action: 'create', entityType: 'user', entityId: user.id, after: user });
    return user.id;
  });
  const view = await findUserView(ctx.db, id);
  if (!view) throw new Error('created user not found');
  return view;
}

export async function updateUser(ctx: ServiceContext, actor: Actor, input: UpdateUserInput): Promise<UserView> {
  assertCanManageUsers(actor);
  await assertOrganisationExists(ctx, input.organisationId);
  if (input.id === actor.userId && input.globalRole !== 'admin') {
    throw new DomainError('CANNOT_DEMOTE_SELF', { field: 'globalRole' });
  }
  await ctx.db.transaction(async (tx) => {
    const current = await findUser(tx, input.id, { lock: true });
    if (!current) throw new DomainError('NOT_FOUND');
    assertExpectedVersion(input.version, current.version);
    const updated = await updateUserRow(tx, input.id, input.version, {
      name: input.name,
      organisationId: input.organisationId,
      globalRole: input.globalRole,
    });
    await recordAudit(tx, ctx, { actorId: actor.userId, action: 'update', entityType: 'user', entityId: input.id, before: current, after: updated });
  });
  const view = await findUserView(ctx.db, input.id);
  if (!view) throw new DomainError('NOT_FOUND');
  return view;
}

/** Deactivating ends all of the user's sessions in the same transaction. */
export async function setUserActive(ctx: ServiceContext, actor: Actor, input: SetUserActiveInput): Promise<UserView> {
  assertCanManageUsers(actor);
  if (input.id === actor.userId && !input.active) throw new DomainError('CANNOT_DEACTIVATE_SELF');
  await ctx.db.transaction(async (tx) => {
    const current = await findUser(tx, input.id, { lock: true });
    if (!current) throw new DomainError('NOT_FOUND');
    assertExpectedVersion(input.version, current.version);
    const updated = await updateUserRow(tx, input.id, input.version, { active: input.active });
    if (!input.active) await deleteSessionsOfUser(tx, input.id);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: input.active ? 'activate' : 'deactivate',
      entityType: 'user',
      entityId: input.id,
      before: { active: current.active },
      after: { active: updated.active },
    });
  });
  const view = await findUserView(ctx.db, input.id);
  if (!view) throw new DomainError('NOT_FOUND');
  return view;
}
