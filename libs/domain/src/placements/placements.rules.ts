import { DomainError } from '../errors';
import { placementsErrors } from './placements.errors';
import type { AccessGrant, PlacementPerson } from './placements.schema';
import type { ClearanceLevel, PlacementStatus } from './placements.constants';
import { addMonths, compareDates, daysBetween, type IsoDate } from '../common/calendar-date';
/** A placement "ends soon" in the coverage view when it ends within this many months. */
export const ENDING_SOON_MONTHS = 3;

export interface Period {
  startDate: IsoDate;
  endDate: IsoDate;
}

/** The end date must fall after the start date; both days belong to the placement. */
export function assertValidPeriod(period: Period): void {
  if (compareDates(period.endDate, period.startDate) <= 0) {
    throw new DomainError(placementsErrors.PLACEMENT_END_BEFORE_START, { field: 'endDate' });
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
    existing.find(
      (other) => other.id !== candidate.id && occupiesPeriod(other.status) && periodsOverlap(candidate, other),
    ) ?? null
  );
}

/** Refuses an overlap with a message that names the clashing placement. */
export function assertNoOverlap(
  candidate: Period & { id?: string | null },
  existing: readonly ExistingPlacement[],
): void {
  const clash = findOverlappingPlacement(candidate, existing);
  if (clash) {
    throw new DomainError(placementsErrors.PLACEMENT_OVERLAP, {
      field: 'startDate',
      params: {
        hostUnit: clash.hostUnit,
        hostOrganisation: clash.hostOrganisationName,
        startDate: clash.startDate,
        endDate: clash.endDate,
      },
    });
  }
}

/** Approved or active: the placement holds its post during its period (coverage) and can still be extended. */
export const approvedPlacementStatuses = ['goedgekeurd', 'actief'] as const satisfies readonly PlacementStatus[];
/** Active: the person is there, also past the end date until the placement is completed (then it is overdue). */
export const activePlacementStatus: PlacementStatus = 'actief';

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
  if (to === 'actief' && from === 'voorgesteld')
    throw new DomainError(placementsErrors.PLACEMENT_NOT_APPROVED, { field: 'status' });
  throw new DomainError('INVALID_STATUS_TRANSITION', { field: 'status' });
}

export function isClosedStatus(status: PlacementStatus): boolean {
  return status === 'afgerond' || status === 'afgebroken';
}

/** Activation needs approval and may happen on the start date at the earliest. */
export function assertCanActivate(placement: { status: PlacementStatus; startDate: IsoDate }, today: IsoDate): void {
  assertPlacementTransition(placement.status, 'actief');
  if (compareDates(today, placement.startDate) < 0) {
    throw new DomainError(placementsErrors.PLACEMENT_NOT_STARTED, { params: { startDate: placement.startDate } });
  }
}

/** Completing before the end date is completing early: it needs a written reason. */
export function completesEarly(placement: { endDate: IsoDate }, today: IsoDate): boolean {
  return compareDates(today, placement.endDate) < 0;
}

/** Completing is for the last day or later; before that only with a written reason (PLACEMENT_NOT_ENDED, with the end date, otherwise). */
export function assertCanComplete(
  placement: { status: PlacementStatus; endDate: IsoDate },
  today: IsoDate,
  reason = '',
): void {
  assertPlacementTransition(placement.status, 'afgerond');
  if (completesEarly(placement, today) && reason.trim() === '') {
    throw new DomainError(placementsErrors.PLACEMENT_NOT_ENDED, {
      field: 'reason',
      params: { endDate: placement.endDate },
    });
  }
}

/** Past its end date but not closed: it should be completed (or aborted). */
export function isOverdue(placement: { status: PlacementStatus; endDate: IsoDate }, today: IsoDate): boolean {
  return (
    (placement.status === 'actief' || placement.status === 'goedgekeurd') && compareDates(today, placement.endDate) > 0
  );
}

/** Whether an approved placement is waiting for activation on or after its start date. */
export function isDueForActivation(
  placement: { status: PlacementStatus; startDate: IsoDate },
  today: IsoDate,
): boolean {
  return placement.status === 'goedgekeurd' && compareDates(today, placement.startDate) >= 0;
}
/** After approval the period only changes through an approved extension. */
export function isPeriodEditable(status: PlacementStatus): boolean {
  return status === 'voorgesteld';
}

