import {
  deleteMembership,
  findGroupOrganisations,
  findUserView,
  insertMembership,
  lockMemberRoles,
  updateMembershipRow,
  type Executor,
} from '@srw/db';
import {
  assertCanAddMember,
  assertCanChangeMemberRole,
  assertCanRemoveMember,
  assertExpectedVersion,
  DomainError,
  type Actor,
  type AddMemberInput,
  type ChangeMemberRoleInput,
  type RemoveMemberInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadManagedGroup, loadMembershipAccess } from './memberships-access';

export async function addMember(ctx: ServiceContext, actor: Actor, input: AddMemberInput) {
  return ctx.db.transaction(async (tx) => {
    await loadManagedGroup(tx, actor, input.groupId);
    const user = await findUserView(tx, input.userId);
    if (!user) throw new DomainError('UNKNOWN_USER', { field: 'userId' });
    const existing = await lockMemberRoles(tx, input.groupId);
    const organisationIds = (await findGroupOrganisations(tx, input.groupId)).map((o) => o.id);
    assertCanAddMember(organisationIds, {
      organisationId: user.organisationId,
      active: user.active,
      alreadyMember: existing.some((m) => m.userId === input.userId),
    });
    const membership = await insertMembership(tx, {
      groupId: input.groupId,
      userId: input.userId,
      role: input.role,
      createdBy: actor.userId,
    });
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

/** The roles of all members, locked, with the one to change: last-chair checks need them all. */
async function lockGroupMembers(tx: Executor, groupId: string, membershipId: string, expectedVersion: number) {
  const members = await lockMemberRoles(tx, groupId);
  const current = members.find((m) => m.membershipId === membershipId);
  if (!current) throw new DomainError('NOT_FOUND');
  assertExpectedVersion(expectedVersion, current.version);
  return { members, current };
}

export async function changeMemberRole(ctx: ServiceContext, actor: Actor, input: ChangeMemberRoleInput) {
  return ctx.db.transaction(async (tx) => {
    const { group } = await loadMembershipAccess(tx, actor, input.membershipId);
    const { members, current } = await lockGroupMembers(tx, group.id, input.membershipId, input.version);
    assertCanChangeMemberRole(members, input.membershipId, input.role);
    const updated = await updateMembershipRow(tx, input.membershipId, input.version, { role: input.role });
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

export async function removeMember(ctx: ServiceContext, actor: Actor, input: RemoveMemberInput): Promise<{ ok: true }> {
  await ctx.db.transaction(async (tx) => {
    const { group } = await loadMembershipAccess(tx, actor, input.membershipId);
    const { members, current } = await lockGroupMembers(tx, group.id, input.membershipId, input.version);
    assertCanRemoveMember(members, input.membershipId);
    await deleteMembership(tx, input.membershipId, input.version);
    const user = await findUserView(tx, current.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'delete',
      entityType: 'membership',
      entityId: input.membershipId,
      groupId: group.id,
      before: { userId: current.userId, userName: user?.name, role: current.role },
    });
  });
  return { ok: true };
}
