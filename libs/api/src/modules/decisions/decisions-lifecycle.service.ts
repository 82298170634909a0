import {
  findDecision,
  findDecisionOrganisations,
  findDecisionSignOffs,
  insertDecisionSignOff,
  updateDecisionRow,
} from '@srw/db';
import {
  assertCanRequestDecisionStatus,
  assertCanSignOff,
  assertCanSupersede,
  assertDecisionTransition,
  assertExpectedVersion,
  assertReviewNeeded,
  assertWorkingGroupEditable,
  DomainError,
  effectOfStatusChange,
  missingSignOffs,
  type Actor,
  type ChangeDecisionStatusInput,
  type DecisionVersionRef,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadDecisionAccess, lockEditableDecision } from './decisions-access';
import { DECISION_ENTITY } from './decisions-write.service';

export async function changeDecisionStatus(ctx: ServiceContext, actor: Actor, input: ChangeDecisionStatusInput) {
  return ctx.db.transaction(async (tx) => {
    const { decision, group, role } = await loadDecisionAccess(tx, ctx.classificationCeiling, actor, input.id, {
      lock: true,
    });
    assertCanRequestDecisionStatus(actor, role, decision, input.status);
    assertWorkingGroupEditable(group.status);
    assertExpectedVersion(input.version, decision.version);
    const [organisations, signOffs] = await Promise.all([
      findDecisionOrganisations(tx, decision.id),
      findDecisionSignOffs(tx, decision.id),
    ]);
    const missing = missingSignOffs(
      organisations.map((o) => o.id),
      signOffs.map((s) => s.organisationId),
    );
    assertDecisionTransition(decision.status, input.status, { missingSignOffs: missing, reason: input.reason });

    const effect = effectOfStatusChange(input.status, decision);
    const now = new Date();
    if (effect.supersedes) {
      const predecessor = await findDecision(tx, effect.supersedes, { lock: true });
      if (!predecessor) throw new DomainError('NOT_FOUND', { field: 'supersedesId' });
      assertCanSupersede({ id: decision.id, groupId: decision.groupId }, predecessor);
      assertDecisionTransition(predecessor.status, 'vervangen', {
        missingSignOffs: [],
        reason: '',
        viaSuccessor: true,
      });
      await updateDecisionRow(tx, predecessor.id, predecessor.version, {
        status: 'vervangen',
        supersededById: decision.id,
        statusChangedAt: now,
      });
      await recordAudit(tx, ctx, {
        actorId: actor.userId,
        action: 'status',
        entityType: DECISION_ENTITY,
        entityId: predecessor.id,
        groupId: predecessor.groupId,
        before: { status: predecessor.status },
        after: { status: 'vervangen', supersededById: decision.id, event: 'superseded', detail: decision.question },
      });
    }

    const updated = await updateDecisionRow(tx, decision.id, decision.version, {
      status: input.status,
      statusChangedAt: now,
      ...(effect.publish ? { publishedAt: now } : {}),
      ...(effect.recordReason ? { withdrawnReason: input.reason } : {}),
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: DECISION_ENTITY,
      entityId: decision.id,
      groupId: decision.groupId,
      before: { status: decision.status },
      after: { status: updated.status, event: 'status', detail: effect.recordReason ? input.reason : null },
    });
    return updated;
  });
}

/** Sign-off is for the version the signer read: a change in between is a conflict. */
export async function signOffDecision(ctx: ServiceContext, actor: Actor, input: DecisionVersionRef) {
  return ctx.db.transaction(async (tx) => {
    const { decision, group, role } = await loadDecisionAccess(tx, ctx.classificationCeiling, actor, input.id, {
      lock: true,
    });
    assertWorkingGroupEditable(group.status);
    assertExpectedVersion(input.version, decision.version);
    const [organisations, signOffs] = await Promise.all([
      findDecisionOrganisations(tx, decision.id),
      findDecisionSignOffs(tx, decision.id),
    ]);
    assertCanSignOff({
      actorOrganisationId: actor.organisationId,
      groupRole: role,
      status: decision.status,
      concernedOrganisationIds: organisations.map((o) => o.id),
      signedOrganisationIds: signOffs.map((s) => s.organisationId),
    });
    await insertDecisionSignOff(tx, {
      decisionId: decision.id,
      organisationId: actor.organisationId,
      userId: actor.userId,
    });
    const organisationCode = organisations.find((o) => o.id === actor.organisationId)?.code ?? '';
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: DECISION_ENTITY,
      entityId: decision.id,
      groupId: decision.groupId,
      after: { event: 'signOff', detail: organisationCode, organisationId: actor.organisationId },
    });
    const remaining = missingSignOffs(
      organisations.map((o) => o.id),
      [...signOffs.map((s) => s.organisationId), actor.organisationId],
    );
    return {
      signedFor: organisationCode,
      missing: organisations.filter((o) => remaining.includes(o.id)).map((o) => o.code),
    };
  });
}

export async function markDecisionReviewed(ctx: ServiceContext, actor: Actor, input: DecisionVersionRef) {
  return ctx.db.transaction(async (tx) => {
    const { decision } = await lockEditableDecision(tx, ctx.classificationCeiling, actor, input);
    assertReviewNeeded(decision.reviewNeededAt);
    const updated = await updateDecisionRow(tx, decision.id, decision.version, {
      reviewNeededAt: null,
      reviewReason: '',
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: DECISION_ENTITY,
      entityId: decision.id,
      groupId: decision.groupId,
      before: { reviewNeededAt: decision.reviewNeededAt, reviewReason: decision.reviewReason },
      after: { reviewNeededAt: null, event: 'reviewed', detail: decision.reviewReason },
    });
    return updated;
  });
}
