import { describe, expect, it } from 'vitest';
import type { Actor, GlobalRole, GroupRole } from '../access/roles';
import { actorWithRole, codeOf } from '../common/testing';
import type { WorkingGroupStatus } from '../working-groups/working-groups.schema';
import {
  assertCanEditRecommendation,
  assertCanPickRecommendationOwner,
  assertEligibleOwner,
  isEligibleOwner,
  ownerOrganisationScope,
  assertCanReadRecommendation,
  canCreateGrouplessRecommendation,
  canCreateRecommendation,
  canEditRecommendation,
  canReadRecommendation,
  filesRecommendationsInEveryGroup,
  groupsForNewRecommendation,
  recommendationPermissions,
} from './recommendations.permissions';
import { recommendationStatuses, type RecommendationStatus } from './recommendations.constants';

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
    expect(canReadRecommendation(actorWithRole(global), groupId, role)).toBe(read);
    expect(canEditRecommendation(actorWithRole(global), groupId, role)).toBe(edit);
    expect(codeOf(() => assertCanReadRecommendation(actorWithRole(global), groupId, role))).toBe(
      read ? null : 'NOT_FOUND',
    );
    expect(codeOf(() => assertCanEditRecommendation(actorWithRole(global), groupId, role))).toBe(
      !read ? 'NOT_FOUND' : edit ? null : 'FORBIDDEN',
    );
  });
});

describe('recommendationPermissions', () => {
  // The actor belongs to organisation `o`; the other addressee is `x`.
  const member = actorWithRole('member');
  const inGroup = (groupRole: GroupRole | null, groupStatus: WorkingGroupStatus = 'actief') => ({
    groupRole,
    groupStatus,
  });
  const rec = (
    status: RecommendationStatus,
    extra: Partial<{ groupId: string | null; implementedBy: string | null; addresseeOrganisationIds: string[] }> = {},
  ) => ({ groupId: 'g', status, addresseeOrganisationIds: ['o', 'x'], implementedBy: null, ...extra });

  it('lets an editor edit an open recommendation, change its status, add notes, and record its own organisation once accepted', () => {
    expect(recommendationPermissions(member, inGroup('member'), rec('voorgesteld'))).toMatchObject({
      canEdit: true,
      canChangeStatus: true,
      canAddNote: true,
      canRecordProgress: false,
      recordStateFor: [],
    });
    expect(recommendationPermissions(member, inGroup('chair'), rec('in_uitvoering'))).toMatchObject({
      canEdit: true,
      canChangeStatus: true,
      canAddNote: true,
      canRecordProgress: true,
      recordStateFor: ['o'],
      recordStateOnBehalfFor: [],
    });
  });

  it('lets an organisation record only its own state; an admin of another only on behalf', () => {
    const onlyOther = rec('aanvaard', { addresseeOrganisationIds: ['x'] });
    expect(recommendationPermissions(member, inGroup('chair'), onlyOther)).toMatchObject({
      canRecordProgress: false,
      recordStateFor: [],
    });
    expect(recommendationPermissions(actorWithRole('management'), inGroup(null), rec('aanvaard'))).toMatchObject({
      canRecordProgress: true,
      recordStateFor: ['o'],
      recordStateOnBehalfFor: [],
    });
    expect(recommendationPermissions(actorWithRole('admin'), inGroup(null), rec('aanvaard'))).toMatchObject({
      recordStateFor: ['o'],
      recordStateOnBehalfFor: ['x'],
    });
  });

  it('leaves verification to a second person', () => {
    expect(
      recommendationPermissions(member, inGroup('member'), rec('uitgevoerd', { implementedBy: 'u' })),
    ).toMatchObject({
      canChangeStatus: false,
      nextStatuses: [],
      verify: false,
      verifyRefusal: 'SECOND_PERSON_REQUIRED',
    });
    expect(
      recommendationPermissions(member, inGroup('member'), rec('uitgevoerd', { implementedBy: 'someone-else' })),
    ).toMatchObject({ canChangeStatus: true, nextStatuses: ['geverifieerd'], verify: true, verifyRefusal: null });
    expect(recommendationPermissions(member, inGroup('observer'), rec('uitgevoerd'))).toMatchObject({
      verify: false,
      verifyRefusal: null,
    });
  });

  it('leaves notes only on closed recommendations, and nothing more after verification', () => {
    expect(recommendationPermissions(member, inGroup('member'), rec('vervallen'))).toMatchObject({
      canEdit: false,
      canChangeStatus: false,
      canAddNote: true,
      canRecordProgress: false,
    });
    expect(recommendationPermissions(member, inGroup('member'), rec('uitgevoerd'))).toMatchObject({
      canEdit: true,
      canChangeStatus: true,
    });
  });

  it.each(recommendationStatuses)('gives readers and archived groups nothing to do (%s)', (status) => {
    const nothing = {
      canEdit: false,
      canChangeStatus: false,
      canAddNote: false,
      canRecordProgress: false,
      recordStateFor: [],
      recordStateOnBehalfFor: [],
      nextStatuses: [],
      verify: false,
      verifyRefusal: null,
    };
    expect(recommendationPermissions(member, inGroup('observer'), rec(status))).toEqual(nothing);
    expect(
      recommendationPermissions(
        actorWithRole('management'),
        inGroup(null),
        rec(status, { addresseeOrganisationIds: ['x'] }),
      ),
    ).toEqual(nothing);
    expect(recommendationPermissions(member, inGroup('chair', 'gearchiveerd'), rec(status))).toEqual(nothing);
    expect(recommendationPermissions(actorWithRole('admin'), inGroup(null, 'gearchiveerd'), rec(status))).toEqual(
      nothing,
    );
  });

  it('gives management and admins the group-less ones, and admins any group', () => {
    const groupless = { groupRole: null, groupStatus: null };
    expect(
      recommendationPermissions(actorWithRole('management'), groupless, rec('aanvaard', { groupId: null }))
        .canRecordProgress,
    ).toBe(true);
    expect(recommendationPermissions(member, groupless, rec('aanvaard', { groupId: null })).canAddNote).toBe(false);
    expect(recommendationPermissions(member, groupless, rec('aanvaard', { groupId: null })).canRecordProgress).toBe(
      false,
    );
    expect(recommendationPermissions(actorWithRole('admin'), inGroup(null), rec('aanvaard')).canEdit).toBe(true);
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
    expect(groupsForNewRecommendation(actorWithRole('member'), groups).map((g) => g.id)).toEqual(['a']);
    expect(groupsForNewRecommendation(actorWithRole('management'), groups).map((g) => g.id)).toEqual(['a']);
    expect(groupsForNewRecommendation(actorWithRole('admin'), groups).map((g) => g.id)).toEqual(['a', 'c', 'd']);
  });

  it('lets management and admins file group-less ones, and only admins look beyond their own groups', () => {
    expect(canCreateGrouplessRecommendation(actorWithRole('admin'))).toBe(true);
    expect(canCreateGrouplessRecommendation(actorWithRole('management'))).toBe(true);
    expect(canCreateGrouplessRecommendation(actorWithRole('member'))).toBe(false);
    expect(filesRecommendationsInEveryGroup(actorWithRole('admin'))).toBe(true);
    expect(filesRecommendationsInEveryGroup(actorWithRole('management'))).toBe(false);
  });

  it('lets a member create one only with a working role in one of their groups', () => {
    expect(canCreateRecommendation(actorWithRole('member'), [])).toBe(false);
    expect(canCreateRecommendation(actorWithRole('member'), groups.slice(2))).toBe(false);
    expect(canCreateRecommendation(actorWithRole('member'), groups)).toBe(true);
    expect(canCreateRecommendation(actorWithRole('management'), [])).toBe(true);
  });
});

