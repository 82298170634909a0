import { canContributeToGroup } from '../access/access.rules';
import { canEditRecommendation } from '../recommendations/recommendations.permissions';
import type { Actor, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import { placementErrors } from './placement.errors';
import type { AccessGrant, ClearanceLevel, PlacementStatus } from './placement.schema';
import { addMonths, compareDates, formatDutchDate, type IsoDate } from './placement-dates';

/** Months before the current end date by which an extension must be requested. */
export const EXTENSION_NOTICE_MONTHS = 3;
/** A placement "ends soon" in the coverage view when it ends within this many months. */
export const ENDING_SOON_MONTHS = 3;

export interface Period {
  startDate: IsoDate;
  endDate: IsoDate;
}

/** The end date must fall after the start date; both days belong to the placement. */
export function assertValidPeriod(period: Period): void {
  if (compareDates(period.endDate, period.startDate) <= 0) {
    throw new DomainError(placementErrors.PLACEMENT_END_BEFORE_START, { field: 'endDate' });
  }
}

/**
 * Periods include both their start and end day, so a placement ending on
 * 31 March overlaps one starting on 31 March; the next may start on 1 April.
 */
export function periodsOverlap(a: Period, b: Period): boolean {
  return compareDates(a.startDate, b.endDate) <= 0 && compareDates(b.startDate, a.endDate) <= 0;
}

/** Aborted placements no longer hold the person's time. */
export function occupiesPeriod(status: PlacementStatus): boolean {
  return status !== 'afgebroken';
}

export interface ExistingPlacement extends Period {
  id: string;
  status: PlacementStatus;
  hostUnit: string;
  hostOrganisationName: string;
}

export function findOverlappingPlacement<T extends ExistingPlacement>(
  candidate: Period & { id?: string | null },
  existing: readonly T[],
): T | null {
  return (
    existing.find((other) => other.id !== candidate.id && occupiesPeriod(other.status) && periodsOverlap(candidate, other)) ?? null
  );
}

/** Refuses an overlap with a message that names the clashing placement. */
export function assertNoOverlap(candidate: Period & { id?: string | null }, existing: readonly ExistingPlacement[]): void {
  const clash = findOverlappingPlacement(candidate, existing);
  if (clash) {
    throw new DomainError(placementErrors.PLACEMENT_OVERLAP, {
      field: 'startDate',
      params: { hostUnit: clash.hostUnit, hostOrganisation: clash.hostOrganisationName, startDate: clash.startDate, endDate: clash.endDate },
    });
  }
}

/** The lifecycle: voorgesteld → goedgekeurd → actief → afgerond, or afgebroken (with a reason) before it is closed. */
const transitions: Record<PlacementStatus, readonly PlacementStatus[]> = {
  voorgesteld: ['goedgekeurd', 'afgebroken'],
  goedgekeurd: ['actief', 'afgebroken'],
  actief: ['afgerond', 'afgebroken'],
  afgerond: [],
  afgebroken: [],
};

export function canTransitionPlacement(from: PlacementStatus, to: PlacementStatus): boolean {
  return transitions[from].includes(to);
}

export function assertPlacementTransition(from: PlacementStatus, to: PlacementStatus): void {
  if (canTransitionPlacement(from, to)) return;
  if (to === 'actief' && from === 'voorgesteld') throw new DomainError(placementErrors.PLACEMENT_NOT_APPROVED, { field: 'status' });
  throw new DomainError('INVALID_STATUS_TRANSITION', { field: 'status' });
}

export function isClosedStatus(status: PlacementStatus): boolean {
  return status === 'afgerond' || status === 'afgebroken';
}

/** Activation needs approval and may happen on the start date at the earliest. */
export function assertCanActivate(placement: { status: PlacementStatus; startDate: IsoDate }, today: IsoDate): void {
  assertPlacementTransition(placement.status, 'actief');
  if (compareDates(today, placement.startDate) < 0) {
    throw new DomainError(placementErrors.PLACEMENT_NOT_STARTED, { params: { startDate: placement.startDate } });
  }
}

/** Completing is for the last day or later; stopping earlier is aborting, with a reason. */
export function assertCanComplete(placement: { status: PlacementStatus; endDate: IsoDate }, today: IsoDate): void {
  assertPlacementTransition(placement.status, 'afgerond');
  if (compareDates(today, placement.endDate) < 0) throw new DomainError(placementErrors.PLACEMENT_NOT_ENDED);
}

/** Past its end date but not closed: it should be completed (or aborted). */
export function isOverdue(placement: { status: PlacementStatus; endDate: IsoDate }, today: IsoDate): boolean {
  return (placement.status === 'actief' || placement.status === 'goedgekeurd') && compareDates(today, placement.endDate) > 0;
}

/** Whether an approved placement is waiting for activation on or after its start date. */
export function isDueForActivation(placement: { status: PlacementStatus; startDate: IsoDate }, today: IsoDate): boolean {
  return placement.status === 'goedgekeurd' && compareDates(today, placement.startDate) >= 0;
}

/** The last day on which an extension may be requested without an override. */
export function extensionDeadline(currentEndDate: IsoDate): IsoDate {
  return addMonths(currentEndDate, -EXTENSION_NOTICE_MONTHS);
}

export function isExtensionOnTime(currentEndDate: IsoDate, today: IsoDate): boolean {
  return compareDates(today, extensionDeadline(currentEndDate)) <= 0;
}

/**
 * An extension needs a later end date and must be requested at least three
 * months before the current end date; only an admin may override that, with a
 * reason. Returns whether the override was used.
 */
export function assertExtensionRequest(
  actor: Actor,
  placement: { status: PlacementStatus; endDate: IsoDate },
  request: { newEndDate: IsoDate; overrideReason: string | null },
  today: IsoDate,
): { overridden: boolean } {
  if (placement.status !== 'goedgekeurd' && placement.status !== 'actief') {
    throw new DomainError(placementErrors.EXTENSION_NOT_ALLOWED);
  }
  if (compareDates(request.newEndDate, placement.endDate) <= 0) {
    throw new DomainError(placementErrors.EXTENSION_NOT_LATER, { field: 'newEndDate' });
  }
  if (isExtensionOnTime(placement.endDate, today)) return { overridden: false };
  const reason = request.overrideReason?.trim() ?? '';
  if (actor.globalRole === 'admin' && reason.length > 0) return { overridden: true };
  if (reason.length > 0) throw new DomainError(placementErrors.EXTENSION_OVERRIDE_ADMIN_ONLY, { field: 'overrideReason' });
  throw new DomainError(placementErrors.EXTENSION_TOO_LATE, {
    field: 'newEndDate',
    params: { deadline: extensionDeadline(placement.endDate) },
  });
}

/** After approval the period only changes through an approved extension. */
export function assertPeriodEditable(status: PlacementStatus, current: Period, next: Period): void {
  if (isClosedStatus(status)) throw new DomainError(placementErrors.PLACEMENT_CLOSED);
  const changed = current.startDate !== next.startDate || current.endDate !== next.endDate;
  if (changed && status !== 'voorgesteld') throw new DomainError(placementErrors.PLACEMENT_PERIOD_LOCKED, { field: 'startDate' });
}

export function assertDebriefAllowed(status: PlacementStatus): void {
  if (!isClosedStatus(status)) throw new DomainError(placementErrors.DEBRIEF_NOT_YET);
}

export function assertDifferentOrganisations(homeOrganisationId: string, hostOrganisationId: string): void {
  if (homeOrganisationId === hostOrganisationId) throw new DomainError(placementErrors.SAME_ORGANISATION, { field: 'hostOrganisationId' });
}

export interface AccessWarning {
  kind: 'clearance' | 'access';
  /** The system concerned, for an access grant. */
  system: string | null;
  expiresOn: IsoDate;
}

/**
 * Clearance or system access that lapses before the placement's last day is
 * flagged. Valid through the end date itself is enough.
 */
export function findAccessWarnings(placement: {
  endDate: IsoDate;
  clearanceLevel: ClearanceLevel;
  clearanceExpiresOn: IsoDate | null;
  accessGrants: readonly AccessGrant[];
}): AccessWarning[] {
  const warnings: AccessWarning[] = [];
  if (placement.clearanceLevel !== 'geen' && placement.clearanceExpiresOn && compareDates(placement.clearanceExpiresOn, placement.endDate) < 0) {
    warnings.push({ kind: 'clearance', system: null, expiresOn: placement.clearanceExpiresOn });
  }
  for (const grant of placement.accessGrants) {
    if (grant.expiresOn && compareDates(grant.expiresOn, placement.endDate) < 0) {
      warnings.push({ kind: 'access', system: grant.system, expiresOn: grant.expiresOn });
    }
  }
  return warnings;
}

/** Ends within the coming months (and has not ended yet). */
export function isEndingSoon(endDate: IsoDate, today: IsoDate): boolean {
  return compareDates(endDate, today) >= 0 && compareDates(endDate, addMonths(today, ENDING_SOON_MONTHS)) <= 0;
}

/* ---------- Access ---------- */

/** How the actor relates to one placement. */
export interface PlacementRelation {
  /** The actor's role in the placement's working group, if it has one. */
  groupRole: GroupRole | null;
  /** The actor is the person placed. */
  isPerson: boolean;
  /** The actor proposed it. */
  isProposer: boolean;
}

/** Management and admins see all; others the placements of their groups and their own. */
export function canReadPlacement(actor: Actor, relation: PlacementRelation): boolean {
  return (
    actor.globalRole === 'admin' ||
    actor.globalRole === 'management' ||
    relation.groupRole !== null ||
    relation.isPerson ||
    relation.isProposer
  );
}

/** Approval (and the other lifecycle steps) is for admins, management and the chair of the linked group. */
export function canApprovePlacement(actor: Actor, relation: PlacementRelation): boolean {
  return actor.globalRole === 'admin' || actor.globalRole === 'management' || relation.groupRole === 'chair';
}

/** Details are kept up to date by approvers, working members of the group, the proposer and the person. */
export function canEditPlacement(actor: Actor, relation: PlacementRelation): boolean {
  return canApprovePlacement(actor, relation) || canContributeToGroup(relation.groupRole) || relation.isPerson || relation.isProposer;
}

/**
 * Proposing: admins and management for anyone; inside a group its chair and
 * members; without a group, a user for themselves.
 */
export function canProposePlacement(actor: Actor, target: { groupRole: GroupRole | null; hasGroup: boolean; isSelf: boolean }): boolean {
  if (actor.globalRole === 'admin' || actor.globalRole === 'management') return true;
  if (target.hasGroup) return canContributeToGroup(target.groupRole);
  return target.isSelf;
}

export function assertCanReadPlacement(actor: Actor, relation: PlacementRelation): void {
  if (!canReadPlacement(actor, relation)) throw new DomainError('NOT_FOUND');
}

export function assertCanApprovePlacement(actor: Actor, relation: PlacementRelation): void {
  assertCanReadPlacement(actor, relation);
  if (!canApprovePlacement(actor, relation)) throw new DomainError('FORBIDDEN');
}

export function assertCanEditPlacement(actor: Actor, relation: PlacementRelation): void {
  assertCanReadPlacement(actor, relation);
  if (!canEditPlacement(actor, relation)) throw new DomainError('FORBIDDEN');
}

/* ---------- Debrief lessons → recommendations ---------- */

/** The register's `sourceReference` holds at most this many characters. */
const SOURCE_REFERENCE_MAX = 300;

/**
 * The short reference a recommendation made from a debrief lesson carries:
 * whose placement, where, and when, e.g.
 * "Debriefing liaisonplaatsing Jan Jansen bij Eenheid Oost, 1-3-2026 t/m 31-8-2026".
 */
export function lessonSourceReference(placement: { personName: string; hostUnit: string; startDate: IsoDate; endDate: IsoDate }): string {
  const period = `${formatDutchDate(placement.startDate)} t/m ${formatDutchDate(placement.endDate)}`;
  const reference = `Debriefing liaisonplaatsing ${placement.personName} bij ${placement.hostUnit}, ${period}`;
  if (reference.length <= SOURCE_REFERENCE_MAX) return reference;
  // Long names and units are cut in the middle; the period stays readable.
  const room = SOURCE_REFERENCE_MAX - period.length - 3;
  return `${reference.slice(0, room).trimEnd()}…, ${period}`;
}

export interface LessonPlan {
  /** Lessons kept word for word: same row (id, recommendation link), new position. */
  keep: { id: string; position: number }[];
  insert: { lesson: string; position: number }[];
  remove: string[];
}

/**
 * How a saved debrief changes the lessons. A lesson kept word for word keeps
 * its row, so the recommendation made from it still points at it (the register
 * links back by the lesson's id). A lesson that became a recommendation may not
 * be dropped or reworded.
 */
export function planLessons(previous: readonly { id: string; lesson: string; recommendationId: string | null }[], next: readonly string[]): LessonPlan {
  // Converted lessons are matched first, so a duplicate text never strands them.
  const pool = [...previous].sort((a, b) => Number(b.recommendationId !== null) - Number(a.recommendationId !== null));
  const plan: LessonPlan = { keep: [], insert: [], remove: [] };
  next.forEach((lesson, position) => {
    const index = pool.findIndex((p) => p.lesson === lesson);
    const match = index >= 0 ? pool.splice(index, 1)[0] : undefined;
    if (match) plan.keep.push({ id: match.id, position });
    else plan.insert.push({ lesson, position });
  });
  if (pool.some((p) => p.recommendationId !== null)) throw new DomainError(placementErrors.LESSON_CONVERTED_LOCKED, { field: 'lessons' });
  plan.remove = pool.map((p) => p.id);
  return plan;
}

/** A lesson becomes one recommendation at most; an existing link is never replaced. */
export function assertLessonNotConverted(linkedRecommendation: { id: string } | null): void {
  if (linkedRecommendation) throw new DomainError(placementErrors.LESSON_ALREADY_CONVERTED);
}

/**
 * Turning a lesson into a recommendation needs both: editing the debrief, and
 * creating a recommendation for the placement's group (or, without a group, a
 * management-level one).
 */
export function canConvertLesson(actor: Actor, relation: PlacementRelation, groupId: string | null): boolean {
  return canEditPlacement(actor, relation) && canEditRecommendation(actor, groupId, relation.groupRole);
}
