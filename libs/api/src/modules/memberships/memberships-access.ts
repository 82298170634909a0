import { findMembership, type Executor, type MembershipRow } from '@srw/db';
import { assertCanManageGroup, assertWorkingGroupEditable, DomainError, type Actor } from '@srw/domain';
import { loadGroupAccess, type GroupAccess } from '../working-groups/working-groups-access';

/**
 * Locks a group whose members are about to change: refuses (NOT_FOUND) a group
 * the actor cannot read, (FORBIDDEN) one they do not manage, and an archived one.
 */
export async function loadManagedGroup(tx: Executor, actor: Actor, groupId: string): Promise<GroupAccess> {
  const access = await loadGroupAccess(tx, actor, groupId, { lock: true });
  assertCanManageGroup(actor, access.role);
  assertWorkingGroupEditable(access.group.status);
  return access;
}

export interface MembershipAccess extends GroupAccess {
  membership: MembershipRow;
}

/** A membership with its group, locked and checked as by `loadManagedGroup`; NOT_FOUND for outsiders. */
export async function loadMembershipAccess(
  tx: Executor,
  actor: Actor,
  membershipId: string,
): Promise<MembershipAccess> {
  const membership = await findMembership(tx, membershipId);
  if (!membership) throw new DomainError('NOT_FOUND');
  return { membership, ...(await loadManagedGroup(tx, actor, membership.groupId)) };
}