describe('owners', () => {
  const groupOrganisations = ['org-defensie', 'org-politie'];

  it("limits a group's recommendation to people of the group's organisations, a management-level one to nobody", () => {
    expect(ownerOrganisationScope('g1', groupOrganisations)).toEqual(groupOrganisations);
    expect(ownerOrganisationScope(null, groupOrganisations)).toBeNull();
    expect(isEligibleOwner('org-politie', ownerOrganisationScope('g1', groupOrganisations))).toBe(true);
    expect(isEligibleOwner('org-om', ownerOrganisationScope('g1', groupOrganisations))).toBe(false);
    expect(isEligibleOwner('org-om', ownerOrganisationScope(null, groupOrganisations))).toBe(true);
    expect(() => assertEligibleOwner('org-om', groupOrganisations)).toThrow(
      expect.objectContaining({ code: 'OWNER_NOT_ELIGIBLE' }),
    );
  });

  it('lets chairs and members pick for their group, management for the management level', () => {
    const member: Actor = { userId: 'u', organisationId: 'org-politie', globalRole: 'member' };
    const management: Actor = { ...member, globalRole: 'management' };
    expect(() => assertCanPickRecommendationOwner(member, 'g1', 'chair')).not.toThrow();
    expect(() => assertCanPickRecommendationOwner(member, 'g1', 'member')).not.toThrow();
    expect(() => assertCanPickRecommendationOwner(member, 'g1', 'observer')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertCanPickRecommendationOwner(member, 'g1', null)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => assertCanPickRecommendationOwner(management, null, null)).not.toThrow();
    expect(() => assertCanPickRecommendationOwner(member, null, null)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});
