import { canContributeToGroup, canManageGroup, canViewGroupAudit } from '../access/access.rules';
import type { Actor, GroupRole } from '../access/roles';
import { isArchivedGroupStatus } from './working-groups.rules';
import type { WorkingGroupStatus } from './working-groups.schema';

/** What a person may do with one working group now; the service returns it with the group, the UI renders from it. */
export interface WorkingGroupPermissions {
  /** Edit the group's details and manage its members. */
  manage: boolean;
  /** Finish, archive or reopen it (an archived group can still be reopened). */
  changeStatus: boolean;
  /** Read the group's audit trail. */
  viewAudit: boolean;
  /** Add content (scenarios, terms, decisions...) to it. */
  contribute: boolean;
}

/** @param role the person's role in the group, or null when they are not a member */
export function workingGroupPermissions(
  actor: Actor,
  role: GroupRole | null,
  group: { status: WorkingGroupStatus },
): WorkingGroupPermissions {
  const open = !isArchivedGroupStatus(group.status);
  return {
    manage: canManageGroup(actor, role) && open,
    changeStatus: canManageGroup(actor, role),
    viewAudit: canViewGroupAudit(actor, role),
    contribute: canContributeToGroup(role) && open,
  };
}
