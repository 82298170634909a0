import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  actingFooting,
  assertCanActFor,
  assertNotOwnProposal,
  isFullyConsented,
  isSecondPerson,
  missingConsents,
  organisationsActedForOnBehalf,
  organisationsSpokenFor,
  speaksForOrganisation,
  type ActingFooting,
} from './acting.rules';
import { globalRoles, type Actor, type GlobalRole, type GroupRole } from './roles';

const OWN = 'org-own';
const OTHER = 'org-other';
const actor = (globalRole: GlobalRole): Actor => ({ userId: 'u', organisationId: OWN, globalRole });

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
}

describe('who may act for which organisation', () => {
  // Every global role × group role × relation to the organisation acted for.
  const table: [GlobalRole, GroupRole | null, 'own' | 'other', ActingFooting][] = [
    ['member', 'chair', 'own', 'own'],
    ['member', 'member', 'own', 'own'],
    ['member', 'observer', 'own', null],
    ['member', null, 'own', null],
    ['member', 'chair', 'other', null],
    ['member', 'member', 'other', null],
    ['member', 'observer', 'other', null],
    ['member', null, 'other', null],
    ['management', 'chair', 'own', 'own'],
    ['management', 'member', 'own', 'own'],
    ['management', 'observer', 'own', 'own'],
    ['management', null, 'own', 'own'],
    ['management', 'chair', 'other', null],
    ['management', 'member', 'other', null],
    ['management', 'observer', 'other', null],
    ['management', null, 'other', null],
    ['admin', 'chair', 'own', 'own'],
    ['admin', 'member', 'own', 'own'],
    ['admin', 'observer', 'own', 'own'],
    ['admin', null, 'own', 'own'],
    ['admin', 'chair', 'other', 'on_behalf'],
    ['admin', 'member', 'other', 'on_behalf'],
    ['admin', 'observer', 'other', 'on_behalf'],
    ['admin', null, 'other', 'on_behalf'],
  ];

  it('covers every role, group role and relation', () => {
    expect(table).toHaveLength(globalRoles.length * 4 * 2);
  });

  it.each(table)('%s with group role %s acting for the %s organisation: %s', (global, group, relation, footing) => {
    const organisationId = relation === 'own' ? OWN : OTHER;
    expect(actingFooting(actor(global), group, organisationId)).toBe(footing);
    expect(speaksForOrganisation(actor(global), group, organisationId)).toBe(footing === 'own');
    const withoutReason = codeOf(() => assertCanActFor(actor(global), group, organisationId, null));
    const withReason = codeOf(() => assertCanActFor(actor(global), group, organisationId, 'Storing bij Politie'));
    if (footing === 'own') {
      expect([withoutReason, withReason]).toEqual([null, null]);
    } else if (footing === 'on_behalf') {
      expect([withoutReason, withReason]).toEqual(['ON_BEHALF_REASON_REQUIRED', null]);
    } else {
      expect([withoutReason, withReason]).toEqual(['NOT_YOUR_ORGANISATION', 'NOT_YOUR_ORGANISATION']);
    }
  });

  it('stores the reason only when acting on behalf, trimmed, and refuses a blank one', () => {
    expect(assertCanActFor(actor('admin'), null, OTHER, '  Storing  ')).toEqual({ onBehalfReason: 'Storing' });
    expect(assertCanActFor(actor('member'), 'member', OWN, 'overbodig')).toEqual({ onBehalfReason: null });
    expect(codeOf(() => assertCanActFor(actor('admin'), null, OTHER, '   '))).toBe('ON_BEHALF_REASON_REQUIRED');
  });

  it('lists the organisations spoken for and those only on behalf', () => {
    expect(organisationsSpokenFor(actor('member'), 'member', [OWN, OTHER])).toEqual([OWN]);
    expect(organisationsSpokenFor(actor('member'), 'observer', [OWN, OTHER])).toEqual([]);
    expect(organisationsActedForOnBehalf(actor('member'), 'member', [OWN, OTHER])).toEqual([]);
    expect(organisationsActedForOnBehalf(actor('admin'), null, [OWN, OTHER])).toEqual([OTHER]);
  });
});

describe('a second person', () => {
  it('is anyone but the first person', () => {
    expect(isSecondPerson({ userId: 'a' }, 'a')).toBe(false);
    expect(isSecondPerson({ userId: 'b' }, 'a')).toBe(true);
    expect(isSecondPerson({ userId: 'b' }, null)).toBe(true);
    expect(codeOf(() => assertNotOwnProposal({ userId: 'a' }, 'a'))).toBe('OWN_PROPOSAL');
    expect(codeOf(() => assertNotOwnProposal({ userId: 'b' }, 'a'))).toBeNull();
  });

  it('counts a consent only when given by someone other than the proposer', () => {
    const parties = ['home', 'host'];
    expect(missingConsents(parties, [], 'p')).toEqual(['home', 'host']);
    expect(missingConsents(parties, [{ organisationId: 'home', userId: 'p' }], 'p')).toEqual(['home', 'host']);
    expect(missingConsents(parties, [{ organisationId: 'home', userId: 'h' }], 'p')).toEqual(['host']);
    expect(
      isFullyConsented(
        parties,
        [
          { organisationId: 'home', userId: 'h' },
          { organisationId: 'host', userId: 'g' },
        ],
        'p',
      ),
    ).toBe(true);
    expect(isFullyConsented(parties, [{ organisationId: 'host', userId: 'g' }], 'p')).toBe(false);
  });
});
