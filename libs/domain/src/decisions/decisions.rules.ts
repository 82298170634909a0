import { isAdmin } from '../access/access.rules';
import type { Actor, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import { decisionErrors } from './decision.errors';
import type { DecisionCondition, DecisionOutcome, DecisionStatus } from './decision.schema';

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
  if (decision.status === 'vastgesteld' || decision.status === 'vervangen') return true;
  return decision.status === 'ingetrokken' && decision.publishedAt !== null;
}

/** Drafts: their group, management and admins. Public decisions: everyone signed in. */
export function canReadDecision(actor: Actor, groupRole: GroupRole | null, decision: DecisionVisibilityRef): boolean {
  if (isDecisionPublic(decision)) return true;
  return actor.globalRole === 'admin' || actor.globalRole === 'management' || groupRole !== null;
}

/** Outsiders get NOT_FOUND for drafts, so they cannot probe which drafts exist. */
export function assertCanReadDecision(actor: Actor, groupRole: GroupRole | null, decision: DecisionVisibilityRef): void {
  if (!canReadDecision(actor, groupRole, decision)) throw new DomainError('NOT_FOUND');
}

/** Drafting, proposing and establishing: chairs and members of the group. */
export function canEditDecision(groupRole: GroupRole | null): boolean {
  return groupRole === 'chair' || groupRole === 'member';
}

/** Withdrawing a decision: the group's chair, or an admin stepping in. */
export function canWithdrawDecision(actor: Actor, groupRole: GroupRole | null): boolean {
  return isAdmin(actor) || groupRole === 'chair';
}

export function assertCanEditDecision(actor: Actor, groupRole: GroupRole | null, decision: DecisionVisibilityRef): void {
  assertCanReadDecision(actor, groupRole, decision);
  if (!canEditDecision(groupRole)) throw new DomainError('FORBIDDEN');
}

// ---------------------------------------------------------------------------
// Lifecycle
// ---------------------------------------------------------------------------

const transitions: Record<DecisionStatus, readonly DecisionStatus[]> = {
  concept: ['voorgesteld', 'ingetrokken'],
  voorgesteld: ['concept', 'vastgesteld', 'ingetrokken'],
  vastgesteld: ['vervangen', 'ingetrokken'],
  vervangen: [],
  ingetrokken: [],
};

export function canTransitionDecision(from: DecisionStatus, to: DecisionStatus): boolean {
  return transitions[from].includes(to);
}

export function isDecisionClosed(status: DecisionStatus): boolean {
  return status === 'vervangen' || status === 'ingetrokken';
}

export interface DecisionTransitionContext {
  /** Organisations that still have to sign off (for vastgesteld). */
  missingSignOffs: readonly string[];
  /** Reason given by the user (for ingetrokken). */
  reason: string;
  /** vervangen is only reached through a successor being vastgesteld. */
  viaSuccessor?: boolean;
}

export function assertDecisionTransition(from: DecisionStatus, to: DecisionStatus, context: DecisionTransitionContext): void {
  if (isDecisionClosed(from)) throw new DomainError(decisionErrors.DECISION_CLOSED);
  if (!canTransitionDecision(from, to)) throw new DomainError('INVALID_STATUS_TRANSITION', { field: 'status' });
  if (to === 'vervangen' && !context.viaSuccessor) throw new DomainError('INVALID_STATUS_TRANSITION', { field: 'status' });
  if (to === 'vastgesteld' && context.missingSignOffs.length > 0) throw new DomainError(decisionErrors.SIGN_OFFS_MISSING);
  if (to === 'ingetrokken' && context.reason.trim() === '') throw new DomainError(decisionErrors.WITHDRAWAL_REASON_REQUIRED, { field: 'reason' });
}

export function assertDecisionEditable(status: DecisionStatus): void {
  if (isDecisionClosed(status)) throw new DomainError(decisionErrors.DECISION_CLOSED);
}

// ---------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------

/** Conditions belong to "allowed under conditions", which needs at least one. */
export function assertOutcomeConditions(outcome: DecisionOutcome, conditions: readonly DecisionCondition[]): void {
  if (outcome === 'ALLOWED_WITH_CONDITIONS' && conditions.length === 0) {
    throw new DomainError(decisionErrors.CONDITIONS_REQUIRED, { field: 'conditions' });
  }
  if (outcome !== 'ALLOWED_WITH_CONDITIONS' && conditions.length > 0) {
    throw new DomainError(decisionErrors.CONDITIONS_NOT_EXPECTED, { field: 'conditions' });
  }
}

