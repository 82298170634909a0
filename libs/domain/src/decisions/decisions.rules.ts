import type { GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import { decisionsErrors } from './decisions.errors';
import type { DecisionCondition } from './decisions.schema';
import type { DecisionOutcome, DecisionStatus } from './decisions.constants';

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

/** Withdrawn: closed, with the reason kept; public only when it had been vastgesteld before. */
export const withdrawnDecisionStatus: DecisionStatus = 'ingetrokken';

/** Withdrawing asks for a reason, and only the chair (or an admin) may. */
export function isWithdrawal(to: DecisionStatus): boolean {
  return to === withdrawnDecisionStatus;
}

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

export function assertDecisionTransition(
  from: DecisionStatus,
  to: DecisionStatus,
  context: DecisionTransitionContext,
): void {
  if (isDecisionClosed(from)) throw new DomainError(decisionsErrors.DECISION_CLOSED);
  if (!canTransitionDecision(from, to)) throw new DomainError('INVALID_STATUS_TRANSITION', { field: 'status' });
  if (to === 'vervangen' && !context.viaSuccessor)
    throw new DomainError('INVALID_STATUS_TRANSITION', { field: 'status' });
  if (to === 'vastgesteld' && context.missingSignOffs.length > 0)
    throw new DomainError(decisionsErrors.SIGN_OFFS_MISSING);
  if (isWithdrawal(to) && context.reason.trim() === '')
    throw new DomainError(decisionsErrors.WITHDRAWAL_REASON_REQUIRED, { field: 'reason' });
}

/** What a status change writes besides the status itself. */
export interface DecisionStatusEffect {
  /** The decision this one replaces once vastgesteld: it becomes vervangen in the same step. */
  supersedes: string | null;
  /** The first time a decision is vastgesteld it is published to the whole framework. */
  publish: boolean;
  /** Withdrawing keeps the reason with the decision. */
  recordReason: boolean;
}

export function effectOfStatusChange(
  to: DecisionStatus,
  decision: { publishedAt: Date | null; supersedesId: string | null },
): DecisionStatusEffect {
  const establishes = to === 'vastgesteld';
  return {
    supersedes: establishes ? decision.supersedesId : null,
    publish: establishes && decision.publishedAt === null,
    recordReason: isWithdrawal(to),
  };
}

export function assertDecisionEditable(status: DecisionStatus): void {
  if (isDecisionClosed(status)) throw new DomainError(decisionsErrors.DECISION_CLOSED);
}

// ---------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------

/** Conditions belong to "allowed under conditions", which needs at least one. */
export function assertOutcomeConditions(outcome: DecisionOutcome, conditions: readonly DecisionCondition[]): void {
  if (outcome === 'ALLOWED_WITH_CONDITIONS' && conditions.length === 0) {
    throw new DomainError(decisionsErrors.CONDITIONS_REQUIRED, { field: 'conditions' });
  }
  if (outcome !== 'ALLOWED_WITH_CONDITIONS' && conditions.length > 0) {
    throw new DomainError(decisionsErrors.CONDITIONS_NOT_EXPECTED, { field: 'conditions' });
  }
}

export function assertKnownConditionCodes(
  conditions: readonly DecisionCondition[],
  knownCodes: readonly string[],
): void {
  if (conditions.some((condition) => condition.code !== null && !knownCodes.includes(condition.code))) {
    throw new DomainError(decisionsErrors.UNKNOWN_STANDARD_CONDITION, { field: 'conditions' });
  }
}

export function assertSharingRulesValid(
  rules: readonly { fromOrganisationId: string; toOrganisationId: string }[],
): void {
  rules.forEach((rule, index) => {
    if (rule.fromOrganisationId === rule.toOrganisationId) {
      throw new DomainError(decisionsErrors.SHARING_SAME_ORGANISATION, {
        field: `sharingRules.${index}.toOrganisationId`,
      });
    }
  });
}

export function assertDecisionOrganisationsInGroup(
  organisationIds: readonly string[],
  groupOrganisationIds: readonly string[],
): void {
  if (organisationIds.some((id) => !groupOrganisationIds.includes(id))) {
    throw new DomainError(decisionsErrors.DECISION_ORGANISATION_NOT_IN_GROUP, { field: 'organisationIds' });
  }
}

/**
 * Consequences per organisation are for organisations the decision concerns,
 * at most one text each (the joint text covers the others).
 */
export function assertConsequencesForConcernedOrganisations(
  consequences: readonly { organisationId: string }[],
  organisationIds: readonly string[],
): void {
  const ids = consequences.map((c) => c.organisationId);
  if (ids.some((id) => !organisationIds.includes(id)) || new Set(ids).size !== ids.length) {
    throw new DomainError(decisionsErrors.CONSEQUENCE_ORGANISATION_NOT_CONCERNED, {
      field: 'organisationConsequences',
    });
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
  return JSON.stringify(
    Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]),
  );
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

export function missingSignOffs(
  concernedOrganisationIds: readonly string[],
  signedOrganisationIds: readonly string[],
): string[] {
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
  if (attempt.groupRole === 'observer') throw new DomainError(decisionsErrors.OBSERVER_CANNOT_SIGN);
  if (!attempt.concernedOrganisationIds.includes(attempt.actorOrganisationId)) {
    throw new DomainError(decisionsErrors.ORGANISATION_NOT_CONCERNED);
  }
  if (attempt.status !== 'voorgesteld') throw new DomainError(decisionsErrors.NOT_PROPOSED);
  if (attempt.signedOrganisationIds.includes(attempt.actorOrganisationId))
    throw new DomainError(decisionsErrors.ALREADY_SIGNED);
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
    throw new DomainError(decisionsErrors.SUPERSEDE_SELF, { field: 'supersedesId' });
  }
  if (successor.groupId !== predecessor.groupId)
    throw new DomainError(decisionsErrors.SUPERSEDE_OTHER_GROUP, { field: 'supersedesId' });
  if (predecessor.supersededById !== null && predecessor.supersededById !== successor.id) {
    throw new DomainError(decisionsErrors.ALREADY_SUPERSEDED, { field: 'supersedesId' });
  }
  if (predecessor.status !== 'vastgesteld') {
    throw new DomainError(decisionsErrors.SUPERSEDE_NOT_ESTABLISHED, { field: 'supersedesId' });
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
  if (reviewNeededAt === null) throw new DomainError(decisionsErrors.NO_REVIEW_NEEDED);
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
