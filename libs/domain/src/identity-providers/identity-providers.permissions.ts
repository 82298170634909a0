import { isAdmin } from '../access/access.rules';
import type { Actor } from '../access/roles';
import { DomainError } from '../errors';

/** Sign-in providers decide who gets into every organisation: admins only. */
export function canManageIdentityProviders(actor: Actor): boolean {
  return isAdmin(actor);
}

export function assertCanManageIdentityProviders(actor: Actor): void {
  if (!canManageIdentityProviders(actor)) throw new DomainError('FORBIDDEN');
}
