import type { Actor, GlobalRole } from '../access/roles';
import { DomainError } from '../errors';

/** The code of the DomainError `fn` throws; null when it does not throw. */
export function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
}

/** The parameters of the DomainError `fn` throws. */
export function paramsOf(fn: () => unknown): Record<string, string | number> {
  try {
    fn();
    return {};
  } catch (error) {
    return error instanceof DomainError ? error.params : {};
  }
}

export const actorWith = (globalRole: GlobalRole): Actor => ({ userId: 'u', organisationId: 'o', globalRole });
