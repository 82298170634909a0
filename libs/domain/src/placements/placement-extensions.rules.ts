import { isAdmin } from '../access/access.rules';
import type { Actor } from '../access/roles';
import { DomainError } from '../errors';
import { addMonths, compareDates, type IsoDate } from '../common/calendar-date';
import type { ExtensionStatus } from './placement-extensions.schema';
import { placementsErrors } from './placements.errors';
import { approvedPlacementStatuses } from './placements.rules';
import type { PlacementStatus } from './placements.constants';

/** Months before the current end date by which an extension must be requested. */
export const EXTENSION_NOTICE_MONTHS = 3;

/** Only an approved or active placement can be extended. */
export function acceptsExtensions(status: PlacementStatus): boolean {
  return (approvedPlacementStatuses as readonly PlacementStatus[]).includes(status);
}

/** A request waiting for a decision; a placement has at most one. */
export const pendingExtensionStatus: ExtensionStatus = 'aangevraagd';

export function isExtensionPending(extension: { status: ExtensionStatus }): boolean {
  return extension.status === pendingExtensionStatus;
}

/** Only an admin may file a request after the notice deadline (with a reason). */
export function canOverrideExtensionDeadline(actor: Actor): boolean {
  return isAdmin(actor);
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
  if (!acceptsExtensions(placement.status)) {
    throw new DomainError(placementsErrors.EXTENSION_NOT_ALLOWED);
  }
  if (compareDates(request.newEndDate, placement.endDate) <= 0) {
    throw new DomainError(placementsErrors.EXTENSION_NOT_LATER, { field: 'newEndDate' });
  }
  if (isExtensionOnTime(placement.endDate, today)) return { overridden: false };
  const reason = request.overrideReason?.trim() ?? '';
  if (canOverrideExtensionDeadline(actor) && reason.length > 0) return { overridden: true };
  if (reason.length > 0)
    throw new DomainError(placementsErrors.EXTENSION_OVERRIDE_ADMIN_ONLY, { field: 'overrideReason' });
  throw new DomainError(placementsErrors.EXTENSION_TOO_LATE, {
    field: 'newEndDate',
    params: { deadline: extensionDeadline(placement.endDate) },
  });
}

/** A request is decided once; approving it needs a placement that can still be extended. */
export function assertExtensionDecidable(
  placement: { status: PlacementStatus },
  extension: { status: ExtensionStatus },
  approve: boolean,
): void {
  if (!isExtensionPending(extension)) throw new DomainError(placementsErrors.EXTENSION_DECIDED);
  if (approve && !acceptsExtensions(placement.status)) throw new DomainError(placementsErrors.EXTENSION_NOT_ALLOWED);
}

/** The request's status after the decision. */
export function decidedExtensionStatus(approve: boolean): ExtensionStatus {
  return approve ? 'goedgekeurd' : 'afgewezen';
}
