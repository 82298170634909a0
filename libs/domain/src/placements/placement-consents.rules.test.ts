import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles';
import {
  assertExtensionConsent,
  assertPlacementConsent,
  extensionWaitingFor,
  placementWaitingFor,
} from './placement-consents.rules';
import { placementExtensionPermissions } from './placement-extensions.permissions';
import { codeOf } from './placements-test-helpers';

const HOME = 'def';
const HOST = 'pol';
const proposer: Actor = { userId: 'pieter', organisationId: HOME, globalRole: 'member' };
const homeColleague: Actor = { userId: 'henk', organisationId: HOME, globalRole: 'member' };
const hostMember: Actor = { userId: 'pauline', organisationId: HOST, globalRole: 'member' };
const admin: Actor = { userId: 'beheer', organisationId: HOME, globalRole: 'admin' };
const placement = {
  status: 'voorgesteld' as const,
  homeOrganisationId: HOME,
  hostOrganisationId: HOST,
  createdBy: 'pieter',
};

describe('placement consent', () => {
  const consent = (
    actor: Actor,
    organisationId: string,
    consents = [] as { organisationId: string; userId: string }[],
    reason: string | null = null,
  ) =>
    codeOf(() =>
      assertPlacementConsent(actor, 'member', placement, consents, { organisationId, onBehalfReason: reason }),
    );

  it('lets each organisation consent for itself only', () => {
    expect(consent(homeColleague, HOME)).toBeNull();
    expect(consent(hostMember, HOST)).toBeNull();
    expect(consent(homeColleague, HOST)).toBe('NOT_YOUR_ORGANISATION');
    expect(consent(hostMember, HOME)).toBe('NOT_YOUR_ORGANISATION');
    expect(consent(hostMember, 'kmar')).toBe('NOT_A_PARTY');
  });

  it('never lets the proposer approve their own proposal', () => {
    expect(consent(proposer, HOME)).toBe('OWN_PROPOSAL');
  });

  it('takes one consent per organisation, and none after approval', () => {
    expect(consent(homeColleague, HOME, [{ organisationId: HOME, userId: 'someone' }])).toBe('CONSENT_ALREADY_GIVEN');
    expect(
      codeOf(() =>
        assertPlacementConsent(homeColleague, 'member', { ...placement, status: 'goedgekeurd' }, [], {
          organisationId: HOME,
          onBehalfReason: null,
        }),
      ),
    ).toBe('PLACEMENT_NOT_AWAITING_CONSENT');
  });

  it('lets an admin consent for another organisation only with a reason', () => {
    expect(consent(admin, HOST)).toBe('ON_BEHALF_REASON_REQUIRED');
    expect(consent(admin, HOST, [], 'Politie-contact ziek, mondeling akkoord')).toBeNull();
  });

  it('waits for home and host until each consented by someone other than the proposer', () => {
    expect(placementWaitingFor(placement, [])).toEqual([
      { kind: 'consent', side: 'home', organisationId: HOME },
      { kind: 'consent', side: 'host', organisationId: HOST },
    ]);
    expect(placementWaitingFor(placement, [{ organisationId: HOME, userId: 'henk' }])).toEqual([
      { kind: 'consent', side: 'host', organisationId: HOST },
    ]);
    expect(placementWaitingFor(placement, [{ organisationId: HOME, userId: 'pieter' }])).toHaveLength(2);
    expect(placementWaitingFor({ ...placement, status: 'goedgekeurd' }, [])).toEqual([]);
  });
});

describe('extension consent', () => {
  const active = { ...placement, status: 'actief' as const };
  const request = { status: 'aangevraagd' as const, createdBy: 'henk' };
  const decide = (actor: Actor, organisationId: string, approve: boolean) =>
    codeOf(() =>
      assertExtensionConsent(actor, 'member', active, request, [], { organisationId, approve, onBehalfReason: null }),
    );

  it('needs both organisations, neither by the requester; either may refuse', () => {
    expect(decide(homeColleague, HOME, true)).toBe('OWN_PROPOSAL');
    expect(decide(homeColleague, HOME, false)).toBeNull();
    expect(decide(proposer, HOME, true)).toBeNull();
    expect(decide(hostMember, HOST, true)).toBeNull();
    expect(decide(hostMember, HOME, true)).toBe('NOT_YOUR_ORGANISATION');
    expect(extensionWaitingFor(request, active, [{ organisationId: HOST, userId: 'pauline' }])).toEqual([
      { kind: 'consent', side: 'home', organisationId: HOME },
    ]);
    expect(extensionWaitingFor({ ...request, status: 'goedgekeurd' }, active, [])).toEqual([]);
  });

  it('returns per organisation what the actor may decide', () => {
    const relation = { groupRole: 'member' as const, isPerson: false, isProposer: false };
    expect(placementExtensionPermissions(hostMember, relation, active, { ...request, consents: [] })).toEqual({
      canDecide: true,
      consentFor: [HOST],
      consentOnBehalfFor: [],
      consentRefusal: null,
    });
    expect(placementExtensionPermissions(homeColleague, relation, active, { ...request, consents: [] })).toEqual({
      canDecide: true,
      consentFor: [],
      consentOnBehalfFor: [],
      consentRefusal: 'OWN_PROPOSAL',
    });
  });
});
