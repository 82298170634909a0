import { updatePlacementRow, type PlacementRow } from '@srw/db';
import {
  assertCanActivate,
  assertCanApprovePlacement,
  assertCanComplete,
  assertExpectedVersion,
  assertPlacementTransition,
  calendarDateInNetherlands,
  type AbortPlacementInput,
  type Actor,
  type PlacementActionInput,
  type PlacementStatus,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadPlacementAccess } from './placements-access';

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
  extra: Partial<Pick<PlacementRow, 'approvedBy' | 'approvedAt' | 'abortReason'>> = {},
) {
  return ctx.db.transaction(async (tx) => {
    const { placement: current, relation } = await loadPlacementAccess(tx, actor, input.id, { lock: true });
    assertCanApprovePlacement(actor, relation);
    assertExpectedVersion(input.version, current.version);
    check(current);
    const updated = await updatePlacementRow(tx, input.id, input.version, { ...extra, status: to });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: 'placement',
      entityId: input.id,
      groupId: updated.groupId,
      before: { status: current.status },
      after: { status: updated.status, ...(extra.abortReason ? { abortReason: extra.abortReason } : {}) },
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

export function completePlacement(ctx: ServiceContext, actor: Actor, input: PlacementActionInput) {
  return changeStatus(ctx, actor, input, 'afgerond', (current) =>
    assertCanComplete(current, calendarDateInNetherlands(new Date())),
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
