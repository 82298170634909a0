import type { Actor, GroupRole } from '../access/roles';
import { workingGroupPermissions } from '../working-groups/working-groups.permissions';
import type { WorkingGroupStatus } from '../working-groups/working-groups.schema';

/** What a person may do with one membership of a group now; returned with each member. */
export interface MembershipPermissions {
  changeRole: boolean;
  remove: boolean;
}

/**
 * Whoever manages an open group changes its members' roles and removes them.
 * The last chair is still refused by the rules on the change itself (LAST_CHAIR).
 * @param role the person's role in the group, or null when they are not a member
 */
export function membershipPermissions(
  actor: Actor,
  role: GroupRole | null,
  group: { status: WorkingGroupStatus },
): MembershipPermissions {
  const { manage } = workingGroupPermissions(actor, role, group);
  return { changeRole: manage, remove: manage };
}
