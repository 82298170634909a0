import { canManageUsers } from '../access/access.rules';
import type { Actor } from '../access/roles';
import { mayDeactivateUser } from './users.rules';

/** What a person may do with one account now; the users list returns it with each user. */
export interface UserPermissions {
  edit: boolean;
  activate: boolean;
  deactivate: boolean;
}

export function userPermissions(actor: Actor, user: { id: string; active: boolean }): UserPermissions {
  const manage = canManageUsers(actor);
  return {
    edit: manage,
    activate: manage && !user.active,
    deactivate: manage && user.active && mayDeactivateUser(actor, user),
  };
}
