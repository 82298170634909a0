import { findUserView, listUsers, type UserView } from '@srw/db';
import {
  assertCanCreateGroup,
  assertCanManageUsers,
  DomainError,
  userPermissions,
  type Actor,
  type ListUsersInput,
  type Page,
  type UserDirectoryInput,
  type UserPermissions,
} from '@srw/domain';
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
  return page.items.map((user) => ({
    id: user.id,
    name: user.name,
    organisationId: user.organisationId,
    organisationCode: user.organisationCode,
  }));
}

export async function listUsersForAdmin(
  ctx: ServiceContext,
  actor: Actor,
  input: ListUsersInput,
): Promise<Page<UserView & { permissions: UserPermissions }>> {
  assertCanManageUsers(actor);
  const page = await listUsers(ctx.db, input);
  return { ...page, items: page.items.map((user) => ({ ...user, permissions: userPermissions(actor, user) })) };
}

/** The account as the admin screens show it, after a change. */
export async function loadUserView(ctx: ServiceContext, id: string): Promise<UserView> {
  const view = await findUserView(ctx.db, id);
  if (!view) throw new DomainError('NOT_FOUND');
  return view;
}
