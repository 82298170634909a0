import {
  findExtensionConsents,
  findPlacement,
  findPlacementExtension,
  insertPlacementConsent,
  hasPendingExtension,
  insertPlacementExtension,
  lockPersonPlacements,
  updatePlacementExtensionRow,
  updatePlacementRow,
} from '@srw/db';
import {
  assertCanEditPlacement,
  assertExpectedVersion,
  assertExtensionConsent,
  assertExtensionRequest,
  assertNoOverlap,
  calendarDateInNetherlands,
  decidedExtensionStatus,
  DomainError,
  isFullyConsented,
  placementParties,
  placementsErrors,
  type Actor,
  type DecideExtensionInput,
  type RequestExtensionInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadPlacementAccess } from './placements-access';

const ENTITY = 'placement_extension';

/** Asks for a later end date: on time, or late with an admin's reason; one open request per placement. */
export async function requestExtension(ctx: ServiceContext, actor: Actor, input: RequestExtensionInput) {
  return ctx.db.transaction(async (tx) => {
    const { placement: current, relation } = await loadPlacementAccess(tx, actor, input.id, { lock: true });
    assertCanEditPlacement(actor, relation);
    assertExpectedVersion(input.version, current.version);
    const { overridden } = assertExtensionRequest(actor, current, input, calendarDateInNetherlands(new Date()));
    if (await hasPendingExtension(tx, current.id)) throw new DomainError(placementsErrors.EXTENSION_PENDING);
    const extension = await insertPlacementExtension(tx, {
      placementId: current.id,
      previousEndDate: current.endDate,
      requestedEndDate: input.newEndDate,
      rationale: input.rationale,
      overrideReason: overridden ? input.overrideReason : null,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: ENTITY,
      entityId: extension.id,
      groupId: current.groupId,
      after: extension,
    });
    return extension;
  });
}

/**
 * One organisation decides on a pending request: its consent (approval follows
 * when both organisations consented, each by someone other than the requester,
 * and moves the end date if that overlaps nothing) or its refusal, which
 * rejects the request.
 */
export async function decideExtension(ctx: ServiceContext, actor: Actor, input: DecideExtensionInput) {
  const first = await findPlacementExtension(ctx.db, input.extensionId);
  if (!first) throw new DomainError('NOT_FOUND');
  const before = await findPlacement(ctx.db, first.placementId);
  if (!before) throw new DomainError('NOT_FOUND');

  return ctx.db.transaction(async (tx) => {
    // Person, then placement, then request: the order every writer of a person's periods locks in.
    const existing = await lockPersonPlacements(tx, before.personKey);
    const { placement, relation } = await loadPlacementAccess(tx, actor, first.placementId, { lock: true });
    const extension = await findPlacementExtension(tx, input.extensionId, { lock: true });
    if (!extension) throw new DomainError('NOT_FOUND');
    assertExpectedVersion(input.version, extension.version);
    const consents = await findExtensionConsents(tx, extension.id);
    const { onBehalfReason } = assertExtensionConsent(actor, relation.groupRole, placement, extension, consents, input);
    let approved = false;
    if (input.approve) {
      const consent = await insertPlacementConsent(tx, {
        placementId: placement.id,
        extensionId: extension.id,
        organisationId: input.organisationId,
        userId: actor.userId,
        note: input.note,
        onBehalfReason,
      });
      approved = isFullyConsented(placementParties(placement), [...consents, consent], extension.createdBy);
    }
    if (approved) {
      assertNoOverlap(
        { id: placement.id, startDate: placement.startDate, endDate: extension.requestedEndDate },
        existing,
      );
      await updatePlacementRow(tx, placement.id, placement.version, { endDate: extension.requestedEndDate });
    }
    const decidedNow = approved || !input.approve;
    const decided = await updatePlacementExtensionRow(
      tx,
      extension.id,
      extension.version,
      decidedNow
        ? {
            status: decidedExtensionStatus(input.approve),
            decidedBy: actor.userId,
            decidedAt: new Date(),
            decisionNote: input.note,
          }
        : {},
    );
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: decidedNow ? 'status' : 'update',
      entityType: ENTITY,
      entityId: extension.id,
      groupId: placement.groupId,
      before: { status: extension.status, endDate: placement.endDate },
      after: {
        status: decided.status,
        endDate: approved ? extension.requestedEndDate : placement.endDate,
        decision: { organisationId: input.organisationId, approve: input.approve, note: input.note, onBehalfReason },
      },
    });
    return decided;
  });
}
