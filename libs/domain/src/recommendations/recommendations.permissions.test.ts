import { describe, expect, it } from 'vitest';
import type { Actor, GlobalRole, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import type { WorkingGroupStatus } from '../working-groups/working-group.schema';
import {
  assertCanEditRecommendation,
  assertCanReadRecommendation,
  canCreateGrouplessRecommendation,
  canCreateRecommendation,
  canEditRecommendation,
  canReadRecommendation,
  filesRecommendationsInEveryGroup,
  groupsForNewRecommendation,
  recommendationPermissions,
} from './recommendations.permissions';
import { recommendationStatuses } from './recommendations.schema';

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
}

const actor = (globalRole: GlobalRole): Actor => ({ userId: 'u', organisationId: 'o', globalRole });

describe('recommendation access', () => {
  // [global role, group role, group-less?, read, edit]
  const table: [GlobalRole, GroupRole | null, boolean, boolean, boolean][] = [
    ['admin', null, true, true, true],
    ['admin', null, false, true, true],
    ['management', null, true, true, true],
    ['management', null, false, true, false],
    ['management', 'member', false, true, true],
    ['member', null, true, true, false],
    ['member', null, false, false, false],
    ['member', 'observer', false, true, false],
    ['member', 'member', false, true, true],
    ['member', 'chair', false, true, true],
    ['member', 'chair', true, true, false],
  ];
  it.each(table)('%s with group role %s (group-less %s): read=%s edit=%s', (global, role, groupless, read, edit) => {
    const groupId = groupless ? null : 'g';
    expect(canReadRecommendation(actor(global), groupId, role)).toBe(read);
    expect(canEditRecommendation(actor(global), groupId, role)).toBe(edit);
    expect(codeOf(() => assertCanReadRecommendation(actor(global), groupId, role))).toBe(read ? null : 'NOT_FOUND');
    expect(codeOf(() => assertCanEditRecommendation(actor(global), groupId, role))).toBe(!read ? 'NOT_FOUND' : edit ? null : 'FORBIDDEN');
  });
});

describe('recommendationPermissions', () => {
  const member = actor('member');
  const inGroup = (groupRole: GroupRole | null, groupStatus: WorkingGroupStatus = 'actief') => ({ groupRole, groupStatus });

  it('lets an editor edit an open recommendation, change its status, add notes, and record progress once accepted', () => {
    expect(recommendationPermissions(member, inGroup('member'), { groupId: 'g', status: 'voorgesteld' })).toEqual({
      canEdit: true,
      canChangeStatus: true,
      canAddNote: true,
      canRecordProgress: false,
    });
    expect(recommendationPermissions(member, inGroup('chair'), { groupId: 'g', status: 'in_uitvoering' })).toEqual({
      canEdit: true,
      canChangeStatus: true,
      canAddNote: true,
      canRecordProgress: true,
    });
  });

  it('leaves notes only on closed recommendations, and nothing more after verification', () => {
    expect(recommendationPermissions(member, inGroup('member'), { groupId: 'g', status: 'vervallen' })).toEqual({
      canEdit: false,
      canChangeStatus: false,
      canAddNote: true,
      canRecordProgress: false,
    });
    expect(recommendationPermissions(member, inGroup('member'), { groupId: 'g', status: 'uitgevoerd' })).toMatchObject({ canEdit: true, canChangeStatus: true });
  });

  it.each(recommendationStatuses)('gives readers and archived groups nothing to do (%s)', (status) => {
    const nothing = { canEdit: false, canChangeStatus: false, canAddNote: false, canRecordProgress: false };
    expect(recommendationPermissions(member, inGroup('observer'), { groupId: 'g', status })).toEqual(nothing);
    expect(recommendationPermissions(actor('management'), inGroup(null), { groupId: 'g', status })).toEqual(nothing);
    expect(recommendationPermissions(member, inGroup('chair', 'gearchiveerd'), { groupId: 'g', status })).toEqual(nothing);
    expect(recommendationPermissions(actor('admin'), inGroup(null, 'gearchiveerd'), { groupId: 'g', status })).toEqual(nothing);
  });

  it('gives management and admins the group-less ones, and admins any group', () => {
    const groupless = { groupRole: null, groupStatus: null };
    expect(recommendationPermissions(actor('management'), groupless, { groupId: null, status: 'aanvaard' }).canRecordProgress).toBe(true);
    expect(recommendationPermissions(member, groupless, { groupId: null, status: 'aanvaard' }).canAddNote).toBe(false);
    expect(recommendationPermissions(actor('admin'), inGroup(null), { groupId: 'g', status: 'aanvaard' }).canEdit).toBe(true);
  });
});

describe('new recommendations', () => {
  const groups = [
    { id: 'a', myRole: 'chair' as const, status: 'actief' },
    { id: 'b', myRole: 'member' as const, status: 'gearchiveerd' },
    { id: 'c', myRole: 'observer' as const, status: 'actief' },
    { id: 'd', myRole: null, status: 'afgerond' },
  ];

  it('offers the groups the actor may file under, never archived ones', () => {
    expect(groupsForNewRecommendation(actor('member'), groups).map((g) => g.id)).toEqual(['a']);
    expect(groupsForNewRecommendation(actor('management'), groups).map((g) => g.id)).toEqual(['a']);
    expect(groupsForNewRecommendation(actor('admin'), groups).map((g) => g.id)).toEqual(['a', 'c', 'd']);
  });

  it('lets management and admins file group-less ones, and only admins look beyond their own groups', () => {
    expect(canCreateGrouplessRecommendation(actor('admin'))).toBe(true);
    expect(canCreateGrouplessRecommendation(actor('management'))).toBe(true);
    expect(canCreateGrouplessRecommendation(actor('member'))).toBe(false);
    expect(filesRecommendationsInEveryGroup(actor('admin'))).toBe(true);
    expect(filesRecommendationsInEveryGroup(actor('management'))).toBe(false);
  });

  it('lets a member create one only with a working role in one of their groups', () => {
    expect(canCreateRecommendation(actor('member'), [])).toBe(false);
    expect(canCreateRecommendation(actor('member'), groups.slice(2))).toBe(false);
    expect(canCreateRecommendation(actor('member'), groups)).toBe(true);
    expect(canCreateRecommendation(actor('management'), [])).toBe(true);
  });
});