export function assertKnownConditionCodes(conditions: readonly DecisionCondition[], knownCodes: readonly string[]): void {
  if (conditions.some((condition) => condition.code !== null && !knownCodes.includes(condition.code))) {
    throw new DomainError(decisionErrors.UNKNOWN_STANDARD_CONDITION, { field: 'conditions' });
  }
}

export function assertSharingRulesValid(rules: readonly { fromOrganisationId: string; toOrganisationId: string }[]): void {
  rules.forEach((rule, index) => {
    if (rule.fromOrganisationId === rule.toOrganisationId) {
      throw new DomainError(decisionErrors.SHARING_SAME_ORGANISATION, { field: `sharingRules.${index}.toOrganisationId` });
    }
  });
}

export function assertDecisionOrganisationsInGroup(organisationIds: readonly string[], groupOrganisationIds: readonly string[]): void {
  if (organisationIds.some((id) => !groupOrganisationIds.includes(id))) {
    throw new DomainError(decisionErrors.DECISION_ORGANISATION_NOT_IN_GROUP, { field: 'organisationIds' });
  }
}

/** The parts of a decision that the organisations sign off on. */
export interface DecisionRuling {
  outcome: DecisionOutcome;
  conditions: readonly DecisionCondition[];
  legalBasisIds: readonly string[];
  sharingRules: readonly Record<string, unknown>[];
  organisationIds: readonly string[];
}

function conditionKey(condition: DecisionCondition): string {
  return `${condition.code ?? ''}|${condition.text.trim()}`;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

function stableJson(value: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(value).sort().map((key) => [key, value[key]]));
}

/**
 * Sign-off covers the ruling: outcome, conditions, legal bases, the
 * information-sharing rules and who it concerns. Changing any of those means
 * the organisations have not agreed to what is there now. Order of conditions
 * and bases does not matter; wording of a condition does.
 */
export function isMaterialChange(before: DecisionRuling, after: DecisionRuling): boolean {
  if (before.outcome !== after.outcome) return true;
  if (!sameSet(before.conditions.map(conditionKey), after.conditions.map(conditionKey))) return true;
  if (before.conditions.length !== after.conditions.length) return true;
  if (!sameSet(before.legalBasisIds, after.legalBasisIds)) return true;
  if (!sameSet(before.organisationIds, after.organisationIds)) return true;
  const rulesBefore = before.sharingRules.map(stableJson);
  const rulesAfter = after.sharingRules.map(stableJson);
  return rulesBefore.length !== rulesAfter.length || rulesBefore.some((rule, index) => rule !== rulesAfter[index]);
}

export interface DecisionEditEffect {
  status: DecisionStatus;
  resetSignOffs: boolean;
}

/**
 * A material change resets sign-off; a vastgesteld decision whose ruling changes
 * is no longer agreed and goes back to voorgesteld. Other edits (context, tags,
 * review date) keep status and sign-offs.
 */
export function effectOfEdit(status: DecisionStatus, material: boolean): DecisionEditEffect {
  if (!material) return { status, resetSignOffs: false };
  return { status: status === 'vastgesteld' ? 'voorgesteld' : status, resetSignOffs: true };
}

// ---------------------------------------------------------------------------
// Sign-off per organisation
// ---------------------------------------------------------------------------

export function missingSignOffs(concernedOrganisationIds: readonly string[], signedOrganisationIds: readonly string[]): string[] {
  return concernedOrganisationIds.filter((id) => !signedOrganisationIds.includes(id));
}

export interface SignOffAttempt {
  actorOrganisationId: string;
  groupRole: GroupRole | null;
  status: DecisionStatus;
  concernedOrganisationIds: readonly string[];
  signedOrganisationIds: readonly string[];
}

/**
 * A chair or member of the group signs off for their own organisation, once per
 * organisation, while the decision is voorgesteld. Observers cannot.
 */
export function assertCanSignOff(attempt: SignOffAttempt): void {
  if (attempt.groupRole === null) throw new DomainError('FORBIDDEN');
  if (attempt.groupRole === 'observer') throw new DomainError(decisionErrors.OBSERVER_CANNOT_SIGN);
  if (!attempt.concernedOrganisationIds.includes(attempt.actorOrganisationId)) {
    throw new DomainError(decisionErrors.ORGANISATION_NOT_CONCERNED);
  }
  if (attempt.status !== 'voorgesteld') throw new DomainError(decisionErrors.NOT_PROPOSED);
  if (attempt.signedOrganisationIds.includes(attempt.actorOrganisationId)) throw new DomainError(decisionErrors.ALREADY_SIGNED);
}

