import { canManageUsers } from '../access/access.rules';
import type { Actor, GlobalRole } from '../access/roles';
import { DomainError } from '../errors';
import { usersErrors } from './users.errors';

/**
 * An admin cannot give themselves a role that no longer manages users: they would
 * lock themselves (and possibly everyone) out of user management.
 */
export function assertNotDemotingSelf(actor: Actor, change: { id: string; globalRole: GlobalRole }): void {
  if (change.id === actor.userId && !canManageUsers({ ...actor, globalRole: change.globalRole })) {
    throw new DomainError(usersErrors.CANNOT_DEMOTE_SELF, { field: 'globalRole' });
  }
}

/** Nobody deactivates their own account: that would end their own session mid-task. */
export function mayDeactivateUser(actor: Actor, user: { id: string }): boolean {
  return user.id !== actor.userId;
}

export function assertMayDeactivateUser(actor: Actor, user: { id: string }): void {
  if (!mayDeactivateUser(actor, user)) throw new DomainError(usersErrors.CANNOT_DEACTIVATE_SELF);
}
