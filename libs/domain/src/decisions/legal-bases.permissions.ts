import { isAdmin } from '../access/access.rules';
import type { Actor } from '../access/roles';
import { DomainError } from '../errors';

/** The legal-basis catalogue is read by everyone signed in (decisions cite it) and maintained by admins. */
export function canMaintainLegalBases(actor: Actor): boolean {
  return isAdmin(actor);
}

export function assertCanMaintainLegalBases(actor: Actor): void {
  if (!canMaintainLegalBases(actor)) throw new DomainError('FORBIDDEN');
}
