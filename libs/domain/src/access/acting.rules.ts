import { DomainError } from '../errors';
import { canContributeToGroup, isAdmin } from './access.rules';
import { actingErrors } from './acting.errors';
import type { Actor, GroupRole } from './roles';

/**
 * Who may act for which organisation: the one rule behind an addressee's own
 * state on a recommendation, and an organisation's consent to a placement or an
 * extension. An organisation speaks only for itself.
 *
 * - `own`: the actor belongs to the organisation and either works in the
 *   record's group (chair or member), or is its management (or an admin of it).
 * - `on_behalf`: an admin of another organisation; allowed only with a written
 *   reason (break-glass), which is stored and shown on the record.
 * - `null`: anybody else, including the other organisation's people.
 */
export type ActingFooting = 'own' | 'on_behalf' | null;

export function actingFooting(actor: Actor, groupRole: GroupRole | null, organisationId: string): ActingFooting {
  if (actor.organisationId === organisationId) {
    if (canContributeToGroup(groupRole) || actor.globalRole === 'management' || isAdmin(actor)) return 'own';
    return null;
  }
  return isAdmin(actor) ? 'on_behalf' : null;
}

/** Speaks for the organisation as one of its own (no reason needed). */
export function speaksForOrganisation(actor: Actor, groupRole: GroupRole | null, organisationId: string): boolean {
  return actingFooting(actor, groupRole, organisationId) === 'own';
}

/** The organisations (of those given) the actor speaks for as one of their own. */
export function organisationsSpokenFor(
  actor: Actor,
  groupRole: GroupRole | null,
  organisationIds: readonly string[],
): string[] {
  return organisationIds.filter((id) => actingFooting(actor, groupRole, id) === 'own');
}

/** The organisations (of those given) the actor may record for only on behalf, with a reason. */
export function organisationsActedForOnBehalf(
  actor: Actor,
  groupRole: GroupRole | null,
  organisationIds: readonly string[],
): string[] {
  return organisationIds.filter((id) => actingFooting(actor, groupRole, id) === 'on_behalf');
}

/**
 * Refuses whoever may not act for the organisation; an admin of another
 * organisation needs a reason. Returns the reason to store (null when acting
 * as one of its own).
 */
export function assertCanActFor(
  actor: Actor,
  groupRole: GroupRole | null,
  organisationId: string,
  onBehalfReason: string | null | undefined,
): { onBehalfReason: string | null } {
  const footing = actingFooting(actor, groupRole, organisationId);
  if (footing === 'own') return { onBehalfReason: null };
  if (footing === null) throw new DomainError(actingErrors.NOT_YOUR_ORGANISATION, { field: 'organisationId' });
  const reason = onBehalfReason?.trim() ?? '';
  if (reason === '') throw new DomainError(actingErrors.ON_BEHALF_REASON_REQUIRED, { field: 'onBehalfReason' });
  return { onBehalfReason: reason };
}

/** A second person: someone other than who proposed, requested or recorded the first step. */
export function isSecondPerson(actor: Pick<Actor, 'userId'>, firstUserId: string | null): boolean {
  return firstUserId === null || actor.userId !== firstUserId;
}

/** Nobody approves their own proposal (placement) or request (extension). */
export function assertNotOwnProposal(actor: Pick<Actor, 'userId'>, proposerId: string | null): void {
  if (!isSecondPerson(actor, proposerId)) throw new DomainError(actingErrors.OWN_PROPOSAL);
}

/** A consent given for one organisation. */
export interface ConsentRecord {
  organisationId: string;
  userId: string | null;
}

/**
 * The parties whose consent is still missing: each party counts once it has
 * consented by someone other than the proposer.
 */
export function missingConsents(
  parties: readonly string[],
  consents: readonly ConsentRecord[],
  proposerId: string | null,
): string[] {
  return parties.filter(
    (organisationId) =>
      !consents.some((c) => c.organisationId === organisationId && (proposerId === null || c.userId !== proposerId)),
  );
}

/** Every party has consented, each by someone other than the proposer. */
export function isFullyConsented(
  parties: readonly string[],
  consents: readonly ConsentRecord[],
  proposerId: string | null,
): boolean {
  return missingConsents(parties, consents, proposerId).length === 0;
}
