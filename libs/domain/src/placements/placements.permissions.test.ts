import { describe, expect, it } from 'vitest';
import type { Actor, GlobalRole, GroupRole } from '../access/roles';
import {
  assertCanApprovePlacement,
  assertCanEditPlacement,
  assertCanReadPlacement,
  canProposePlacement,
  placementGroupChoices,
  placementPermissions,
  type PlacementPermissionRecord,
  type PlacementRelation,
} from './placements.permissions';
import { placementStatuses } from './placements.constants';
import { actorWith, codeOf } from './placements-test-helpers';

describe('placement access', () => {
  const relation = (groupRole: GroupRole | null, extra: Partial<PlacementRelation> = {}): PlacementRelation => ({
    groupRole,
    isPerson: false,
    isProposer: false,
    ...extra,
  });
  // [global role, group role, read, edit, approve]
  const table: [GlobalRole, GroupRole | null, string | null, string | null, string | null][] = [
    ['admin', null, null, null, null],
    ['management', null, null, null, null],
    ['member', null, 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
    ['member', 'observer', null, 'FORBIDDEN', 'FORBIDDEN'],
    ['member', 'member', null, null, 'FORBIDDEN'],
    ['member', 'chair', null, null, null],
  ];
  it.each(table)('%s with group role %s', (global, group, read, edit, approve) => {
    expect(codeOf(() => assertCanReadPlacement(actorWith(global), relation(group)))).toBe(read);
    expect(codeOf(() => assertCanEditPlacement(actorWith(global), relation(group)))).toBe(edit);
    expect(codeOf(() => assertCanApprovePlacement(actorWith(global), relation(group)))).toBe(approve);
  });

  it('lets the person and the proposer read and edit, but not approve', () => {
    for (const extra of [{ isPerson: true }, { isProposer: true }]) {
      expect(codeOf(() => assertCanReadPlacement(actorWith('member'), relation(null, extra)))).toBeNull();
      expect(codeOf(() => assertCanEditPlacement(actorWith('member'), relation(null, extra)))).toBeNull();
      expect(codeOf(() => assertCanApprovePlacement(actorWith('member'), relation(null, extra)))).toBe('FORBIDDEN');
    }
  });

  it('lets members propose within their group, or for themselves without one', () => {
    expect(canProposePlacement(actorWith('admin'), { groupRole: null, hasGroup: true, isSelf: false })).toBe(true);
    expect(canProposePlacement(actorWith('management'), { groupRole: null, hasGroup: false, isSelf: false })).toBe(
      true,
    );
    expect(canProposePlacement(actorWith('member'), { groupRole: 'member', hasGroup: true, isSelf: false })).toBe(true);
    expect(canProposePlacement(actorWith('member'), { groupRole: 'chair', hasGroup: true, isSelf: false })).toBe(true);
    expect(canProposePlacement(actorWith('member'), { groupRole: 'observer', hasGroup: true, isSelf: true })).toBe(
      false,
    );
    expect(canProposePlacement(actorWith('member'), { groupRole: null, hasGroup: true, isSelf: true })).toBe(false);
    expect(canProposePlacement(actorWith('member'), { groupRole: null, hasGroup: false, isSelf: true })).toBe(true);
    expect(canProposePlacement(actorWith('member'), { groupRole: null, hasGroup: false, isSelf: false })).toBe(false);
  });
});

describe('placement permissions', () => {
  const none: PlacementRelation = { groupRole: null, isPerson: false, isProposer: false };
  const record = (extra: Partial<PlacementPermissionRecord> = {}): PlacementPermissionRecord => ({
    status: 'voorgesteld',
    groupId: 'g',
    groupStatus: 'actief',
    pendingExtension: false,
    homeOrganisationId: 'o',
    hostOrganisationId: 'x',
    createdBy: 'p',
    consents: [],
    extensionOnTime: true,
    ...extra,
  });
  const allowed = (
    globalRole: GlobalRole,
    relation: PlacementRelation,
    extra: Partial<PlacementPermissionRecord> = {},
  ) =>
    Object.entries(placementPermissions(actorWith(globalRole), relation, record(extra)))
      .filter(([, may]) => may === true)
      .map(([name]) => name)
      .sort();

  it('offers an approver each lifecycle step its status allows', () => {
    const chair = { ...none, groupRole: 'chair' as const };
    expect(allowed('member', chair, { status: 'voorgesteld' })).toEqual([
      'canAbort',
      'canConsent',
      'canEdit',
      'canEditPeriod',
    ]);
    expect(allowed('member', chair, { status: 'goedgekeurd' })).toEqual([
      'canAbort',
      'canActivate',
      'canEdit',
      'canRequestExtension',
    ]);
    expect(allowed('member', chair, { status: 'actief' })).toEqual([
      'canAbort',
      'canComplete',
      'canEdit',
      'canRequestExtension',
    ]);
    expect(allowed('member', chair, { status: 'afgerond' })).toEqual(['canDebrief']);
    expect(allowed('member', chair, { status: 'afgebroken' })).toEqual(['canDebrief']);
  });

  it('lets editors edit and debrief, but take no lifecycle step', () => {
    expect(allowed('member', { ...none, groupRole: 'member' }, { status: 'voorgesteld' })).toEqual([
      'canConsent',
      'canEdit',
      'canEditPeriod',
    ]);
    for (const relation of [
      { ...none, groupRole: 'member' as const },
      { ...none, isPerson: true },
      { ...none, isProposer: true },
    ]) {
      if (relation.groupRole === null)
        expect(allowed('member', relation, { status: 'voorgesteld' })).toEqual(['canEdit', 'canEditPeriod']);
      expect(allowed('member', relation, { status: 'actief' })).toEqual(['canEdit', 'canRequestExtension']);
      expect(allowed('member', relation, { status: 'afgerond' })).toEqual(['canDebrief']);
    }
  });

  it('gives observers nothing to do', () => {
    for (const status of placementStatuses)
      expect(allowed('member', { ...none, groupRole: 'observer' }, { status })).toEqual([]);
  });

  it('does not offer an extension request after the notice deadline, except to admins', () => {
    const chair = { ...none, groupRole: 'chair' as const };
    expect(allowed('member', chair, { status: 'actief', extensionOnTime: false })).toEqual([
      'canAbort',
      'canComplete',
      'canEdit',
    ]);
    expect(allowed('management', none, { status: 'actief', extensionOnTime: false })).not.toContain(
      'canRequestExtension',
    );
    expect(allowed('admin', none, { status: 'actief', extensionOnTime: false })).toContain('canRequestExtension');
  });

  it('offers one extension request at a time, and the deadline override to admins only', () => {
    expect(allowed('management', none, { status: 'actief', pendingExtension: true })).toEqual([
      'canAbort',
      'canComplete',
      'canEdit',
    ]);
    expect(allowed('admin', none, { status: 'actief' })).toEqual([
      'canAbort',
      'canComplete',
      'canEdit',
      'canOverrideExtensionDeadline',
      'canRequestExtension',
    ]);
  });
});

describe('consent to a placement', () => {
  const member: PlacementRelation = { groupRole: 'member', isPerson: false, isProposer: false };
  const record = (extra: Partial<PlacementPermissionRecord> = {}): PlacementPermissionRecord => ({
    status: 'voorgesteld',
    groupId: 'g',
    groupStatus: 'actief',
    pendingExtension: false,
    extensionOnTime: true,
    homeOrganisationId: 'o',
    hostOrganisationId: 'x',
    createdBy: 'p',
    consents: [],
    ...extra,
  });
  const consentOf = (actor: Actor, extra: Partial<PlacementPermissionRecord> = {}, relation = member) => {
    const { canConsent, consentFor, consentOnBehalfFor, consentRefusal } = placementPermissions(
      actor,
      relation,
      record(extra),
    );
    return { canConsent, consentFor, consentOnBehalfFor, consentRefusal };
  };

  it('lets a working member consent for their own organisation only', () => {
    expect(consentOf(actorWith('member'))).toEqual({
      canConsent: true,
      consentFor: ['o'],
      consentOnBehalfFor: [],
      consentRefusal: null,
    });
    expect(consentOf({ ...actorWith('member'), organisationId: 'elsewhere' }).canConsent).toBe(false);
  });

  it('refuses the proposer, and explains why', () => {
    expect(consentOf({ ...actorWith('member'), userId: 'p' })).toEqual({
      canConsent: false,
      consentFor: [],
      consentOnBehalfFor: [],
      consentRefusal: 'OWN_PROPOSAL',
    });
  });

  it('offers an admin the other organisation on behalf, and nothing once consented or approved', () => {
    expect(consentOf(actorWith('admin'), {}, { ...member, groupRole: null })).toMatchObject({
      consentFor: ['o'],
      consentOnBehalfFor: ['x'],
    });
    expect(consentOf(actorWith('member'), { consents: [{ organisationId: 'o', userId: 'h' }] }).canConsent).toBe(false);
    // The proposer's own consent (from before this rule) does not count.
    expect(consentOf(actorWith('member'), { consents: [{ organisationId: 'o', userId: 'p' }] }).canConsent).toBe(true);
    expect(consentOf(actorWith('member'), { status: 'goedgekeurd' }).canConsent).toBe(false);
  });
});

describe('groups a placement form offers', () => {
  const groups = [
    { id: 'chair', myRole: 'chair' as const, status: 'actief' },
    { id: 'member', myRole: 'member' as const, status: 'actief' },
    { id: 'observer', myRole: 'observer' as const, status: 'actief' },
    { id: 'other', myRole: null, status: 'actief' },
    { id: 'archived', myRole: 'chair' as const, status: 'gearchiveerd' },
  ];
  const ids = (globalRole: GlobalRole, linked: string | null = null) =>
    placementGroupChoices(actorWith(globalRole), groups, linked).map((g) => g.id);

  it('offers management and admins every open group, and others the open groups they work in', () => {
    expect(ids('admin')).toEqual(['chair', 'member', 'observer', 'other']);
    expect(ids('management')).toEqual(['chair', 'member', 'observer', 'other']);
    expect(ids('member')).toEqual(['chair', 'member']);
  });

  it('offers only groups the person may propose in, plus the group already linked', () => {
    for (const group of groups.filter((g) => ids('member').includes(g.id))) {
      expect(canProposePlacement(actorWith('member'), { groupRole: group.myRole, hasGroup: true, isSelf: false })).toBe(
        true,
      );
    }
    expect(ids('member', 'observer')).toEqual(['chair', 'member', 'observer']);
    expect(ids('member', 'member')).toEqual(['chair', 'member']);
  });
});
