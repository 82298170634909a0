import { describe, expect, it } from 'vitest';
import type { Actor, GlobalRole } from '../access/roles';
import { membershipPermissions } from './memberships.permissions';

const actor = (globalRole: GlobalRole): Actor => ({ userId: 'u', organisationId: 'o', globalRole });

describe('membershipPermissions', () => {
  it('lets the chair and admins change and remove members of an open group', () => {
    expect(membershipPermissions(actor('member'), 'chair', { status: 'actief' })).toEqual({
      changeRole: true,
      remove: true,
    });
    expect(membershipPermissions(actor('admin'), null, { status: 'afgerond' })).toEqual({
      changeRole: true,
      remove: true,
    });
  });

  it('lets members, observers and management only look', () => {
    expect(membershipPermissions(actor('member'), 'member', { status: 'actief' })).toEqual({
      changeRole: false,
      remove: false,
    });
    expect(membershipPermissions(actor('member'), 'observer', { status: 'actief' })).toEqual({
      changeRole: false,
      remove: false,
    });
    expect(membershipPermissions(actor('management'), null, { status: 'actief' })).toEqual({
      changeRole: false,
      remove: false,
    });
  });

  it('freezes the members of an archived group, for the chair too', () => {
    expect(membershipPermissions(actor('member'), 'chair', { status: 'gearchiveerd' })).toEqual({
      changeRole: false,
      remove: false,
    });
  });
});