export function assertPeriodEditable(status: PlacementStatus, current: Period, next: Period): void {
  if (isClosedStatus(status)) throw new DomainError(placementsErrors.PLACEMENT_CLOSED);
  const changed = current.startDate !== next.startDate || current.endDate !== next.endDate;
  if (changed && !isPeriodEditable(status))
    throw new DomainError(placementsErrors.PLACEMENT_PERIOD_LOCKED, { field: 'startDate' });
}

export function assertDebriefAllowed(status: PlacementStatus): void {
  if (!isClosedStatus(status)) throw new DomainError(placementsErrors.DEBRIEF_NOT_YET);
}

export function assertDifferentOrganisations(homeOrganisationId: string, hostOrganisationId: string): void {
  if (homeOrganisationId === hostOrganisationId)
    throw new DomainError(placementsErrors.SAME_ORGANISATION, { field: 'hostOrganisationId' });
}

/** Whether the host side requires a screening at all. */
export function requiresClearance(level: ClearanceLevel): boolean {
  return level !== 'geen';
}

/** A clearance's expiry date is kept only when a clearance is required. */
export function clearanceExpiryOf(details: {
  clearanceLevel: ClearanceLevel;
  clearanceExpiresOn: IsoDate | null;
}): IsoDate | null {
  return requiresClearance(details.clearanceLevel) ? details.clearanceExpiresOn : null;
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
  if (
    requiresClearance(placement.clearanceLevel) &&
    placement.clearanceExpiresOn &&
    compareDates(placement.clearanceExpiresOn, placement.endDate) < 0
  ) {
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

/** What lists, the timeline and the detail flag on a placement as of `today`. */
export function placementFlags(
  placement: {
    status: PlacementStatus;
    startDate: IsoDate;
    endDate: IsoDate;
    clearanceLevel: ClearanceLevel;
    clearanceExpiresOn: IsoDate | null;
    accessGrants: readonly AccessGrant[];
  },
  today: IsoDate,
): { overdue: boolean; dueForActivation: boolean; accessWarnings: AccessWarning[] } {
  return {
    overdue: isOverdue(placement, today),
    dueForActivation: isDueForActivation(placement, today),
    accessWarnings: findAccessWarnings(placement),
  };
}

/** The timeline shows at most this many months and placements at once. */
export const MAX_TIMELINE_MONTHS = 36;
export const MAX_TIMELINE_PLACEMENTS = 500;

/** A timeline window ends after it starts and spans at most {@link MAX_TIMELINE_MONTHS} months. */
export function assertTimelineWindow(window: { from: IsoDate; to: IsoDate }): void {
  if (compareDates(window.to, window.from) <= 0 || daysBetween(window.from, window.to) > MAX_TIMELINE_MONTHS * 31) {
    throw new DomainError(placementsErrors.TIMELINE_TOO_LONG, { field: 'to', params: { months: MAX_TIMELINE_MONTHS } });
  }
}

/* ---------- The person placed ---------- */

function normalisedName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The key a person's overlap checks lock on: their account, or (without one)
 * their home organisation and their name, whatever its spacing and case.
 */
export function placementPersonKey(person: PlacementPerson, homeOrganisationId: string): string {
  return person.kind === 'user'
    ? `user:${person.userId}`
    : `named:${homeOrganisationId}:${normalisedName(person.name)}`;
}

/** An account placed belongs to the home organisation: directly, or through a unit of it. */
export function assertPersonOfHomeOrganisation(
  person: { name: string; organisationId: string; organisationName: string; organisationParentId: string | null },
  homeOrganisationId: string,
): void {
  if (person.organisationId === homeOrganisationId || person.organisationParentId === homeOrganisationId) return;
  throw new DomainError(placementsErrors.HOME_ORGANISATION_NOT_PERSONS, {
    field: 'homeOrganisationId',
    params: { name: person.name, organisation: person.organisationName },
  });
}

/** The home organisation of an account placed follows the account; only a named person's may change. */
export function assertHomeOrganisationKept(
  current: { personUserId: string | null; homeOrganisationId: string },
  homeOrganisationId: string,
): void {
  if (current.personUserId && homeOrganisationId !== current.homeOrganisationId) {
    throw new DomainError(placementsErrors.HOME_ORGANISATION_FOLLOWS_ACCOUNT, { field: 'homeOrganisationId' });
  }
}
