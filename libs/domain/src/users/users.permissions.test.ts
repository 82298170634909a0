import { describe, expect, it } from 'vitest';
import type { Actor, GlobalRole } from '../access/roles';
import { userPermissions } from './users.permissions';

const actor = (globalRole: GlobalRole): Actor => ({ userId: 'me', organisationId: 'o', globalRole });

describe('userPermissions', () => {
  it('lets an admin edit, and deactivate an active account or activate an inactive one', () => {
    expect(userPermissions(actor('admin'), { id: 'other', active: true })).toEqual({
      edit: true,
      activate: false,
      deactivate: true,
      resetSecondFactor: false,
      endSessions: true,
    });
    expect(userPermissions(actor('admin'), { id: 'other', active: false })).toEqual({
      edit: true,
      activate: true,
      deactivate: false,
      resetSecondFactor: false,
      endSessions: false,
    });
  });

  it('does not offer an admin to deactivate their own account', () => {
    expect(userPermissions(actor('admin'), { id: 'me', active: true, twoFactorEnabled: true })).toEqual({
      edit: true,
      activate: false,
      deactivate: false,
      resetSecondFactor: false,
      endSessions: false,
    });
  });

  it('lets an admin reset the second factor of another account that has one', () => {
    expect(
      userPermissions(actor('admin'), { id: 'other', active: true, twoFactorEnabled: true }).resetSecondFactor,
    ).toBe(true);
  });

  it('lets nobody else manage accounts', () => {
    for (const role of ['management', 'member'] as const) {
      expect(userPermissions(actor(role), { id: 'other', active: true, twoFactorEnabled: true })).toEqual({
        edit: false,
        activate: false,
        deactivate: false,
        resetSecondFactor: false,
        endSessions: false,
      });
    }
  });
});
