import { updatePlacementRow, type PlacementRow } from '@srw/db';
import {
  assertCanActivate,
  assertCanApprovePlacement,
  assertCanComplete,
  assertExpectedVersion,
  assertPlacementTransition,
  calendarDateInNetherlands,
  completesEarly,
  type AbortPlacementInput,
  type Actor,
  type CompletePlacementInput,
  type PlacementActionInput,
  type PlacementStatus,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadPlacementAccess } from './placements-access';

/** What a lifecycle step writes besides the status. */
type StepFields = Partial<Pick<PlacementRow, 'approvedBy' | 'approvedAt' | 'abortReason' | 'completionReason'>>;

/**
 * One lifecycle step by an approver: locks the placement, checks access, the
 * version and what the step needs, then moves it to `to` with its audit event.
 */
async function changeStatus(
  ctx: ServiceContext,
  actor: Actor,
  input: PlacementActionInput,
  to: PlacementStatus,
  check: (current: PlacementRow) => void,
  extraOf: StepFields | ((current: PlacementRow) => StepFields) = {},
) {
  return ctx.db.transaction(async (tx) => {
    const { placement: current, relation } = await loadPlacementAccess(tx, actor, input.id, { lock: true });
    assertCanApprovePlacement(actor, relation);
    assertExpectedVersion(input.version, current.version);
    check(current);
    const extra = typeof extraOf === 'function' ? extraOf(current) : extraOf;
    const updated = await updatePlacementRow(tx, input.id, input.version, { ...extra, status: to });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: 'placement',
      entityId: input.id,
      groupId: updated.groupId,
      before: { status: current.status },
      after: {
        status: updated.status,
        ...(extra.abortReason ? { abortReason: extra.abortReason } : {}),
        ...(extra.completionReason ? { completionReason: extra.completionReason } : {}),
      },
    });
    return updated;
  });
}

export function approvePlacement(ctx: ServiceContext, actor: Actor, input: PlacementActionInput) {
  return changeStatus(
    ctx,
    actor,
    input,
    'goedgekeurd',
    (current) => assertPlacementTransition(current.status, 'goedgekeurd'),
    {
      approvedBy: actor.userId,
      approvedAt: new Date(),
    },
  );
}

export function activatePlacement(ctx: ServiceContext, actor: Actor, input: PlacementActionInput) {
  return changeStatus(ctx, actor, input, 'actief', (current) =>
    assertCanActivate(current, calendarDateInNetherlands(new Date())),
  );
}

/** Completing; before the end date only with a written reason, which is kept and audited. */
export function completePlacement(ctx: ServiceContext, actor: Actor, input: CompletePlacementInput) {
  const today = calendarDateInNetherlands(new Date());
  return changeStatus(
    ctx,
    actor,
    input,
    'afgerond',
    (current) => assertCanComplete(current, today, input.reason),
    (current) => ({ completionReason: completesEarly(current, today) ? input.reason : null }),
  );
}

export function abortPlacement(ctx: ServiceContext, actor: Actor, input: AbortPlacementInput) {
  return changeStatus(
    ctx,
    actor,
    input,
    'afgebroken',
    (current) => assertPlacementTransition(current.status, 'afgebroken'),
    {
      abortReason: input.reason,
    },
  );
}
