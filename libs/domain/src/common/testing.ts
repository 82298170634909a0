import type { Actor, GlobalRole } from '../access/roles';
import { DomainError } from '../errors';

/** For tests: the domain error code `fn` throws, null when it throws nothing, 'OTHER' for any other error. */
export function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
}

/** For tests: a signed-in user with this global role. */
export function actorWithRole(globalRole: GlobalRole): Actor {
  return { userId: 'u', organisationId: 'o', globalRole };
}
