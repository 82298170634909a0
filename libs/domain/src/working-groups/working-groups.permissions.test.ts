import { describe, expect, it } from 'vitest';
import type { Actor, GlobalRole, GroupRole } from '../access/roles';
import { workingGroupPermissions } from './working-groups.permissions';

const actor = (globalRole: GlobalRole): Actor => ({ userId: 'u', organisationId: 'o', globalRole });

describe('workingGroupPermissions', () => {
  // [global role, group role, manage, changeStatus, viewAudit, contribute] for an active group
  const table: [GlobalRole, GroupRole | null, boolean, boolean, boolean, boolean][] = [
    ['admin', null, true, true, true, false],
    ['admin', 'member', true, true, true, true],
    ['management', null, false, false, false, false],
    ['management', 'chair', true, true, true, true],
    ['member', 'chair', true, true, true, true],
    ['member', 'member', false, false, false, true],
    ['member', 'observer', false, false, false, false],
    ['member', null, false, false, false, false],
  ];

  it.each(table)(
    '%s with group role %s in an active group',
    (global, role, manage, changeStatus, viewAudit, contribute) => {
      expect(workingGroupPermissions(actor(global), role, { status: 'actief' })).toEqual({
        manage,
        changeStatus,
        viewAudit,
        contribute,
      });
    },
  );

  it('treats a finished group like an active one', () => {
    expect(workingGroupPermissions(actor('member'), 'chair', { status: 'afgerond' })).toEqual({
      manage: true,
      changeStatus: true,
      viewAudit: true,
      contribute: true,
    });
  });

  it('leaves only reopening and the history in an archived group', () => {
    expect(workingGroupPermissions(actor('member'), 'chair', { status: 'gearchiveerd' })).toEqual({
      manage: false,
      changeStatus: true,
      viewAudit: true,
      contribute: false,
    });
    expect(workingGroupPermissions(actor('admin'), null, { status: 'gearchiveerd' }).manage).toBe(false);
  });
});
