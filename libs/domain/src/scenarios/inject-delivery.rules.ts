import { DomainError } from '../errors';
import { exercisesErrors } from './exercises.errors';
import type { InjectDeliveryStatus } from './inject-delivery.schema';

/**
 * planned → delivered | delayed | skipped; delayed → delivered | skipped;
 * a delivered, delayed or skipped inject can be set back to planned (a click by mistake).
 */
const allowedDeliveryChanges: Record<InjectDeliveryStatus, readonly InjectDeliveryStatus[]> = {
  planned: ['delivered', 'delayed', 'skipped'],
  delayed: ['delivered', 'skipped', 'planned'],
  delivered: ['planned'],
  skipped: ['planned'],
};

export function nextDeliveryStatuses(from: InjectDeliveryStatus): readonly InjectDeliveryStatus[] {
  return allowedDeliveryChanges[from];
}

export function canChangeDelivery(from: InjectDeliveryStatus, to: InjectDeliveryStatus): boolean {
  return allowedDeliveryChanges[from].includes(to);
}

/** Checks a delivery change: allowed from where the inject stands, and a skip says why. */
export function assertDeliveryChange(from: InjectDeliveryStatus, to: InjectDeliveryStatus, reason: string): void {
  if (!canChangeDelivery(from, to)) throw new DomainError('INVALID_STATUS_TRANSITION', { field: 'status' });
  if (requiresDeliveryReason(to) && reason.trim() === '')
    throw new DomainError(exercisesErrors.SKIP_REASON_REQUIRED, { field: 'reason' });
}

/** What a delivery change writes: the actual time and who only when delivered, the reason only when skipped or delayed. */
export function deliveryValues(
  to: InjectDeliveryStatus,
  facts: { actorId: string; now: Date; reason: string },
): {
  deliveryStatus: InjectDeliveryStatus;
  deliveredAt: Date | null;
  deliveredBy: string | null;
  deliveryReason: string;
} {
  return {
    deliveryStatus: to,
    deliveredAt: to === 'delivered' ? facts.now : null,
    deliveredBy: to === 'delivered' ? facts.actorId : null,
    deliveryReason: asksDeliveryReason(to) ? facts.reason.trim() : '',
  };
}

/** Whether an inject went out (for the report's "planned vs actual"). */
export function isDelivered(status: InjectDeliveryStatus): boolean {
  return status === 'delivered';
}

export function isSkipped(status: InjectDeliveryStatus): boolean {
  return status === 'skipped';
}

/** The delivery steps that ask why: skipping (required) and delaying (optional). */
export function asksDeliveryReason(status: InjectDeliveryStatus): boolean {
  return status === 'skipped' || status === 'delayed';
}

export function requiresDeliveryReason(status: InjectDeliveryStatus): boolean {
  return status === 'skipped';
}

/** Delivering is the everyday step: one tap, no dialog. */
export function deliversAtOnce(status: InjectDeliveryStatus): boolean {
  return status === 'delivered';
}
