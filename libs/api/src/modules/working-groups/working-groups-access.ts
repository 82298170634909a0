import { findMembershipRole, findWorkingGroup, type Executor, type FindOptions, type WorkingGroupRow } from '@srw/db';
import { assertCanReadGroup, DomainError, type Actor, type GroupRole } from '@srw/domain';

export interface GroupAccess {
  group: WorkingGroupRow;
  role: GroupRole | null;
}

/**
 * Loads a group with the actor's role in it, refusing (as NOT_FOUND) a group the
 * actor may not read. Every module scopes its group records through this.
 * `lock` locks the group row until the transaction ends (writes to the group).
 */
export async function loadGroupAccess(
  db: Executor,
  actor: Actor,
  groupId: string,
  options: FindOptions = {},
): Promise<GroupAccess> {
  const [group, role] = await Promise.all([
    findWorkingGroup(db, groupId, options),
    findMembershipRole(db, groupId, actor.userId),
  ]);
  if (!group) throw new DomainError('NOT_FOUND');
  assertCanReadGroup(actor, role);
  return { group, role };
}
