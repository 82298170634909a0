import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles';
import { assertMayDeactivateUser, assertNotDemotingSelf, mayDeactivateUser } from './users.rules';

const admin: Actor = { userId: 'me', organisationId: 'o', globalRole: 'admin' };

describe('user rules', () => {
  it('refuses an admin taking away their own admin role, not someone else’s', () => {
    expect(() => assertNotDemotingSelf(admin, { id: 'me', globalRole: 'management' })).toThrow(
      expect.objectContaining({ code: 'CANNOT_DEMOTE_SELF', field: 'globalRole' }),
    );
    expect(() => assertNotDemotingSelf(admin, { id: 'me', globalRole: 'member' })).toThrow(
      expect.objectContaining({ code: 'CANNOT_DEMOTE_SELF' }),
    );
    expect(() => assertNotDemotingSelf(admin, { id: 'me', globalRole: 'admin' })).not.toThrow();
    expect(() => assertNotDemotingSelf(admin, { id: 'other', globalRole: 'member' })).not.toThrow();
  });

  it('refuses deactivating oneself', () => {
    expect(mayDeactivateUser(admin, { id: 'me' })).toBe(false);
    expect(mayDeactivateUser(admin, { id: 'other' })).toBe(true);
    expect(() => assertMayDeactivateUser(admin, { id: 'me' })).toThrow(
      expect.objectContaining({ code: 'CANNOT_DEACTIVATE_SELF' }),
    );
    expect(() => assertMayDeactivateUser(admin, { id: 'other' })).not.toThrow();
  });
});
