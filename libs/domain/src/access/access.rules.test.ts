import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  assertCanCreateGroup,
  assertCanManageGroup,
  assertCanManageUsers,
  assertCanReadGroup,
  assertCanViewAllAudit,
  assertCanViewGroupAudit,
  canContributeToGroup,
  canCreateGroup,
  canManageGroup,
  canReadGroup,
  canViewGroupAudit,
  contributableGroups,
  readsEveryGroup,
} from './access.rules';
import type { Actor, GlobalRole, GroupRole } from './roles';

const actor = (globalRole: GlobalRole): Actor => ({ userId: 'u', organisationId: 'o', globalRole });
const groupRolesOrNone: (GroupRole | null)[] = ['chair', 'member', 'observer', null];

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
}

describe('group access rules', () => {
  // Expected outcome per (global role, group role): [read, manage, audit]
  const table: [GlobalRole, GroupRole | null, boolean, boolean, boolean][] = [
    ['admin', null, true, true, true],
    ['admin', 'observer', true, true, true],
    ['management', null, true, false, false],
    ['management', 'member', true, false, false],
    ['management', 'chair', true, true, true],
    ['member', null, false, false, false],
    ['member', 'observer', true, false, false],
    ['member', 'member', true, false, false],
    ['member', 'chair', true, true, true],
  ];

  it.each(table)('%s with group role %s: read=%s manage=%s audit=%s', (global, group, read, manage, audit) => {
    expect(canReadGroup(actor(global), group)).toBe(read);
    expect(canManageGroup(actor(global), group)).toBe(manage);
    expect(canViewGroupAudit(actor(global), group)).toBe(audit);
  });

  it('hides unreadable groups as NOT_FOUND and refuses readable-but-not-managed ones as FORBIDDEN', () => {
    expect(codeOf(() => assertCanReadGroup(actor('member'), null))).toBe('NOT_FOUND');
    expect(codeOf(() => assertCanManageGroup(actor('member'), null))).toBe('NOT_FOUND');
    expect(codeOf(() => assertCanManageGroup(actor('member'), 'member'))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanManageGroup(actor('member'), 'chair'))).toBeNull();
    expect(codeOf(() => assertCanViewGroupAudit(actor('management'), null))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanViewGroupAudit(actor('member'), 'observer'))).toBe('FORBIDDEN');
  });

  it('lets only chairs and members contribute content, never observers or outsiders', () => {
    expect(groupRolesOrNone.map((role) => canContributeToGroup(role))).toEqual([true, true, false, false]);
  });

  it('lets admin and management create groups, not members', () => {
    expect(canCreateGroup(actor('admin'))).toBe(true);
    expect(canCreateGroup(actor('management'))).toBe(true);
    expect(canCreateGroup(actor('member'))).toBe(false);
    expect(codeOf(() => assertCanCreateGroup(actor('member')))).toBe('FORBIDDEN');
  });

  it('reserves user management and the full audit trail for admins', () => {
    expect(codeOf(() => assertCanManageUsers(actor('admin')))).toBeNull();
    expect(codeOf(() => assertCanManageUsers(actor('management')))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanViewAllAudit(actor('admin')))).toBeNull();
    expect(codeOf(() => assertCanViewAllAudit(actor('management')))).toBe('FORBIDDEN');
  });
});

describe('readsEveryGroup and contributableGroups', () => {
  it('lets only admins and management read every group', () => {
    expect(readsEveryGroup({ globalRole: 'admin' })).toBe(true);
    expect(readsEveryGroup({ globalRole: 'management' })).toBe(true);
    expect(readsEveryGroup({ globalRole: 'member' })).toBe(false);
  });

  it('offers groups where the reader chairs or is a member, and that are not archived', () => {
    const groups = [
      { id: 'a', myRole: 'chair' as const, status: 'actief' },
      { id: 'b', myRole: 'member' as const, status: 'afgerond' },
      { id: 'c', myRole: 'observer' as const, status: 'actief' },
      { id: 'd', myRole: null, status: 'actief' },
      { id: 'e', myRole: 'chair' as const, status: 'gearchiveerd' },
    ];
    expect(contributableGroups(groups).map((g) => g.id)).toEqual(['a', 'b']);
  });
});
