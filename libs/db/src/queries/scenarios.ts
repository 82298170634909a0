import { and, asc, eq, gt, inArray, notInArray, or, sql, type SQL } from 'drizzle-orm';
import {
  decodeCursor,
  toPage,
  type Classification,
  type Page,
  type ScenarioStatus,
  type ThreatType,
} from '@srw/domain';
import type { Executor } from '../client';
import {
  conditionNodes,
  exercises,
  legalBases,
  memberships,
  organisations,
  scenarioConditions,
  scenarioLegalBases,
  scenarioPerspectives,
  scenarios,
  workingGroups,
  type ScenarioRow,
} from '../schema';
import { preparedPerDatabase, shapeKey, type Bound } from './prepared';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

/** Who may see what: a user's own groups, or every group (management/admin). */
export interface GroupScope {
  userId: string;
  allGroups: boolean;
}

/** Limits a query on a group's records (scenarios, exercises) to the groups in scope. */
export function groupScopeCondition(
  scope: GroupScope,
  groupIdColumn: typeof scenarios.groupId | typeof exercises.groupId,
): SQL | undefined {
  return scope.allGroups ? undefined : memberOfGroup(groupIdColumn, scope.userId);
}

/** The user (or the placeholder for them) is a member of the row's group. */
function memberOfGroup(groupIdColumn: typeof scenarios.groupId | typeof exercises.groupId, userId: Bound<string>): SQL {
  return sql`exists (select 1 from memberships m where m.group_id = ${groupIdColumn} and m.user_id = ${userId})`;
}

// ---- Scenarios -----------------------------------------------------------

export interface ScenarioSummary {
  id: string;
  groupId: string;
  groupName: string;
  title: string;
  threatType: ThreatType;
  cooperationLevel: string;
  classification: Classification;
  status: ScenarioStatus;
  exerciseCount: number;
  updatedAt: Date;
}

export interface ScenarioListQuery extends GroupScope {
  groupId?: string | undefined;
  status?: ScenarioStatus | undefined;
  cursor?: string | null | undefined;
  limit: number;
}

/** Which parts the scenario list's SQL has: scoped to a member, filtered by group or status, after a cursor. */
type ScenarioListShape = readonly [scoped: boolean, group: boolean, status: boolean, cursor: boolean];

const scenarioListStatement = preparedPerDatabase((db, name, [scoped, group, status, cursor]: ScenarioListShape) => {
  const cursorTitle = sql.placeholder('cursorTitle');
  return db
    .select({
      id: scenarios.id,
      groupId: scenarios.groupId,
      groupName: workingGroups.name,
      title: scenarios.title,
      threatType: scenarios.threatType,
      cooperationLevel: scenarios.cooperationLevel,
      classification: scenarios.classification,
      status: scenarios.status,
      exerciseCount: sql<number>`(select count(*)::int from exercises e where e.scenario_id = scenarios.id)`,
      updatedAt: scenarios.updatedAt,
    })
    .from(scenarios)
    .innerJoin(workingGroups, eq(workingGroups.id, scenarios.groupId))
    .where(
      and(
        scoped ? memberOfGroup(scenarios.groupId, sql.placeholder('userId')) : undefined,
        group ? eq(scenarios.groupId, sql.placeholder('groupId')) : undefined,
        status ? eq(scenarios.status, sql.placeholder('status')) : undefined,
        cursor
          ? or(
              gt(scenarios.title, cursorTitle),
              and(eq(scenarios.title, cursorTitle), gt(scenarios.id, sql.placeholder('cursorId'))),
            )
          : undefined,
      ),
    )
    .orderBy(asc(scenarios.title), asc(scenarios.id))
    .limit(sql.placeholder('limit'))
    .prepare(name);
});

/** By title, keyset on (title, id); prepared once per shape (see `preparedPerDatabase`). */
export async function listScenarios(db: Executor, query: ScenarioListQuery): Promise<Page<ScenarioSummary>> {
  const cursor = decodeCursor(query.cursor, 'text');
  const shape: ScenarioListShape = [!query.allGroups, Boolean(query.groupId), Boolean(query.status), cursor !== null];
  const rows = await scenarioListStatement(db, shapeKey('scenario_list', shape), shape).execute({
    userId: query.userId,
    groupId: query.groupId,
    status: query.status,
    cursorTitle: cursor?.key,
    cursorId: cursor?.id,
    limit: query.limit + 1,
  });
  return toPage(rows, query.limit, (row) => ({ key: row.title, id: row.id }));
}

