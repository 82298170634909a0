import { isSecondPerson } from '../access/acting.rules';
import { actingErrors } from '../access/acting.errors';
import type { Actor } from '../access/roles';
import { DomainError } from '../errors';
import { recommendationsErrors } from './recommendations.errors';
import type { VerificationEvidence } from './recommendations.schema';
import type { AddresseeState, RecommendationStatus } from './recommendations.constants';

/** Indicator ids of the conditions model, e.g. `3.1.b`. */
export const CONDITION_INDICATOR_PATTERN = /^\d+\.\d+\.[a-z]$/;

export function isConditionIndicatorId(value: string): boolean {
  return CONDITION_INDICATOR_PATTERN.test(value);
}

/**
 * voorgesteld → aanvaard | niet_aanvaard → in_uitvoering → uitgevoerd → geverifieerd,
 * and `vervallen` from any open state.
 */
const allowedTransitions: Record<RecommendationStatus, readonly RecommendationStatus[]> = {
  voorgesteld: ['aanvaard', 'niet_aanvaard', 'vervallen'],
  aanvaard: ['in_uitvoering', 'vervallen'],
  in_uitvoering: ['uitgevoerd', 'vervallen'],
  uitgevoerd: ['geverifieerd'],
  geverifieerd: [],
  niet_aanvaard: [],
  vervallen: [],
};

/** Still to be carried out: these can become overdue or lapse. */
export const openRecommendationStatuses: readonly RecommendationStatus[] = ['voorgesteld', 'aanvaard', 'in_uitvoering'];
/** Carried out (and possibly verified). */
export const implementedRecommendationStatuses: readonly RecommendationStatus[] = ['uitgevoerd', 'geverifieerd'];
/** Ended without being carried out. */
export const droppedRecommendationStatuses: readonly RecommendationStatus[] = ['niet_aanvaard', 'vervallen'];
/** Nothing more happens to these apart from notes. */
export const finalRecommendationStatuses: readonly RecommendationStatus[] = [
  'geverifieerd',
  'niet_aanvaard',
  'vervallen',
];

const statusesNeedingReason: readonly RecommendationStatus[] = ['niet_aanvaard', 'vervallen'];

export function isOpenRecommendationStatus(status: RecommendationStatus): boolean {
  return openRecommendationStatuses.includes(status);
}

export function nextRecommendationStatuses(from: RecommendationStatus): readonly RecommendationStatus[] {
  return allowedTransitions[from];
}

