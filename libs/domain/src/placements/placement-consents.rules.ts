import {
  assertCanActFor,
  assertNotOwnProposal,
  isSecondPerson,
  missingConsents,
  organisationsActedForOnBehalf,
  organisationsSpokenFor,
  type ConsentRecord,
} from '../access/acting.rules';
import type { Actor, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import { assertExtensionDecidable, isExtensionPending } from './placement-extensions.rules';
import type { ExtensionStatus } from './placement-extensions.schema';
import { placementsErrors } from './placements.errors';
import type { PlacementStatus } from './placements.constants';

/**
 * A placement is approved only when both organisations consented, each by
 * someone other than the proposer; an extension likewise, by someone other
 * than the requester. Who may consent for an organisation is the shared acting
 * rule (`access/acting.rules.ts`).
 */

/** The status in which a placement waits for the organisations' consent. */
export const proposedPlacementStatus: PlacementStatus = 'voorgesteld';

export function awaitsPlacementConsent(status: PlacementStatus): boolean {
  return status === proposedPlacementStatus;
}

export interface PlacementParties {
  homeOrganisationId: string;
  hostOrganisationId: string;
}

export type PlacementSide = 'home' | 'host';

/** The two organisations that must consent: home first, then host. */
export function placementParties(placement: PlacementParties): string[] {
  return [placement.homeOrganisationId, placement.hostOrganisationId];
}

/** What a placement or extension waits for: the consent of its home or host organisation. */
export interface PlacementWait {
  kind: 'consent';
  side: PlacementSide;
  organisationId: string;
}

function waitsOf(parties: PlacementParties, consents: readonly ConsentRecord[], proposerId: string | null) {
  return missingConsents(placementParties(parties), consents, proposerId).map((organisationId): PlacementWait => ({
    kind: 'consent',
    side: organisationId === parties.homeOrganisationId ? 'home' : 'host',
    organisationId,
  }));
}

/** For whom a placement waits: while proposed, each organisation that has not consented yet. */
export function placementWaitingFor(
  placement: PlacementParties & { status: PlacementStatus; createdBy: string | null },
  consents: readonly ConsentRecord[],
): PlacementWait[] {
  return awaitsPlacementConsent(placement.status) ? waitsOf(placement, consents, placement.createdBy) : [];
}

/** For whom a pending extension waits: each organisation that has not consented yet. */
export function extensionWaitingFor(
  extension: { status: ExtensionStatus; createdBy: string | null },
  parties: PlacementParties,
  consents: readonly ConsentRecord[],
): PlacementWait[] {
  return isExtensionPending(extension) ? waitsOf(parties, consents, extension.createdBy) : [];
}

function assertParty(parties: PlacementParties, organisationId: string): void {
  if (!placementParties(parties).includes(organisationId)) {
    throw new DomainError(placementsErrors.NOT_A_PARTY, { field: 'organisationId' });
  }
}

function assertNotYetConsented(
  consents: readonly ConsentRecord[],
  organisationId: string,
  proposerId: string | null,
): void {
  if (!missingConsents([organisationId], consents, proposerId).includes(organisationId)) {
    throw new DomainError(placementsErrors.CONSENT_ALREADY_GIVEN, { field: 'organisationId' });
  }
}

/**
 * Checks one organisation's consent to a proposed placement; returns the
 * break-glass reason to store (null when the actor is one of its own).
 */
export function assertPlacementConsent(
  actor: Actor,
  groupRole: GroupRole | null,
  placement: PlacementParties & { status: PlacementStatus; createdBy: string | null },
  consents: readonly ConsentRecord[],
  input: { organisationId: string; onBehalfReason: string | null | undefined },
): { onBehalfReason: string | null } {
  if (!awaitsPlacementConsent(placement.status)) throw new DomainError(placementsErrors.PLACEMENT_NOT_AWAITING_CONSENT);
  assertParty(placement, input.organisationId);
  assertNotOwnProposal(actor, placement.createdBy);
  const footing = assertCanActFor(actor, groupRole, input.organisationId, input.onBehalfReason);
  assertNotYetConsented(consents, input.organisationId, placement.createdBy);
  return footing;
}

/**
 * Checks one organisation's decision on an extension request: a consent (not
 * by the requester, once per organisation) or a refusal.
 */
export function assertExtensionConsent(
  actor: Actor,
  groupRole: GroupRole | null,
  placement: PlacementParties & { status: PlacementStatus },
  extension: { status: ExtensionStatus; createdBy: string | null },
  consents: readonly ConsentRecord[],
  input: { organisationId: string; approve: boolean; onBehalfReason: string | null | undefined },
): { onBehalfReason: string | null } {
  assertExtensionDecidable(placement, extension, input.approve);
  assertParty(placement, input.organisationId);
  const footing = assertCanActFor(actor, groupRole, input.organisationId, input.onBehalfReason);
  if (input.approve) {
    assertNotOwnProposal(actor, extension.createdBy);
    assertNotYetConsented(consents, input.organisationId, extension.createdBy);
  }
  return footing;
}

/** What the actor may consent to now, as permissions return it. */
export interface ConsentPermissions {
  /** The organisations still to consent that the actor speaks for as one of their own. */
  consentFor: string[];
  /** Those an admin consents for only on behalf, with a reason. */
  consentOnBehalfFor: string[];
  /** Why the actor may not consent although they act for a waiting organisation. */
  consentRefusal: 'OWN_PROPOSAL' | null;
}

export function consentPermissions(
  actor: Actor,
  groupRole: GroupRole | null,
  parties: PlacementParties,
  proposerId: string | null,
  consents: readonly ConsentRecord[],
  open: boolean,
): ConsentPermissions {
  const missing = open ? missingConsents(placementParties(parties), consents, proposerId) : [];
  const own = organisationsSpokenFor(actor, groupRole, missing);
  const onBehalf = organisationsActedForOnBehalf(actor, groupRole, missing);
  const proposer = !isSecondPerson(actor, proposerId);
  return {
    consentFor: proposer ? [] : own,
    consentOnBehalfFor: proposer ? [] : onBehalf,
    consentRefusal: proposer && own.length + onBehalf.length > 0 ? 'OWN_PROPOSAL' : null,
  };
}