export async function findScenario(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, scenarios, id, options);
}

type ScenarioValues = Pick<
  ScenarioRow,
  'title' | 'problemStatement' | 'threatType' | 'cooperationLevel' | 'classification'
>;

export async function insertScenario(
  db: Executor,
  values: ScenarioValues & { groupId: string; createdBy: string },
): Promise<ScenarioRow> {
  const [row] = await db.insert(scenarios).values(values).returning();
  if (!row) throw new Error('insert scenarios returned no row');
  return row;
}

export async function updateScenarioRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<ScenarioValues & Pick<ScenarioRow, 'status'>>,
): Promise<ScenarioRow> {
  return updateVersioned(db, scenarios, id, expectedVersion, values);
}

export async function deleteScenarioRow(db: Executor, id: string): Promise<void> {
  await db.delete(scenarios).where(eq(scenarios.id, id));
}

const perspectivesStatement = preparedPerDatabase((db, name) =>
  db
    .select({
      id: scenarioPerspectives.id,
      organisationId: scenarioPerspectives.organisationId,
      organisationCode: organisations.code,
      organisationName: organisations.name,
      mandate: scenarioPerspectives.mandate,
      capabilities: scenarioPerspectives.capabilities,
      needsFromOther: scenarioPerspectives.needsFromOther,
      chainOfCommand: scenarioPerspectives.chainOfCommand,
      expectedActions: scenarioPerspectives.expectedActions,
      version: scenarioPerspectives.version,
    })
    .from(scenarioPerspectives)
    .innerJoin(organisations, eq(organisations.id, scenarioPerspectives.organisationId))
    .where(eq(scenarioPerspectives.scenarioId, sql.placeholder('scenarioId')))
    .orderBy(asc(organisations.code))
    .prepare(name),
);

export async function findScenarioPerspectives(db: Executor, scenarioId: string) {
  return perspectivesStatement(db, 'scenario_perspectives', undefined).execute({ scenarioId });
}

const legalBasesStatement = preparedPerDatabase((db, name) =>
  db
    .select({ id: legalBases.id, code: legalBases.code, title: legalBases.title })
    .from(scenarioLegalBases)
    .innerJoin(legalBases, eq(legalBases.id, scenarioLegalBases.legalBasisId))
    .where(eq(scenarioLegalBases.scenarioId, sql.placeholder('scenarioId')))
    .orderBy(asc(legalBases.code))
    .prepare(name),
);

export async function findScenarioLegalBases(db: Executor, scenarioId: string) {
  return legalBasesStatement(db, 'scenario_legal_bases', undefined).execute({ scenarioId });
}

const scenarioConditionsStatement = preparedPerDatabase((db, name) =>
  db
    .select({ id: conditionNodes.id, labelNl: conditionNodes.labelNl, labelEn: conditionNodes.labelEn })
    .from(scenarioConditions)
    .innerJoin(conditionNodes, eq(conditionNodes.id, scenarioConditions.conditionId))
    .where(eq(scenarioConditions.scenarioId, sql.placeholder('scenarioId')))
    .orderBy(asc(conditionNodes.sortOrder))
    .prepare(name),
);

export async function findScenarioConditions(db: Executor, scenarioId: string) {
  return scenarioConditionsStatement(db, 'scenario_conditions', undefined).execute({ scenarioId });
}

export interface PerspectiveValues {
  organisationId: string;
  mandate: string;
  capabilities: string;
  needsFromOther: string;
  chainOfCommand: string;
  expectedActions: string;
}

