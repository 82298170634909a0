import { findMembershipRole, findWorkingGroup, type Executor } from '@srw/db';
import { assertCanReadGroup, DomainError, type Actor, type GroupRole } from '@srw/domain';

export interface GroupAccess {
  group: NonNullable<Awaited<ReturnType<typeof findWorkingGroup>>>;
  role: GroupRole | null;
}

/**
 * Loads a group with the actor's role in it, refusing (as NOT_FOUND) a group the
 * actor may not read. Every module scopes its group records through this.
 */
export async function loadGroupAccess(db: Executor, actor: Actor, groupId: string): Promise<GroupAccess> {
  const [group, role] = await Promise.all([findWorkingGroup(db, groupId), findMembershipRole(db, groupId, actor.userId)]);
  if (!group) throw new DomainError('NOT_FOUND');
  assertCanReadGroup(actor, role);
  return { group, role };
}
