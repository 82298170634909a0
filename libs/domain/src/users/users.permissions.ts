import { canManageUsers } from '../access/access.rules';
import type { Actor } from '../access/roles';
import { mayDeactivateUser } from './users.rules';

/** What a person may do with one account now; the users list returns it with each user. */
export interface UserPermissions {
  edit: boolean;
  activate: boolean;
  deactivate: boolean;
  /** Remove the account's second factor (they enrol again at their next sign-in when their role requires it). */
  resetSecondFactor: boolean;
  /** End every session of the account (not one's own: that is the sessions page). */
  endSessions: boolean;
}

export function userPermissions(
  actor: Actor,
  user: { id: string; active: boolean; twoFactorEnabled?: boolean },
): UserPermissions {
  const manage = canManageUsers(actor);
  const someoneElse = user.id !== actor.userId;
  return {
    edit: manage,
    activate: manage && !user.active,
    deactivate: manage && user.active && mayDeactivateUser(actor, user),
    resetSecondFactor: manage && someoneElse && user.twoFactorEnabled === true,
    endSessions: manage && someoneElse && user.active,
  };
}
