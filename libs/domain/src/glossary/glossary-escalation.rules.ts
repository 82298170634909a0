import type { Actor, GroupRole } from '../access/roles';
import { assertCanCreateDecision, canEditDecision } from '../decisions/decisions.permissions';
import { isDecisionClosed } from '../decisions/decisions.rules';
import type { DecisionStatus } from '../decisions/decisions.constants';
import { DomainError } from '../errors';
import { glossaryErrors } from './glossary.errors';
import { isGlossaryCommentOpen, isRetiredGlossaryStatus } from './glossary.rules';
import type { GlossaryCommentStatus, GlossaryTermStatus } from './glossary.constants';

/**
 * A dispute about a term (a comment or change proposal) can become a concept
 * decision of the afwegingskader, drafted in the term's maintaining group.
 */
export interface EscalationRef {
  status: GlossaryCommentStatus;
  /** The decision it already became, if any. */
  decisionId: string | null;
}

/** Open and not yet escalated, by someone who may draft decisions in the maintaining group. */
export function canEscalateGlossaryComment(groupRole: GroupRole | null, comment: EscalationRef): boolean {
  return canEditDecision(groupRole) && isGlossaryCommentOpen(comment.status) && comment.decisionId === null;
}

export function assertCanEscalateGlossaryComment(actor: Actor, groupRole: GroupRole | null, comment: EscalationRef) {
  assertCanCreateDecision(actor, groupRole);
  if (comment.decisionId !== null) throw new DomainError(glossaryErrors.COMMENT_ALREADY_ESCALATED);
  if (!isGlossaryCommentOpen(comment.status)) throw new DomainError(glossaryErrors.COMMENT_ALREADY_RESOLVED);
}

/** Decided: vastgesteld, or closed (vervangen, ingetrokken). Until then the term shows "besluit in voorbereiding". */
export function isDecisionDecided(status: DecisionStatus): boolean {
  return status === 'vastgesteld' || isDecisionClosed(status);
}

// ---------------------------------------------------------------------------
// Review dates

/** A term still in use whose review date lies before today (`todayInNetherlands`) is flagged. */
export function isGlossaryReviewOverdue(
  term: { reviewDate: string | null; status: GlossaryTermStatus },
  today: string,
): boolean {
  return term.reviewDate !== null && term.reviewDate < today && !isRetiredGlossaryStatus(term.status);
}
