import { canContributeToGroup, isAdmin, readsEveryGroup } from '../access/access.rules';
import type { Actor, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import {
  canSignOff,
  canTransitionDecision,
  isDecisionClosed,
  isWithdrawal,
  withdrawnDecisionStatus,
} from './decisions.rules';
import type { DecisionStatus, RequestableDecisionStatus } from './decisions.constants';

// ---------------------------------------------------------------------------
// Visibility
// ---------------------------------------------------------------------------

export interface DecisionVisibilityRef {
  status: DecisionStatus;
  /** When the decision first became vastgesteld; null while it never was. */
  publishedAt: Date | null;
}

/**
 * The framework is joint: once a decision has been vastgesteld everyone needs to
 * know it, so it (and what later replaced or withdrew it) is public to every
 * signed-in user. A draft that was withdrawn before it was ever vastgesteld stays
 * with its group.
 */
export function isDecisionPublic(decision: DecisionVisibilityRef): boolean {
  if (publicDecisionStatuses.includes(decision.status)) return true;
  return decision.status === withdrawnDecisionStatus && decision.publishedAt !== null;
}

/** The statuses in which a decision is public whatever came before (list queries filter on them). */
export const publicDecisionStatuses: readonly DecisionStatus[] = ['vastgesteld', 'vervangen'];

/** Drafts: their group, management and admins. Public decisions: everyone signed in. */
export function canReadDecision(actor: Actor, groupRole: GroupRole | null, decision: DecisionVisibilityRef): boolean {
  if (isDecisionPublic(decision)) return true;
  return readsEveryGroup(actor) || groupRole !== null;
}

/** Outsiders get NOT_FOUND for drafts, so they cannot probe which drafts exist. */
export function assertCanReadDecision(
  actor: Actor,
  groupRole: GroupRole | null,
  decision: DecisionVisibilityRef,
): void {
  if (!canReadDecision(actor, groupRole, decision)) throw new DomainError('NOT_FOUND');
}

/** What the detail page says about a decision's state: a draft, withdrawn, replaced, or nothing. */
export type DecisionStateNotice = 'draft' | 'proposed' | 'withdrawn' | 'superseded' | null;

export function decisionStateNotice(decision: DecisionVisibilityRef): DecisionStateNotice {
  if (isWithdrawal(decision.status)) return 'withdrawn';
  if (decision.status === 'vervangen') return 'superseded';
  if (isDecisionPublic(decision)) return null;
  // A proposed decision is no longer a draft: it waits for the organisations' sign-off.
  return decision.status === 'voorgesteld' ? 'proposed' : 'draft';
}

// ---------------------------------------------------------------------------
// Acting on a decision
// ---------------------------------------------------------------------------

/** Drafting, proposing and establishing: chairs and members of the group. */
export function canEditDecision(groupRole: GroupRole | null): boolean {
  return canContributeToGroup(groupRole);
}

/** Withdrawing a decision: the group's chair, or an admin stepping in. */
export function canWithdrawDecision(actor: Actor, groupRole: GroupRole | null): boolean {
  return isAdmin(actor) || groupRole === 'chair';
}

export function assertCanEditDecision(
  actor: Actor,
  groupRole: GroupRole | null,
  decision: DecisionVisibilityRef,
): void {
  assertCanReadDecision(actor, groupRole, decision);
  if (!canEditDecision(groupRole)) throw new DomainError('FORBIDDEN');
}

/** A new decision starts as a draft of the group: outsiders get NOT_FOUND, readers without a working role FORBIDDEN. */
export function assertCanCreateDecision(actor: Actor, groupRole: GroupRole | null): void {
  assertCanEditDecision(actor, groupRole, { status: 'concept', publishedAt: null });
}

/** Withdrawing is the chair's (or an admin's); every other move is for those who edit the decision. */
export function assertCanRequestDecisionStatus(
  actor: Actor,
  groupRole: GroupRole | null,
  decision: DecisionVisibilityRef,
  to: RequestableDecisionStatus,
): void {
  if (!isWithdrawal(to)) {
    assertCanEditDecision(actor, groupRole, decision);
    return;
  }
  if (!canWithdrawDecision(actor, groupRole)) throw new DomainError('FORBIDDEN');
}

// ---------------------------------------------------------------------------
// Permissions as data
// ---------------------------------------------------------------------------

/** The actor's footing towards one decision. */
export interface DecisionRelation {
  /** The actor's role in the decision's group; null when not a member. */
  role: GroupRole | null;
  /** Whether the decision's group is archived: then nothing changes any more. */
  groupArchived: boolean;
  /** Whether the actor is chair or member of any open group (whose scenarios may test the decision). */
  contributesElsewhere: boolean;
}

/** What of a decision its permissions look at. */
export interface DecisionPermissionRef {
  status: DecisionStatus;
  reviewNeededAt: Date | null;
  /** The organisations the decision concerns, and those that signed it off. */
  concernedOrganisationIds: readonly string[];
  signedOrganisationIds: readonly string[];
}

/** What the actor may do to a decision now; the detail page shows exactly these buttons. */
export interface DecisionPermissions {
  canEdit: boolean;
  canPropose: boolean;
  canReturnToConcept: boolean;
  canEstablish: boolean;
  canWithdraw: boolean;
  canSignOff: boolean;
  canMarkReviewed: boolean;
  canSupersede: boolean;
  /** Chairs and members of the decision's group, or of any group whose scenarios may test it. */
  canRecordTest: boolean;
}

export function decisionsPermissions(
  actor: Actor,
  relation: DecisionRelation,
  decision: DecisionPermissionRef,
): DecisionPermissions {
  const open = !relation.groupArchived;
  const works = open && canEditDecision(relation.role);
  const editable = works && !isDecisionClosed(decision.status);
  const allSigned = decision.concernedOrganisationIds.every((id) => decision.signedOrganisationIds.includes(id));
  return {
    canEdit: editable,
    canPropose: editable && canTransitionDecision(decision.status, 'voorgesteld'),
    canReturnToConcept: editable && canTransitionDecision(decision.status, 'concept'),
    canEstablish: editable && canTransitionDecision(decision.status, 'vastgesteld') && allSigned,
    canWithdraw: open && canWithdrawDecision(actor, relation.role) && !isDecisionClosed(decision.status),
    canSignOff:
      open &&
      canSignOff({
        actorOrganisationId: actor.organisationId,
        groupRole: relation.role,
        status: decision.status,
        concernedOrganisationIds: decision.concernedOrganisationIds,
        signedOrganisationIds: decision.signedOrganisationIds,
      }),
    canMarkReviewed: editable && decision.reviewNeededAt !== null,
    canSupersede: works && decision.status === 'vastgesteld',
    canRecordTest: works || relation.contributesElsewhere,
  };
}
