import {
  findGroupOrganisations,
  findMembershipById,
  findUserView,
  findWorkingGroupForUpdate,
  listMembers,
  listUsers,
  lockMemberRoles,
  memberships,
  and,
  eq,
  sql,
  type MemberView,
  type UserView,
} from '@srw/db';
import {
  assertCanAddMember,
  assertCanChangeMemberRole,
  assertCanManageGroup,
  assertCanRemoveMember,
  assertExpectedVersion,
  assertWorkingGroupEditable,
  DomainError,
  type Actor,
  type AddMemberInput,
  type ChangeMemberRoleInput,
  type ListMembersInput,
  type Page,
  type RemoveMemberInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/group-access';

export async function listGroupMembers(ctx: ServiceContext, actor: Actor, input: ListMembersInput): Promise<Page<MemberView>> {
  await loadGroupAccess(ctx.db, actor, input.groupId);
  return listMembers(ctx.db, input);
}

/** Active users of the group's organisations who are not yet members: the chair's picker. */
export async function listMemberCandidates(
  ctx: ServiceContext,
  actor: Actor,
  input: { groupId: string; search: string },
): Promise<UserView[]> {
  const { role } = await loadGroupAccess(ctx.db, actor, input.groupId);
  assertCanManageGroup(actor, role);
  const organisationIds = (await findGroupOrganisations(ctx.db, input.groupId)).map((o) => o.id);
  const page = await listUsers(ctx.db, {
    search: input.search || undefined,
    organisationIds,
    includeInactive: false,
    excludeGroupId: input.groupId,
    limit: 20,
  });
  return page.items;
}

/** Locks the group row, checks the actor may manage it and that it is editable. */
async function lockManagedGroup(tx: ServiceContext['db'], actor: Actor, groupId: string) {
  const { role } = await loadGroupAccess(tx, actor, groupId);
  assertCanManageGroup(actor, role);
  const group = await findWorkingGroupForUpdate(tx, groupId);
  if (!group) throw new DomainError('NOT_FOUND');
  assertWorkingGroupEditable(group.status);
  return group;
}

export async function addMember(ctx: ServiceContext, actor: Actor, input: AddMemberInput) {
  return ctx.db.transaction(async (tx) => {
    await lockManagedGroup(tx, actor, input.groupId);
    const user = await findUserView(tx, input.userId);
    if (!user) throw new DomainError('UNKNOWN_USER', { field: 'userId' });
    const existing = await lockMemberRoles(tx, input.groupId);
    const organisationIds = (await findGroupOrganisations(tx, input.groupId)).map((o) => o.id);
    assertCanAddMember(organisationIds, {
      organisationId: user.organisationId,
      active: user.active,
      alreadyMember: existing.some((m) => m.userId === input.userId),
    });
    const [membership] = await tx
      .insert(memberships)
      .values({ groupId: input.groupId, userId: input.userId, role: input.role, createdBy: actor.userId })
      .returning();
    if (!membership) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'membership',
      entityId: membership.id,
      groupId: input.groupId,
      after: { userId: user.id, userName: user.name, organisation: user.organisationCode, role: membership.role },
    });
    return membership;
  });
}

export async function changeMemberRole(ctx: ServiceContext, actor: Actor, input: ChangeMemberRoleInput) {
  const target = await findMembershipById(ctx.db, input.membershipId);
  if (!target) throw new DomainError('NOT_FOUND');
  return ctx.db.transaction(async (tx) => {
    await lockManagedGroup(tx, actor, target.groupId);
    const members = await lockMemberRoles(tx, target.groupId);
    const current = members.find((m) => m.membershipId === input.membershipId);
    if (!current) throw new DomainError('NOT_FOUND');
    assertExpectedVersion(input.version, current.version);
    assertCanChangeMemberRole(members, input.membershipId, input.role);
    const [updated] = await tx
      .update(memberships)
      .set({ role: input.role, version: sql`${memberships.version} + 1`, updatedAt: new Date() })
      .where(eq(memberships.id, input.membershipId))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    const user = await findUserView(tx, updated.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'membership',
      entityId: updated.id,
      groupId: updated.groupId,
      before: { userName: user?.name, role: current.role },
      after: { userName: user?.name, role: updated.role },
    });
    return updated;
  });
}

export async function removeMember(ctx: ServiceContext, actor: Actor, input: RemoveMemberInput) {
  const target = await findMembershipById(ctx.db, input.membershipId);
  if (!target) throw new DomainError('NOT_FOUND');
  await ctx.db.transaction(async (tx) => {
    await lockManagedGroup(tx, actor, target.groupId);
    const members = await lockMemberRoles(tx, target.groupId);
    const current = members.find((m) => m.membershipId === input.membershipId);
    if (!current) throw new DomainError('NOT_FOUND');
    assertExpectedVersion(input.version, current.version);
    assertCanRemoveMember(members, input.membershipId);
    await tx.delete(memberships).where(and(eq(memberships.id, input.membershipId), eq(memberships.version, input.version)));
    const user = await findUserView(tx, current.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'delete',
      entityType: 'membership',
      entityId: input.membershipId,
      groupId: target.groupId,
      before: { userId: current.userId, userName: user?.name, role: current.role },
    });
  });
}
