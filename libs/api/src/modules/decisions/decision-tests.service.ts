import {
  deleteDecisionTestLink,
  insertDecisionTestLink,
  listDecisionsTestedIn,
  listDecisionTestTargets,
} from '@srw/db';
import {
  assertCanRecordDecisionTest,
  assertExpectedVersion,
  canEditDecision,
  decisionTestTargetOf,
  isArchivedGroupStatus,
  readsEveryGroup,
  type Actor,
  type DecisionTestTargetInput,
  type DecisionTestTargetsInput,
  type RecordDecisionTestInput,
  type RemoveDecisionTestInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { decisionReaderOf, loadDecisionAccess, loadDecisionTestAccess, loadTestTargetAccess } from './decisions-access';
import { DECISION_ENTITY } from './decisions-write.service';

// Test links are audited as changes of the decision (like sign-offs), so they show in its history.

/**
 * Records that a decision was tested in a scenario or exercise. The caller must be
 * able to read the decision and see the scenario/exercise (NOT_FOUND otherwise),
 * and be chair or member of either group.
 */
export async function recordDecisionTest(ctx: ServiceContext, actor: Actor, input: RecordDecisionTestInput) {
  const target = decisionTestTargetOf(input);
  return ctx.db.transaction(async (tx) => {
    const { decision, group, role } = await loadDecisionAccess(tx, ctx.classificationCeiling, actor, input.decisionId);
    const tested = await loadTestTargetAccess(tx, actor, target);
    assertCanRecordDecisionTest(
      { role, archived: isArchivedGroupStatus(group.status) },
      { role: tested.role, archived: isArchivedGroupStatus(tested.group.status) },
    );
    const link = await insertDecisionTestLink(tx, {
      decisionId: decision.id,
      scenarioId: input.scenarioId,
      exerciseId: input.exerciseId,
      result: input.result,
      note: input.note,
      testedOn: input.testedOn,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: DECISION_ENTITY,
      entityId: decision.id,
      groupId: decision.groupId,
      // The detail is the result, not the title: the history is public with the decision, the scenario may not be.
      after: { event: 'testRecorded', detail: link.result, link },
    });
    return link;
  });
}

/** Removes a test link: for the chairs and members of either group, at the version the caller saw. */
export async function removeDecisionTest(ctx: ServiceContext, actor: Actor, input: RemoveDecisionTestInput) {
  return ctx.db.transaction(async (tx) => {
    const { link, decision, decisionGroup, target } = await loadDecisionTestAccess(
      tx,
      ctx.classificationCeiling,
      actor,
      input.id,
      { lock: true },
    );
    assertCanRecordDecisionTest(decisionGroup, target);
    assertExpectedVersion(input.version, link.version);
    await deleteDecisionTestLink(tx, link.id);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: DECISION_ENTITY,
      entityId: decision.id,
      groupId: decision.groupId,
      before: { link },
      after: { event: 'testRemoved', detail: link.result },
    });
    return { id: link.id };
  });
}

/** The decisions tested in a scenario or exercise the caller can see, limited to those the caller may read. */
export async function listDecisionsTestedInTarget(ctx: ServiceContext, actor: Actor, input: DecisionTestTargetInput) {
  const target = decisionTestTargetOf(input);
  await loadTestTargetAccess(ctx.db, actor, target);
  return listDecisionsTestedIn(
    ctx.db,
    target.kind === 'scenario' ? { scenarioId: target.id } : { exerciseId: target.id },
    decisionReaderOf(ctx, actor),
  );
}

const TARGET_LIMIT = 25;

/**
 * What the caller may name as where a decision was tested: every scenario and
 * exercise they can see when they work in the decision's group, otherwise only
 * those of the groups they work in.
 */
export async function listTestTargetsForDecision(ctx: ServiceContext, actor: Actor, input: DecisionTestTargetsInput) {
  const { group, role } = await loadDecisionAccess(ctx.db, ctx.classificationCeiling, actor, input.decisionId);
  const inDecisionGroup = canEditDecision(role) && !isArchivedGroupStatus(group.status);
  return listDecisionTestTargets(ctx.db, {
    userId: actor.userId,
    allGroups: readsEveryGroup(actor),
    contributingOnly: !inDecisionGroup,
    search: input.search,
    limit: TARGET_LIMIT,
  });
}
