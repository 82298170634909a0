import { findDecision, findDecisionForUpdate, findMembershipRole, findWorkingGroup, type DecisionReader, type Executor } from '@srw/db';
import {
  assertCanReadDecision,
  classificationLevels,
  DomainError,
  isWithinCeiling,
  type Actor,
  type Classification,
  type GroupRole,
} from '@srw/domain';
import type { ServiceContext } from '../../context';

export function readerOf(ctx: Pick<ServiceContext, 'classificationCeiling'>, actor: Actor): DecisionReader {
  return {
    userId: actor.userId,
    readsAllDrafts: actor.globalRole === 'admin' || actor.globalRole === 'management',
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
  options: { lock?: boolean } = {},
): Promise<DecisionAccess> {
  const decision = options.lock ? await findDecisionForUpdate(db, id) : await findDecision(db, id);
  if (!decision || !isWithinCeiling(decision.classification, ceiling)) throw new DomainError('NOT_FOUND');
  const [group, role] = await Promise.all([findWorkingGroup(db, decision.groupId), findMembershipRole(db, decision.groupId, actor.userId)]);
  if (!group) throw new DomainError('NOT_FOUND');
  assertCanReadDecision(actor, role, decision);
  return { decision, group, role };
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
