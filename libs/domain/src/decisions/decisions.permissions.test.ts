import { describe, expect, it } from 'vitest';
import type { Actor, GroupRole } from '../access/roles';
import {
  assertCanCreateDecision,
  assertCanReadDecision,
  assertCanRequestDecisionStatus,
  canEditDecision,
  canReadDecision,
  canWithdrawDecision,
  decisionsPermissions,
  decisionStateNotice,
  isDecisionPublic,
  type DecisionPermissionRef,
  type DecisionRelation,
} from './decisions.permissions';
import type { DecisionStatus } from './decisions.constants';

const actor = (globalRole: Actor['globalRole'], organisationId = 'def'): Actor => ({
  userId: 'u',
  organisationId,
  globalRole,
});
const published = new Date('2026-01-01T00:00:00Z');
const refused = (code: string) => expect.objectContaining({ code });

describe('decision visibility', () => {
  it.each([
    ['concept', null, false],
    ['voorgesteld', null, false],
    ['vastgesteld', published, true],
    ['vervangen', published, true],
    ['ingetrokken', published, true],
    ['ingetrokken', null, false],
  ] as const)('%s (published %s) is public: %s', (status, publishedAt, expected) => {
    expect(isDecisionPublic({ status, publishedAt })).toBe(expected);
  });

  const roles: [string, Actor, GroupRole | null, boolean][] = [
    ['outsider', actor('member'), null, false],
    ['observer', actor('member'), 'observer', true],
    ['member', actor('member'), 'member', true],
    ['chair', actor('member'), 'chair', true],
    ['management', actor('management'), null, true],
    ['admin', actor('admin'), null, true],
  ];
  it.each(roles)('a draft is readable by %s: %s', (_name, who, role, expected) => {
    const draft = { status: 'voorgesteld' as const, publishedAt: null };
    expect(canReadDecision(who, role, draft)).toBe(expected);
    if (expected) expect(() => assertCanReadDecision(who, role, draft)).not.toThrow();
    else expect(() => assertCanReadDecision(who, role, draft)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
  it.each(roles)('a vastgesteld decision is readable by %s', (_name, who, role) => {
    expect(canReadDecision(who, role, { status: 'vastgesteld', publishedAt: published })).toBe(true);
  });

  it('lets only chairs and members edit, and chairs or admins withdraw', () => {
    expect(canEditDecision('chair')).toBe(true);
    expect(canEditDecision('member')).toBe(true);
    expect(canEditDecision('observer')).toBe(false);
    expect(canEditDecision(null)).toBe(false);
    expect(canWithdrawDecision(actor('member'), 'chair')).toBe(true);
    expect(canWithdrawDecision(actor('member'), 'member')).toBe(false);
    expect(canWithdrawDecision(actor('admin'), null)).toBe(true);
    expect(canWithdrawDecision(actor('management'), null)).toBe(false);
  });
});

describe('the notice for a decision state', () => {
  it.each([
    ['concept', null, 'draft'],
    ['voorgesteld', null, 'proposed'],
    ['vastgesteld', published, null],
    ['vervangen', published, 'superseded'],
    ['ingetrokken', published, 'withdrawn'],
    ['ingetrokken', null, 'withdrawn'],
  ] as const)('%s (published %s): %s', (status, publishedAt, expected) => {
    expect(decisionStateNotice({ status, publishedAt })).toBe(expected);
  });
});

describe('who may create a decision and request a status', () => {
  it.each<[string, Actor, GroupRole | null, string | null]>([
    ['an outsider', actor('member'), null, 'NOT_FOUND'],
    ['management without a role', actor('management'), null, 'FORBIDDEN'],
    ['an observer', actor('member'), 'observer', 'FORBIDDEN'],
    ['a member', actor('member'), 'member', null],
    ['a chair', actor('member'), 'chair', null],
  ])('%s creating a draft: %s', (_name, who, role, code) => {
    if (code === null) expect(() => assertCanCreateDecision(who, role)).not.toThrow();
    else expect(() => assertCanCreateDecision(who, role)).toThrow(refused(code));
  });

  const draft = { status: 'voorgesteld' as const, publishedAt: null };

  it('lets members propose and establish, but only chairs and admins withdraw', () => {
    expect(() => assertCanRequestDecisionStatus(actor('member'), 'member', draft, 'vastgesteld')).not.toThrow();
    expect(() => assertCanRequestDecisionStatus(actor('member'), 'member', draft, 'ingetrokken')).toThrow(
      refused('FORBIDDEN'),
    );
    expect(() => assertCanRequestDecisionStatus(actor('member'), 'chair', draft, 'ingetrokken')).not.toThrow();
    expect(() => assertCanRequestDecisionStatus(actor('admin'), null, draft, 'ingetrokken')).not.toThrow();
    expect(() => assertCanRequestDecisionStatus(actor('admin'), null, draft, 'concept')).toThrow(refused('FORBIDDEN'));
    expect(() => assertCanRequestDecisionStatus(actor('member'), null, draft, 'concept')).toThrow(refused('NOT_FOUND'));
  });
});

describe('decision permissions', () => {
  const member: DecisionRelation = { role: 'member', groupArchived: false, contributesElsewhere: false };
  const record = (status: DecisionStatus, over: Partial<DecisionPermissionRef> = {}): DecisionPermissionRef => ({
    status,
    reviewNeededAt: null,
    concernedOrganisationIds: ['def', 'pol'],
    signedOrganisationIds: [],
    ...over,
  });
  const granted = (permissions: object) =>
    Object.entries(permissions)
      .filter(([, allowed]) => allowed)
      .map(([name]) => name)
      .sort();

  it('gives a member of the group the moves of a concept', () => {
    expect(granted(decisionsPermissions(actor('member'), member, record('concept')))).toEqual([
      'canEdit',
      'canPropose',
      'canRecordTest',
    ]);
  });

  it('offers establishing only once every concerned organisation signed off', () => {
    const waiting = decisionsPermissions(
      actor('member'),
      member,
      record('voorgesteld', { signedOrganisationIds: ['pol'] }),
    );
    expect(waiting.canEstablish).toBe(false);
    expect(waiting.canSignOff).toBe(true);
    expect(waiting.canReturnToConcept).toBe(true);
    const signed = decisionsPermissions(
      actor('member'),
      member,
      record('voorgesteld', { signedOrganisationIds: ['pol', 'def'] }),
    );
    expect(signed.canEstablish).toBe(true);
    expect(signed.canSignOff).toBe(false);
  });

  it('lets the chair withdraw and a member supersede a vastgesteld decision, and mark a pending review', () => {
    const chair = decisionsPermissions(
      actor('member'),
      { ...member, role: 'chair' },
      record('vastgesteld', { reviewNeededAt: published }),
    );
    expect(chair.canWithdraw).toBe(true);
    expect(chair.canSupersede).toBe(true);
    expect(chair.canMarkReviewed).toBe(true);
    expect(chair.canPropose).toBe(false);
    expect(decisionsPermissions(actor('member'), member, record('vastgesteld')).canWithdraw).toBe(false);
  });

  it('gives nothing on a closed decision but recording where it was tested', () => {
    for (const status of ['vervangen', 'ingetrokken'] as const) {
      expect(granted(decisionsPermissions(actor('member'), { ...member, role: 'chair' }, record(status)))).toEqual([
        'canRecordTest',
      ]);
    }
  });

  it('gives nothing in an archived group', () => {
    const archived = { ...member, role: 'chair' as const, groupArchived: true };
    expect(
      granted(decisionsPermissions(actor('admin'), archived, record('voorgesteld', { reviewNeededAt: published }))),
    ).toEqual([]);
  });

  it('lets readers without a working role only record a test, and only when they work in another group', () => {
    const reader: DecisionRelation = { role: 'observer', groupArchived: false, contributesElsewhere: false };
    expect(granted(decisionsPermissions(actor('management'), reader, record('voorgesteld')))).toEqual([]);
    expect(
      granted(decisionsPermissions(actor('member'), { ...reader, contributesElsewhere: true }, record('vastgesteld'))),
    ).toEqual(['canRecordTest']);
    expect(granted(decisionsPermissions(actor('admin'), { ...reader, role: null }, record('vastgesteld')))).toEqual([
      'canWithdraw',
    ]);
  });
});
