import { describe, expect, it } from 'vitest';
import type { Actor, GlobalRole, GroupRole } from '../access/roles';
import {
  approvalRefusal,
  assertCanApproveGlossaryTerm,
  assertCanEditGlossaryTerm,
  assertCanReadGlossaryTerm,
  canEditGlossaryTerm,
  canReadGlossaryTerm,
  canReadGlossaryTermAsMember,
  glossaryPermissions,
  type ApprovalAttempt,
  type GlossaryTermPermissionRef,
  type GlossaryTermPermissions,
  type GlossaryTermRelation,
} from './glossary.permissions';
import type { ApprovalRecord } from './glossary.rules';

const DEF = 'org-defensie';
const POL = 'org-politie';
const KMAR = 'org-kmar';

const refused = (code: string) => expect.objectContaining({ code });
const actor = (globalRole: GlobalRole, organisationId = DEF): Actor => ({ userId: 'u', organisationId, globalRole });
const approval = (organisationId: string, revision: number, userId = `u-${organisationId}`): ApprovalRecord => ({
  organisationId,
  userId,
  revision,
  approvedAt: new Date('2026-11-01T10:00:00Z'),
});

describe('reading and editing', () => {
  const roles: (GroupRole | null)[] = ['chair', 'member', 'observer', null];

  it('lets everyone signed in read unclassified terms', () => {
    for (const global of ['admin', 'management', 'member'] as GlobalRole[]) {
      for (const role of roles) expect(canReadGlossaryTerm(actor(global), 'ONGERUBRICEERD', role)).toBe(true);
    }
  });

  it('keeps classified terms to the maintaining group, management and admins', () => {
    expect(canReadGlossaryTerm(actor('member'), 'DEPARTEMENTAAL_VERTROUWELIJK', null)).toBe(false);
    expect(canReadGlossaryTerm(actor('member'), 'DEPARTEMENTAAL_VERTROUWELIJK', 'observer')).toBe(true);
    expect(canReadGlossaryTerm(actor('management'), 'DEPARTEMENTAAL_VERTROUWELIJK', null)).toBe(true);
    expect(canReadGlossaryTerm(actor('admin'), 'DEPARTEMENTAAL_VERTROUWELIJK', null)).toBe(true);
    expect(() => assertCanReadGlossaryTerm(actor('member'), 'DEPARTEMENTAAL_VERTROUWELIJK', null)).toThrow(
      refused('NOT_FOUND'),
    );
  });

  it('decides the same from membership alone (the marking index knows group ids, not roles)', () => {
    expect(canReadGlossaryTermAsMember(actor('member'), 'ONGERUBRICEERD', false)).toBe(true);
    expect(canReadGlossaryTermAsMember(actor('member'), 'DEPARTEMENTAAL_VERTROUWELIJK', false)).toBe(false);
    expect(canReadGlossaryTermAsMember(actor('member'), 'DEPARTEMENTAAL_VERTROUWELIJK', true)).toBe(true);
    expect(canReadGlossaryTermAsMember(actor('management'), 'DEPARTEMENTAAL_VERTROUWELIJK', false)).toBe(true);
    expect(canReadGlossaryTermAsMember(actor('admin'), 'DEPARTEMENTAAL_VERTROUWELIJK', false)).toBe(true);
  });

  it('lets only chairs and members of the maintaining group edit', () => {
    expect(roles.map((r) => canEditGlossaryTerm(r))).toEqual([true, true, false, false]);
    expect(() => assertCanEditGlossaryTerm('observer')).toThrow(refused('FORBIDDEN'));
    expect(() => assertCanEditGlossaryTerm('chair')).not.toThrow();
  });
});

