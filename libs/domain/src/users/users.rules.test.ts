import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles';
import { DomainError } from '../errors';
import { assertMayDeactivateUser, assertNotDemotingSelf, mayDeactivateUser } from './users.rules';

const admin: Actor = { userId: 'me', organisationId: 'o', globalRole: 'admin' };

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
}

describe('user rules', () => {
  it('refuses an admin taking away their own admin role, not someone else’s', () => {
    expect(codeOf(() => assertNotDemotingSelf(admin, { id: 'me', globalRole: 'management' }))).toBe('CANNOT_DEMOTE_SELF');
    expect(codeOf(() => assertNotDemotingSelf(admin, { id: 'me', globalRole: 'member' }))).toBe('CANNOT_DEMOTE_SELF');
    expect(codeOf(() => assertNotDemotingSelf(admin, { id: 'me', globalRole: 'admin' }))).toBeNull();
    expect(codeOf(() => assertNotDemotingSelf(admin, { id: 'other', globalRole: 'member' }))).toBeNull();
  });

  it('refuses deactivating oneself', () => {
    expect(mayDeactivateUser(admin, { id: 'me' })).toBe(false);
    expect(mayDeactivateUser(admin, { id: 'other' })).toBe(true);
    expect(codeOf(() => assertMayDeactivateUser(admin, { id: 'me' }))).toBe('CANNOT_DEACTIVATE_SELF');
    expect(codeOf(() => assertMayDeactivateUser(admin, { id: 'other' }))).toBeNull();
  });
});