export function canTransitionRecommendation(from: RecommendationStatus, to: RecommendationStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** The status whose setting records the day (and, in the history, the person) of implementation. */
export const implementationStatus: RecommendationStatus = 'uitgevoerd';

/** Setting uitgevoerd records the day of implementation, and waits for every addressee's part. */
export function isImplementationStatus(status: RecommendationStatus | ''): boolean {
  return status === implementationStatus;
}

/** Verification (geverifieerd) needs evidence dated after the implementation. */
export function statusNeedsEvidence(status: RecommendationStatus | ''): boolean {
  return status === 'geverifieerd';
}

export function statusNeedsReason(to: RecommendationStatus): boolean {
  return statusesNeedingReason.includes(to);
}

/** Every addressee organisation has recorded its part as carried out. */
export function isJointlyCompleted(addresseeStates: readonly AddresseeState[]): boolean {
  return addresseeStates.length > 0 && addresseeStates.every((state) => state === addresseeDoneState);
}

export interface RecommendationStatusChange {
  from: RecommendationStatus;
  to: RecommendationStatus;
  reason: string;
  evidence: VerificationEvidence | null;
  /** The implementation state each addressee organisation recorded. */
  addresseeStates: readonly AddresseeState[];
  /** The date the recommendation became `uitgevoerd` (for `geverifieerd`), as YYYY-MM-DD. */
  implementedOn: string | null;
  /** Who set it to `uitgevoerd` (null when unknown), and who makes this change. */
  implementedBy: string | null;
  actor: Pick<Actor, 'userId'>;
}

/** Verifying is for a second person: not whoever recorded the recommendation as carried out. */
export function mayVerifyImplementation(actor: Pick<Actor, 'userId'>, implementedBy: string | null): boolean {
  return isSecondPerson(actor, implementedBy);
}

/** Checks one status change against the workflow and its conditions. */
export function assertRecommendationStatusChange(change: RecommendationStatusChange): void {
  if (!canTransitionRecommendation(change.from, change.to)) {
    throw new DomainError('INVALID_STATUS_TRANSITION', { field: 'status' });
  }
  if (statusNeedsReason(change.to) && change.reason.trim() === '') {
    throw new DomainError(recommendationsErrors.REASON_REQUIRED, { field: 'reason' });
  }
  if (change.to === 'uitgevoerd' && !isJointlyCompleted(change.addresseeStates)) {
    throw new DomainError(recommendationsErrors.JOINT_COMPLETION_PENDING, { field: 'status' });
  }
  if (statusNeedsEvidence(change.to)) {
    if (!mayVerifyImplementation(change.actor, change.implementedBy)) {
      throw new DomainError(actingErrors.SECOND_PERSON_REQUIRED, { field: 'status' });
    }
    assertVerificationEvidence(change.evidence, change.implementedOn);
  }
}

/** `geverifieerd` needs a later exercise, decision or document, and a note. */
export function assertVerificationEvidence(evidence: VerificationEvidence | null, implementedOn: string | null): void {
  if (!evidence || evidence.reference.trim() === '' || evidence.note.trim() === '') {
    throw new DomainError(recommendationsErrors.EVIDENCE_REQUIRED, { field: 'evidence' });
  }
  if (implementedOn !== null && evidence.date < implementedOn) {
    throw new DomainError(recommendationsErrors.EVIDENCE_TOO_EARLY, { field: 'evidence.date' });
  }
}

/**
 * Overdue: the due date has passed and the recommendation is still open
 * (not uitgevoerd, geverifieerd, vervallen or niet_aanvaard). Dates are YYYY-MM-DD.
 */
export function isRecommendationOverdue(
  recommendation: { dueDate: string | null; status: RecommendationStatus },
  today: string,
): boolean {
  return (
    recommendation.dueDate !== null &&
    recommendation.dueDate < today &&
    isOpenRecommendationStatus(recommendation.status)
  );
}

/** Verified, rejected and lapsed recommendations are closed to edits (notes still allowed). */
export function isRecommendationEditable(status: RecommendationStatus): boolean {
  return !finalRecommendationStatuses.includes(status);
}

export function assertRecommendationEditable(status: RecommendationStatus): void {
  if (!isRecommendationEditable(status)) {
    throw new DomainError(recommendationsErrors.RECOMMENDATION_CLOSED);
  }
}

/** Addressees may change only while the recommendation is open. */
export function assertAddresseesChangeable(
  status: RecommendationStatus,
  before: readonly string[],
  after: readonly string[],
): void {
  const same = before.length === after.length && before.every((id) => after.includes(id));
  if (!same && !isOpenRecommendationStatus(status)) {
    throw new DomainError(recommendationsErrors.ADDRESSEES_LOCKED, { field: 'addresseeOrganisationIds' });
  }
}

/** The statuses in which addressees record their implementation state: accepted, until it is carried out. */
export const addresseeProgressStatuses: readonly RecommendationStatus[] = ['aanvaard', 'in_uitvoering'];
/** The addressee state that counts as the organisation's part done. */
export const addresseeDoneState: AddresseeState = 'uitgevoerd';

/** An addressee records its implementation state once the recommendation is accepted and until it is carried out. */
export function isAddresseeProgressOpen(status: RecommendationStatus): boolean {
  return addresseeProgressStatuses.includes(status);
}

/** What a recommendation waits for: an addressed organisation's own state, or verification by a second person. */
export type RecommendationWait =
  { kind: 'organisation'; organisationId: string } | { kind: 'second_person'; notUserId: string | null };

/**
 * For whom a recommendation waits now: while it is being carried out, each
 * addressed organisation that has not recorded its part as done; once it is
 * uitgevoerd, a second person to verify it. Nothing otherwise.
 */
export function recommendationWaitingFor(
  record: { status: RecommendationStatus; implementedBy: string | null },
  states: readonly { organisationId: string; state: AddresseeState }[],
): RecommendationWait[] {
  if (isAddresseeProgressOpen(record.status)) {
    return states
      .filter((s) => s.state !== addresseeDoneState)
      .map((s) => ({ kind: 'organisation' as const, organisationId: s.organisationId }));
  }
  if (isImplementationStatus(record.status)) return [{ kind: 'second_person', notUserId: record.implementedBy }];
  return [];
}

export function assertAddresseeProgressAllowed(
  status: RecommendationStatus,
  addresseeIds: readonly string[],
  organisationId: string,
): void {
  if (!addresseeIds.includes(organisationId)) {
    throw new DomainError(recommendationsErrors.NOT_AN_ADDRESSEE, { field: 'organisationId' });
  }
  if (!isAddresseeProgressOpen(status)) {
    throw new DomainError(recommendationsErrors.ADDRESSEE_PROGRESS_CLOSED);
  }
}

/**
 * The addressees after an edit: kept organisations keep their state, new ones start open.
 */
export function mergeAddressees<T extends { organisationId: string; state: AddresseeState }>(
  existing: readonly T[],
  organisationIds: readonly string[],
): { kept: T[]; added: string[]; removed: T[] } {
  const kept = existing.filter((a) => organisationIds.includes(a.organisationId));
  const removed = existing.filter((a) => !organisationIds.includes(a.organisationId));
  const added = organisationIds.filter((id) => !existing.some((a) => a.organisationId === id));
  return { kept, added, removed };
}

/** Orders condition ids the way the thesis numbers them: 1.2.a < 1.10.a < 2. */
export function compareConditionIds(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    const diff = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

/** The Triad category (`1` willen, `2` kunnen, `3` mogen, `4` effective cooperation) of a condition id. */
export function conditionCategoryOf(conditionId: string): string {
  return conditionId.split('.')[0] ?? conditionId;
}

/** Whether a condition id falls under a filter (category, sub-variable or indicator). */
export function conditionMatchesFilter(conditionId: string, filter: string): boolean {
  return conditionId === filter || conditionId.startsWith(`${filter}.`);
}
