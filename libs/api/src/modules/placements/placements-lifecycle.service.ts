import { findPlacementOwnConsents, insertPlacementConsent, updatePlacementRow, type PlacementRow } from '@srw/db';
import {
  assertCanActivate,
  assertPlacementConsent,
  isFullyConsented,
  placementParties,
  type ConsentPlacementInput,
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

/**
 * One organisation consents to a proposed placement. Once both home and host
 * consented, each by someone other than the proposer, it is approved.
 */
export async function consentPlacement(ctx: ServiceContext, actor: Actor, input: ConsentPlacementInput) {
  return ctx.db.transaction(async (tx) => {
    const { placement: current, relation } = await loadPlacementAccess(tx, actor, input.id, { lock: true });
    assertExpectedVersion(input.version, current.version);
    const consents = await findPlacementOwnConsents(tx, current.id);
    const { onBehalfReason } = assertPlacementConsent(actor, relation.groupRole, current, consents, input);
    const consent = await insertPlacementConsent(tx, {
      placementId: current.id,
      extensionId: null,
      organisationId: input.organisationId,
      userId: actor.userId,
      note: input.note,
      onBehalfReason,
    });
    const approved = isFullyConsented(placementParties(current), [...consents, consent], current.createdBy);
    if (approved) assertPlacementTransition(current.status, 'goedgekeurd');
    const now = new Date();
    const updated = await updatePlacementRow(
      tx,
      current.id,
      input.version,
      approved ? { status: 'goedgekeurd', approvedBy: actor.userId, approvedAt: now } : {},
    );
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: approved ? 'status' : 'update',
      entityType: 'placement',
      entityId: current.id,
      groupId: updated.groupId,
      before: { status: current.status },
      after: {
        status: updated.status,
        consent: { organisationId: input.organisationId, note: input.note, onBehalfReason },
      },
    });
    return updated;
  });
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