describe('approving a term', () => {
  const attempt = (overrides: Partial<ApprovalAttempt>): ApprovalAttempt => ({
    status: 'voorgesteld',
    groupRole: 'member',
    actorOrganisationId: DEF,
    requiredOrganisationIds: [DEF, POL],
    approvals: [],
    currentRevision: 1,
    ...overrides,
  });

  it.each([
    ['a member of an involved organisation', {}, null],
    ['a chair', { groupRole: 'chair' as const }, null],
    ['an observer', { groupRole: 'observer' as const }, 'FORBIDDEN'],
    ['someone outside the maintaining group', { groupRole: null }, 'FORBIDDEN'],
    ['a term in bewerking', { status: 'in_bewerking' as const }, 'NOT_APPROVABLE'],
    ['a term already vastgesteld', { status: 'vastgesteld' as const }, 'NOT_APPROVABLE'],
    ['a retired term', { status: 'vervallen' as const }, 'NOT_APPROVABLE'],
    ['an organisation without a definition', { actorOrganisationId: KMAR }, 'ORGANISATION_NOT_INVOLVED'],
    [
      'a second approval from the same organisation',
      { approvals: [approval(DEF, 1, 'someone-else')] },
      'ALREADY_APPROVED',
    ],
    ['a new revision after an earlier approval', { approvals: [approval(DEF, 1)], currentRevision: 2 }, null],
    [
      'any member when only a joint definition exists',
      { requiredOrganisationIds: [], actorOrganisationId: KMAR },
      null,
    ],
  ])('approval by %s', (_label, overrides, expected) => {
    expect(approvalRefusal(attempt(overrides))).toBe(expected);
    if (expected === null) expect(() => assertCanApproveGlossaryTerm(attempt(overrides))).not.toThrow();
    else expect(() => assertCanApproveGlossaryTerm(attempt(overrides))).toThrow(refused(expected));
  });
});

describe('term permissions', () => {
  const member: GlossaryTermRelation = { role: 'member', groupArchived: false };
  const term = (over: Partial<GlossaryTermPermissionRef> = {}): GlossaryTermPermissionRef => ({
    status: 'voorgesteld',
    definitionRevision: 1,
    requiredOrganisationIds: [DEF, POL],
    approvals: [],
    ...over,
  });
  const only = (...names: (keyof GlossaryTermPermissions)[]): GlossaryTermPermissions => ({
    canEdit: names.includes('canEdit'),
    canChangeStatus: names.includes('canChangeStatus'),
    canApprove: names.includes('canApprove'),
    canComment: names.includes('canComment'),
    canResolveComments: names.includes('canResolveComments'),
  });

  it('lets a member of the maintaining group edit, move and approve a proposed term', () => {
    expect(glossaryPermissions(actor('member'), member, term())).toEqual(
      only('canEdit', 'canChangeStatus', 'canApprove', 'canComment', 'canResolveComments'),
    );
  });

  it('offers approval once per organisation and revision', () => {
    expect(glossaryPermissions(actor('member'), member, term({ approvals: [approval(DEF, 1)] })).canApprove).toBe(
      false,
    );
    expect(
      glossaryPermissions(actor('member'), member, term({ approvals: [approval(DEF, 1)], definitionRevision: 2 }))
        .canApprove,
    ).toBe(true);
    expect(glossaryPermissions(actor('member', KMAR), member, term()).canApprove).toBe(false);
  });

  it('keeps a retired term to status changes, and an archived group to comments', () => {
    expect(glossaryPermissions(actor('member'), member, term({ status: 'vervallen' }))).toEqual(
      only('canChangeStatus', 'canComment', 'canResolveComments'),
    );
    expect(glossaryPermissions(actor('member'), { ...member, groupArchived: true }, term())).toEqual(
      only('canComment'),
    );
  });

  it('lets observers, management and admins outside the group only comment', () => {
    for (const [who, role] of [
      [actor('member'), 'observer'],
      [actor('management'), null],
      [actor('admin'), null],
    ] as [Actor, GroupRole | null][]) {
      expect(glossaryPermissions(who, { role, groupArchived: false }, term())).toEqual(only('canComment'));
    }
  });
});
