import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { archivedGroupStatus, contributingGroupRoles } from '@srw/domain';
import type { Executor } from '../client';
import { decisions, decisionTestLinks, exercises, scenarios, workingGroups, type DecisionTestLinkRow } from '../schema';
import { readableBy, type DecisionReader } from './decisions';
import { findRowById, type FindOptions } from './versioned';

// Where decisions were put to the test: links to one scenario or one exercise.

export async function insertDecisionTestLink(
  db: Executor,
  values: typeof decisionTestLinks.$inferInsert,
): Promise<DecisionTestLinkRow> {
  const [row] = await db.insert(decisionTestLinks).values(values).returning();
  if (!row) throw new Error('insert decision_test_links returned no row');
  return row;
}

export async function findDecisionTestLink(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, decisionTestLinks, id, options);
}

export async function deleteDecisionTestLink(db: Executor, id: string): Promise<void> {
  await db.delete(decisionTestLinks).where(eq(decisionTestLinks.id, id));
}

/** Whose scenarios and exercises a caller sees: their own groups', or every group's (management/admin). */
export interface TestTargetScope {
  userId: string;
  allGroups: boolean;
}

function groupVisible(scope: TestTargetScope, groupIdColumn: SQL): SQL | undefined {
  return scope.allGroups
    ? undefined
    : sql`exists (select 1 from memberships m where m.group_id = ${groupIdColumn} and m.user_id = ${scope.userId})`;
}

/**
 * A decision's test links with the scenario or exercise they name, limited to
 * those the caller can see. A link whose scenario/exercise is gone is kept
 * (without a title) so its group can still remove it.
 */
export async function listDecisionTestLinksWithTargets(db: Executor, decisionId: string, scope: TestTargetScope) {
  const targetGroupId = sql<string | null>`coalesce(${scenarios.groupId}, ${exercises.groupId})`;
  const rows = await db
    .select({
      id: decisionTestLinks.id,
      version: decisionTestLinks.version,
      scenarioId: decisionTestLinks.scenarioId,
      exerciseId: decisionTestLinks.exerciseId,
      result: decisionTestLinks.result,
      note: decisionTestLinks.note,
      testedOn: decisionTestLinks.testedOn,
      createdAt: decisionTestLinks.createdAt,
      targetTitle: sql<string | null>`coalesce(${scenarios.title}, ${exercises.title})`,
      targetGroupId,
      targetGroupName: workingGroups.name,
      targetGroupStatus: workingGroups.status,
    })
    .from(decisionTestLinks)
    .leftJoin(scenarios, eq(scenarios.id, decisionTestLinks.scenarioId))
    .leftJoin(exercises, eq(exercises.id, decisionTestLinks.exerciseId))
    .leftJoin(workingGroups, sql`${workingGroups.id} = coalesce(${scenarios.groupId}, ${exercises.groupId})`)
    .where(
      and(
        eq(decisionTestLinks.decisionId, decisionId),
        scope.allGroups
          ? undefined
          : or(sql`coalesce(${scenarios.groupId}, ${exercises.groupId}) is null`, groupVisible(scope, targetGroupId)),
      ),
    )
    .orderBy(desc(decisionTestLinks.createdAt), asc(decisionTestLinks.id));
  return rows;
}

/** The decisions tested in one scenario or exercise, limited to those the reader may read. */
export async function listDecisionsTestedIn(
  db: Executor,
  by: { scenarioId: string } | { exerciseId: string },
  reader: DecisionReader,
) {
  return db
    .select({
      linkId: decisionTestLinks.id,
      decisionId: decisions.id,
      question: decisions.question,
      outcome: decisions.outcome,
      status: decisions.status,
      result: decisionTestLinks.result,
      note: decisionTestLinks.note,
      testedOn: decisionTestLinks.testedOn,
      createdAt: decisionTestLinks.createdAt,
    })
    .from(decisionTestLinks)
    .innerJoin(decisions, eq(decisions.id, decisionTestLinks.decisionId))
    .where(
      and(
        'scenarioId' in by
          ? eq(decisionTestLinks.scenarioId, by.scenarioId)
          : eq(decisionTestLinks.exerciseId, by.exerciseId),
        readableBy(reader),
      ),
    )
    .orderBy(asc(decisions.question), asc(decisionTestLinks.createdAt), asc(decisionTestLinks.id));
}

export interface DecisionTestTargetOption {
  kind: 'scenario' | 'exercise';
  id: string;
  title: string;
  groupName: string;
  /** The scenario an exercise plays; null for a scenario. */
  scenarioTitle: string | null;
}

/**
 * Scenarios and exercises a caller may name as where a decision was tested: those
 * they can see, or (`contributingOnly`) only those of groups where they are chair
 * or member and that are not archived. Title search is case-insensitive.
 */
export async function listDecisionTestTargets(
  db: Executor,
  query: TestTargetScope & { contributingOnly: boolean; search: string; limit: number },
): Promise<DecisionTestTargetOption[]> {
  const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const allowed = (groupIdColumn: typeof scenarios.groupId | typeof exercises.groupId) =>
    query.contributingOnly
      ? sql`exists (select 1 from memberships m join working_groups g on g.id = m.group_id where m.group_id = ${groupIdColumn} and m.user_id = ${query.userId} and m.role in ${[...contributingGroupRoles]} and g.status <> ${archivedGroupStatus})`
      : groupVisible(query, sql`${groupIdColumn}`);
  const [scenarioRows, exerciseRows] = await Promise.all([
    db
      .select({ id: scenarios.id, title: scenarios.title, groupName: workingGroups.name })
      .from(scenarios)
      .innerJoin(workingGroups, eq(workingGroups.id, scenarios.groupId))
      .where(and(allowed(scenarios.groupId), query.search ? ilike(scenarios.title, pattern) : undefined))
      .orderBy(asc(scenarios.title), asc(scenarios.id))
      .limit(query.limit),
    db
      .select({
        id: exercises.id,
        title: exercises.title,
        groupName: workingGroups.name,
        scenarioTitle: scenarios.title,
      })
      .from(exercises)
      .innerJoin(workingGroups, eq(workingGroups.id, exercises.groupId))
      .innerJoin(scenarios, eq(scenarios.id, exercises.scenarioId))
      .where(and(allowed(exercises.groupId), query.search ? ilike(exercises.title, pattern) : undefined))
      .orderBy(desc(exercises.startsAt), asc(exercises.id))
      .limit(query.limit),
  ]);
  return [
    ...scenarioRows.map((row) => ({ kind: 'scenario' as const, ...row, scenarioTitle: null })),
    ...exerciseRows.map((row) => ({ kind: 'exercise' as const, ...row })),
  ];
}