/** Sets the perspectives to exactly the given ones: updates (a new version), adds and removes. */
export async function replaceScenarioPerspectives(
  db: Executor,
  scenarioId: string,
  perspectives: readonly PerspectiveValues[],
  actorId: string | null,
) {
  const keep = perspectives.map((p) => p.organisationId);
  await db
    .delete(scenarioPerspectives)
    .where(
      and(
        eq(scenarioPerspectives.scenarioId, scenarioId),
        keep.length > 0 ? notInArray(scenarioPerspectives.organisationId, keep) : undefined,
      ),
    );
  const existing = await db
    .select({
      id: scenarioPerspectives.id,
      organisationId: scenarioPerspectives.organisationId,
      version: scenarioPerspectives.version,
    })
    .from(scenarioPerspectives)
    .where(eq(scenarioPerspectives.scenarioId, scenarioId));
  for (const perspective of perspectives) {
    const values = {
      mandate: perspective.mandate,
      capabilities: perspective.capabilities,
      needsFromOther: perspective.needsFromOther,
      chainOfCommand: perspective.chainOfCommand,
      expectedActions: perspective.expectedActions,
    };
    const current = existing.find((p) => p.organisationId === perspective.organisationId);
    if (current) await updateVersioned(db, scenarioPerspectives, current.id, current.version, values);
    else
      await db
        .insert(scenarioPerspectives)
        .values({ scenarioId, organisationId: perspective.organisationId, createdBy: actorId, ...values });
  }
}

export async function replaceScenarioLegalBases(db: Executor, scenarioId: string, legalBasisIds: readonly string[]) {
  await db.delete(scenarioLegalBases).where(eq(scenarioLegalBases.scenarioId, scenarioId));
  if (legalBasisIds.length > 0) {
    await db.insert(scenarioLegalBases).values(legalBasisIds.map((legalBasisId) => ({ scenarioId, legalBasisId })));
  }
}

export async function replaceScenarioConditions(db: Executor, scenarioId: string, conditionIds: readonly string[]) {
  await db.delete(scenarioConditions).where(eq(scenarioConditions.scenarioId, scenarioId));
  if (conditionIds.length > 0) {
    await db.insert(scenarioConditions).values(conditionIds.map((conditionId) => ({ scenarioId, conditionId })));
  }
}

const exerciseCountStatement = preparedPerDatabase((db, name) =>
  db
    .select({ n: sql<number>`count(*)::int` })
    .from(exercises)
    .where(eq(exercises.scenarioId, sql.placeholder('scenarioId')))
    .prepare(name),
);

export async function countExercisesOfScenario(db: Executor, scenarioId: string): Promise<number> {
  const [row] = await exerciseCountStatement(db, 'scenario_exercise_count', undefined).execute({ scenarioId });
  return row?.n ?? 0;
}

export async function countExistingLegalBases(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(legalBases)
    .where(inArray(legalBases.id, [...ids]));
  return row?.n ?? 0;
}

export async function countExistingConditions(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(conditionNodes)
    .where(inArray(conditionNodes.id, [...ids]));
  return row?.n ?? 0;
}

export async function findLegalBasisIdsByCode(db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ id: legalBases.id, code: legalBases.code }).from(legalBases);
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function findGroupMemberUserIds(db: Executor, groupId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(eq(memberships.groupId, groupId));
  return rows.map((r) => r.userId);
}

/**
 * The free texts of the scenarios in scope (problem statement and every
 * perspective), for finding where glossary terms are used.
 */
export async function listScenarioTextsForGlossary(db: Executor, scope: GroupScope) {
  const [rows, perspectives] = await Promise.all([
    db
      .select({ id: scenarios.id, title: scenarios.title, problemStatement: scenarios.problemStatement })
      .from(scenarios)
      .where(groupScopeCondition(scope, scenarios.groupId))
      .orderBy(asc(scenarios.title), asc(scenarios.id)),
    db
      .select({
        scenarioId: scenarioPerspectives.scenarioId,
        mandate: scenarioPerspectives.mandate,
        capabilities: scenarioPerspectives.capabilities,
        needsFromOther: scenarioPerspectives.needsFromOther,
        chainOfCommand: scenarioPerspectives.chainOfCommand,
        expectedActions: scenarioPerspectives.expectedActions,
      })
      .from(scenarioPerspectives)
      .innerJoin(scenarios, eq(scenarios.id, scenarioPerspectives.scenarioId))
      .where(groupScopeCondition(scope, scenarios.groupId)),
  ]);
  return rows.map((row) => ({
    ...row,
    texts: [
      row.problemStatement,
      ...perspectives
        .filter((p) => p.scenarioId === row.id)
        .flatMap((p) => [p.mandate, p.capabilities, p.needsFromOther, p.chainOfCommand, p.expectedActions]),
    ],
  }));
}
