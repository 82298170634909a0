import {
  findDecision,
  findDecisionTestLink,
  findExercise,
  findMembershipRole,
  findScenario,
  findWorkingGroup,
  type DecisionReader,
  type Executor,
  type FindOptions,
} from '@srw/db';
import {
  assertCanEditDecision,
  assertCanReadDecision,
  assertCanSeeDecisionTest,
  assertDecisionEditable,
  assertExpectedVersion,
  assertWorkingGroupEditable,
  classificationLevels,
  decisionTestTargetOf,
  DomainError,
  isArchivedGroupStatus,
  isWithinCeiling,
  readsEveryGroup,
  type Actor,
  type Classification,
  type DecisionTestTarget,
  type GroupRole,
  type TestLinkGroup,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { loadExerciseAccess } from '../scenarios/exercises-access';
import { loadScenarioAccess } from '../scenarios/scenarios-access';

/** Who reads decisions in list queries: the actor, whether they read every draft, and the markings this deployment shows. */
export function decisionReaderOf(ctx: Pick<ServiceContext, 'classificationCeiling'>, actor: Actor): DecisionReader {
  return {
    userId: actor.userId,
    readsAllDrafts: readsEveryGroup(actor),
    classifications: classificationLevels.filter((level) => isWithinCeiling(level, ctx.classificationCeiling)),
  };
}

type DecisionRecord = NonNullable<Awaited<ReturnType<typeof findDecision>>>;
type GroupRecord = NonNullable<Awaited<ReturnType<typeof findWorkingGroup>>>;

export interface DecisionAccess {
  decision: DecisionRecord;
  group: GroupRecord;
  role: GroupRole | null;
}

/**
 * Loads a decision with the actor's role in its group, refusing (as NOT_FOUND)
 * one the actor may not read: a draft of another group, or a marking above the
 * deployment's ceiling. `lock` takes the row for the rest of the transaction.
 */
export async function loadDecisionAccess(
  db: Executor,
  ceiling: Classification,
  actor: Actor,
  id: string,
  options: FindOptions = {},
): Promise<DecisionAccess> {
  const decision = await findDecision(db, id, options);
  if (!decision || !isWithinCeiling(decision.classification, ceiling)) throw new DomainError('NOT_FOUND');
  const [group, role] = await Promise.all([
    findWorkingGroup(db, decision.groupId),
    findMembershipRole(db, decision.groupId, actor.userId),
  ]);
  if (!group) throw new DomainError('NOT_FOUND');
  assertCanReadDecision(actor, role, decision);
  return { decision, group, role };
}

/**
 * Locks a decision the actor may edit now, at the version they read: chair or
 * member of its open group, and the decision not closed.
 */
export async function lockEditableDecision(
  tx: Executor,
  ceiling: Classification,
  actor: Actor,
  ref: { id: string; version: number },
) {
  const access = await loadDecisionAccess(tx, ceiling, actor, ref.id, { lock: true });
  assertCanEditDecision(actor, access.role, access.decision);
  assertWorkingGroupEditable(access.group.status);
  assertDecisionEditable(access.decision.status);
  assertExpectedVersion(ref.version, access.decision.version);
  return access;
}

/** The decision's question and state when the actor may read it, else null (for links from other modules). */
export async function findReadableDecision(db: Executor, ceiling: Classification, actor: Actor, id: string) {
  try {
    const { decision } = await loadDecisionAccess(db, ceiling, actor, id);
    return { id: decision.id, question: decision.question, outcome: decision.outcome, status: decision.status };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** The scenario or exercise a test names, with the actor's footing in its group; NOT_FOUND when the actor cannot see it. */
export async function loadTestTargetAccess(db: Executor, actor: Actor, target: DecisionTestTarget) {
  if (target.kind === 'scenario') {
    const { scenario, group, role } = await loadScenarioAccess(db, actor, target.id);
    return { title: scenario.title, group, role };
  }
  const { exercise, group, role } = await loadExerciseAccess(db, actor, target.id);
  return { title: exercise.title, group, role };
}

/** The footing in a (possibly deleted) target's group, without refusing an invisible one. */
async function findTestTargetGroup(
  db: Executor,
  actor: Actor,
  target: DecisionTestTarget,
): Promise<TestLinkGroup | null> {
  const record = target.kind === 'scenario' ? await findScenario(db, target.id) : await findExercise(db, target.id);
  if (!record) return null;
  const [group, role] = await Promise.all([
    findWorkingGroup(db, record.groupId),
    findMembershipRole(db, record.groupId, actor.userId),
  ]);
  if (!group) return null;
  return { role, archived: isArchivedGroupStatus(group.status) };
}

/**
 * Loads a test link with its decision and the actor's footing in both groups it
 * joins. NOT_FOUND for a link the actor cannot see: one whose decision they may
 * not read, or whose scenario/exercise they cannot see while they do not work on
 * the decision.
 */
export async function loadDecisionTestAccess(
  db: Executor,
  ceiling: Classification,
  actor: Actor,
  linkId: string,
  options: FindOptions = {},
) {
  const link = await findDecisionTestLink(db, linkId, options);
  if (!link) throw new DomainError('NOT_FOUND');
  const access = await loadDecisionAccess(db, ceiling, actor, link.decisionId);
  const target = await findTestTargetGroup(db, actor, decisionTestTargetOf(link));
  assertCanSeeDecisionTest(actor, access.role, target?.role ?? null);
  const decisionGroup: TestLinkGroup = { role: access.role, archived: isArchivedGroupStatus(access.group.status) };
  return { link, ...access, decisionGroup, target };
}
