import {
  deleteDecisionTestLink,
  findDecisionTestLinkForUpdate,
  findExercise,
  findMembershipRole,
  findScenario,
  findWorkingGroup,
  insertDecisionTestLink,
  listDecisionsTestedIn,
  listDecisionTestTargets,
  type Executor,
} from '@srw/db';
import {
  assertCanRecordDecisionTest,
  assertExpectedVersion,
  canEditDecision,
  decisionTestTargetOf,
  DomainError,
  readsEveryGroup,
  type Actor,
  type DecisionTestTarget,
  type DecisionTestTargetInput,
  type DecisionTestTargetsInput,
  type RecordDecisionTestInput,
  type RemoveDecisionTestInput,
  type TestLinkGroup,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadExerciseAccess } from '../scenarios/exercises-access';
import { loadScenarioAccess } from '../scenarios/scenarios-access';
import { loadDecisionAccess, readerOf } from './decision-access';

/** Test links are audited as changes of the decision (like sign-offs), so they show in its history. */
const ENTITY = 'decision';

/** Loads the scenario or exercise with the actor's footing in its group; NOT_FOUND when the actor cannot see it. */
async function loadVisibleTarget(db: Executor, actor: Actor, target: DecisionTestTarget) {
  if (target.kind === 'scenario') {
    const { scenario, group, role } = await loadScenarioAccess(db, actor, target.id);
    return { title: scenario.title, group, role };
  }
  const { exercise, group, role } = await loadExerciseAccess(db, actor, target.id);
  return { title: exercise.title, group, role };
}

/** The footing in a (possibly deleted) target's group, without refusing an invisible one. */
async function targetGroupOf(db: Executor, actor: Actor, target: DecisionTestTarget): Promise<TestLinkGroup | null> {
  const record = target.kind === 'scenario' ? await findScenario(db, target.id) : await findExercise(db, target.id);
  if (!record) return null;
  const [group, role] = await Promise.all([findWorkingGroup(db, record.groupId), findMembershipRole(db, record.groupId, actor.userId)]);
  if (!group) return null;
  return { role, archived: group.status === 'gearchiveerd' };
}

/**
 * Records that a decision was tested in a scenario or exercise. The caller must be
 * able to read the decision and see the scenario/exercise (NOT_FOUND otherwise),
 * and be chair or member of either group.
 */
export async function recordDecisionTest(ctx: ServiceContext, actor: Actor, input: RecordDecisionTestInput) {
  const target = decisionTestTargetOf(input);
  return ctx.db.transaction(async (tx) => {
    const { decision, group, role } = await loadDecisionAccess(tx, ctx.classificationCeiling, actor, input.decisionId);
    const tested = await loadVisibleTarget(tx, actor, target);
    assertCanRecordDecisionTest(
      { role, archived: group.status === 'gearchiveerd' },
      { role: tested.role, archived: tested.group.status === 'gearchiveerd' },
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
      entityType: ENTITY,
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
    const link = await findDecisionTestLinkForUpdate(tx, input.id);
    if (!link) throw new DomainError('NOT_FOUND');
    const { decision, group, role } = await loadDecisionAccess(tx, ctx.classificationCeiling, actor, link.decisionId);
    const target = await targetGroupOf(tx, actor, decisionTestTargetOf(link));
    // A decision-group outsider who cannot see the target cannot see the link either.
    if (!canEditDecision(role) && (target?.role ?? null) === null && !readsEveryGroup(actor)) throw new DomainError('NOT_FOUND');
    assertCanRecordDecisionTest({ role, archived: group.status === 'gearchiveerd' }, target);
    assertExpectedVersion(input.version, link.version);
    await deleteDecisionTestLink(tx, link.id);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
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
  await loadVisibleTarget(ctx.db, actor, target);
  return listDecisionsTestedIn(ctx.db, target.kind === 'scenario' ? { scenarioId: target.id } : { exerciseId: target.id }, readerOf(ctx, actor));
}

const TARGET_LIMIT = 25;

/**
 * What the caller may name as where a decision was tested: every scenario and
 * exercise they can see when they work in the decision's group, otherwise only
 * those of the groups they work in.
 */
export async function listTestTargetsForDecision(ctx: ServiceContext, actor: Actor, input: DecisionTestTargetsInput) {
  const { group, role } = await loadDecisionAccess(ctx.db, ctx.classificationCeiling, actor, input.decisionId);
  const inDecisionGroup = canEditDecision(role) && group.status !== 'gearchiveerd';
  return listDecisionTestTargets(ctx.db, {
    userId: actor.userId,
    allGroups: readsEveryGroup(actor),
    contributingOnly: !inDecisionGroup,
    search: input.search,
    limit: TARGET_LIMIT,
  });
}
