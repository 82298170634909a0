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
    });
    expect(userPermissions(actor('admin'), { id: 'other', active: false })).toEqual({
      edit: true,
      activate: true,
      deactivate: false,
    });
  });

  it('does not offer an admin to deactivate their own account', () => {
    expect(userPermissions(actor('admin'), { id: 'me', active: true })).toEqual({
      edit: true,
      activate: false,
      deactivate: false,
    });
  });

  it('lets nobody else manage accounts', () => {
    for (const role of ['management', 'member'] as const) {
      expect(userPermissions(actor(role), { id: 'other', active: true })).toEqual({
        edit: false,
        activate: false,
        deactivate: false,
      });
    }
  });
});