export function canSignOff(attempt: SignOffAttempt): boolean {
  try {
    assertCanSignOff(attempt);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// Supersede chain
// ---------------------------------------------------------------------------

export interface SupersedeRef {
  id: string;
  groupId: string;
  status: DecisionStatus;
  supersededById: string | null;
}

/**
 * A new decision names the one it replaces when drafted, and checked again when
 * it is vastgesteld: the old one must then still be vastgesteld, in the same
 * group, and not already replaced by another.
 */
export function assertCanSupersede(successor: { id: string | null; groupId: string }, predecessor: SupersedeRef): void {
  if (successor.id !== null && successor.id === predecessor.id) {
    throw new DomainError(decisionErrors.SUPERSEDE_SELF, { field: 'supersedesId' });
  }
  if (successor.groupId !== predecessor.groupId) throw new DomainError(decisionErrors.SUPERSEDE_OTHER_GROUP, { field: 'supersedesId' });
  if (predecessor.supersededById !== null && predecessor.supersededById !== successor.id) {
    throw new DomainError(decisionErrors.ALREADY_SUPERSEDED, { field: 'supersedesId' });
  }
  if (predecessor.status !== 'vastgesteld') {
    throw new DomainError(decisionErrors.SUPERSEDE_NOT_ESTABLISHED, { field: 'supersedesId' });
  }
}

// ---------------------------------------------------------------------------
// Review flagging
// ---------------------------------------------------------------------------

/**
 * When a legal basis changes, every decision that cites it and is still in force
 * or in the making needs review; replaced and withdrawn ones are history.
 */
export function decisionsToFlagForReview(citing: readonly { id: string; status: DecisionStatus }[]): string[] {
  return citing.filter((decision) => !isDecisionClosed(decision.status)).map((decision) => decision.id);
}

export function assertReviewNeeded(reviewNeededAt: Date | null): void {
  if (reviewNeededAt === null) throw new DomainError(decisionErrors.NO_REVIEW_NEEDED);
}

// ---------------------------------------------------------------------------
// Open questions
// ---------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;

/** An UNCLEAR question that is not closed is open work. */
export function isOpenQuestion(decision: { outcome: DecisionOutcome; status: DecisionStatus }): boolean {
  return decision.outcome === 'UNCLEAR' && !isDecisionClosed(decision.status);
}

/** Whole days since the question was raised. */
export function openQuestionAgeDays(raisedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - raisedAt.getTime()) / DAY_MS));
}

// ---------------------------------------------------------------------------
// Where a decision was tested
// ---------------------------------------------------------------------------

export type DecisionTestTarget = { kind: 'scenario'; id: string } | { kind: 'exercise'; id: string };

/** A test link names exactly one scenario or one exercise, never both or neither. */
export function decisionTestTargetOf(ref: { scenarioId: string | null; exerciseId: string | null }): DecisionTestTarget {
  if (ref.scenarioId !== null && ref.exerciseId === null) return { kind: 'scenario', id: ref.scenarioId };
  if (ref.exerciseId !== null && ref.scenarioId === null) return { kind: 'exercise', id: ref.exerciseId };
  throw new DomainError(decisionErrors.ONE_TEST_TARGET, { field: 'scenarioId' });
}

/** The actor's footing in one of the two groups a test link joins. */
export interface TestLinkGroup {
  role: GroupRole | null;
  archived: boolean;
}

/**
 * Recording (or removing) that a decision was tested is for the chairs and members
 * of either group: the decision's, or the one that ran the scenario or exercise
 * (which may test another group's vastgesteld decision). An archived group no
 * longer counts; `target` is null when the scenario/exercise no longer exists.
 */
export function canRecordDecisionTest(decisionGroup: TestLinkGroup, target: TestLinkGroup | null): boolean {
  return [decisionGroup, target].some((group) => group !== null && canEditDecision(group.role) && !group.archived);
}

export function assertCanRecordDecisionTest(decisionGroup: TestLinkGroup, target: TestLinkGroup | null): void {
  if (canRecordDecisionTest(decisionGroup, target)) return;
  const contributes = [decisionGroup, target].some((group) => group !== null && canEditDecision(group.role));
  throw new DomainError(contributes ? 'GROUP_ARCHIVED' : 'FORBIDDEN');
}
