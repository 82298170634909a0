import { and, asc, eq, gt, gte, inArray, isNotNull, lt, notInArray, or, sql } from 'drizzle-orm';
import {
  decodeCursor,
  toPage,
  type Classification,
  type ExerciseStatus,
  type ExerciseType,
  type Page,
  type ScenarioStatus,
  type ThreatType,
} from '@srw/domain';
import type { Executor } from '../client';
import {
  conditionNodes,
  exerciseInjects,
  exerciseObjectives,
  exerciseObservations,
  exerciseOrganisations,
  exercisePeople,
  exercises,
  improvementActions,
  legalBases,
  memberships,
  organisations,
  recommendations,
  scenarioConditions,
  scenarioLegalBases,
  scenarioPerspectives,
  scenarios,
  users,
  workingGroups,
} from '../schema';

/** Who may see what: a user's own groups, or every group (management/admin). */
export interface GroupScope {
  userId: string;
  allGroups: boolean;
}

function scopeCondition(scope: GroupScope, groupIdColumn: typeof scenarios.groupId | typeof exercises.groupId) {
  return scope.allGroups
    ? undefined
    : sql`exists (select 1 from memberships m where m.group_id = ${groupIdColumn} and m.user_id = ${scope.userId})`;
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

/** By title, keyset on (title, id). */
export async function listScenarios(db: Executor, query: ScenarioListQuery): Promise<Page<ScenarioSummary>> {
  const cursor = decodeCursor(query.cursor);
  const rows = await db
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
        scopeCondition(query, scenarios.groupId),
        query.groupId ? eq(scenarios.groupId, query.groupId) : undefined,
        query.status ? eq(scenarios.status, query.status) : undefined,
        cursor ? or(gt(scenarios.title, cursor.key), and(eq(scenarios.title, cursor.key), gt(scenarios.id, cursor.id))) : undefined,
      ),
    )
    .orderBy(asc(scenarios.title), asc(scenarios.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => ({ key: row.title, id: row.id }));
}

export async function findScenario(db: Executor, id: string) {
  const [row] = await db.select().from(scenarios).where(eq(scenarios.id, id));
  return row ?? null;
}

export async function findScenarioForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(scenarios).where(eq(scenarios.id, id)).for('update');
  return row ?? null;
}

export async function findScenarioPerspectives(db: Executor, scenarioId: string) {
  return db
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
    .where(eq(scenarioPerspectives.scenarioId, scenarioId))
    .orderBy(asc(organisations.code));
}

export async function findScenarioLegalBases(db: Executor, scenarioId: string) {
  return db
    .select({ id: legalBases.id, code: legalBases.code, title: legalBases.title })
    .from(scenarioLegalBases)
    .innerJoin(legalBases, eq(legalBases.id, scenarioLegalBases.legalBasisId))
    .where(eq(scenarioLegalBases.scenarioId, scenarioId))
    .orderBy(asc(legalBases.code));
}

export async function findScenarioConditions(db: Executor, scenarioId: string) {
  return db
    .select({ id: conditionNodes.id, labelNl: conditionNodes.labelNl, labelEn: conditionNodes.labelEn })
    .from(scenarioConditions)
    .innerJoin(conditionNodes, eq(conditionNodes.id, scenarioConditions.conditionId))
    .where(eq(scenarioConditions.scenarioId, scenarioId))
    .orderBy(asc(conditionNodes.sortOrder));
}

export interface PerspectiveValues {
  organisationId: string;
  mandate: string;
  capabilities: string;
  needsFromOther: string;
  chainOfCommand: string;
  expectedActions: string;
}

/** Sets the perspectives to exactly the given ones: updates, adds and removes. */
export async function replaceScenarioPerspectives(db: Executor, scenarioId: string, perspectives: readonly PerspectiveValues[], actorId: string | null) {
  const keep = perspectives.map((p) => p.organisationId);
  await db
    .delete(scenarioPerspectives)
    .where(
      and(
        eq(scenarioPerspectives.scenarioId, scenarioId),
        keep.length > 0 ? notInArray(scenarioPerspectives.organisationId, keep) : undefined,
      ),
    );
  for (const perspective of perspectives) {
    const values = {
      mandate: perspective.mandate,
      capabilities: perspective.capabilities,
      needsFromOther: perspective.needsFromOther,
      chainOfCommand: perspective.chainOfCommand,
      expectedActions: perspective.expectedActions,
    };
    await db
      .insert(scenarioPerspectives)
      .values({ scenarioId, organisationId: perspective.organisationId, createdBy: actorId, ...values })
      .onConflictDoUpdate({
        target: [scenarioPerspectives.scenarioId, scenarioPerspectives.organisationId],
        set: { ...values, updatedAt: new Date(), version: sql`${scenarioPerspectives.version} + 1` },
      });
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

export async function countExercisesOfScenario(db: Executor, scenarioId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(exercises).where(eq(exercises.scenarioId, scenarioId));
  return row?.n ?? 0;
}

export async function countExistingLegalBases(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(legalBases).where(inArray(legalBases.id, [...ids]));
  return row?.n ?? 0;
}

export async function countExistingConditions(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(conditionNodes).where(inArray(conditionNodes.id, [...ids]));
  return row?.n ?? 0;
}

export async function findLegalBasisIdsByCode(db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ id: legalBases.id, code: legalBases.code }).from(legalBases);
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function findGroupMemberUserIds(db: Executor, groupId: string): Promise<string[]> {
  const rows = await db.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.groupId, groupId));
  return rows.map((r) => r.userId);
}

// ---- Exercises -----------------------------------------------------------

export interface ExerciseSummary {
  id: string;
  groupId: string;
  groupName: string;
  scenarioId: string;
  scenarioTitle: string;
  title: string;
  type: ExerciseType;
  status: ExerciseStatus;
  startsAt: Date;
  endsAt: Date;
  location: string;
}

export interface ExerciseListQuery extends GroupScope {
  groupId?: string | undefined;
  scenarioId?: string | undefined;
  status?: ExerciseStatus | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  cursor?: string | null | undefined;
  limit: number;
}

/** By start time, keyset on (starts_at, id); from/to select exercises that overlap the window. */
export async function listExercises(db: Executor, query: ExerciseListQuery): Promise<Page<ExerciseSummary>> {
  const cursor = decodeCursor(query.cursor);
  const cursorDate = cursor ? new Date(cursor.key) : null;
  const rows = await db
    .select({
      id: exercises.id,
      groupId: exercises.groupId,
      groupName: workingGroups.name,
      scenarioId: exercises.scenarioId,
      scenarioTitle: scenarios.title,
      title: exercises.title,
      type: exercises.type,
      status: exercises.status,
      startsAt: exercises.startsAt,
      endsAt: exercises.endsAt,
      location: exercises.location,
    })
    .from(exercises)
    .innerJoin(workingGroups, eq(workingGroups.id, exercises.groupId))
    .innerJoin(scenarios, eq(scenarios.id, exercises.scenarioId))
    .where(
      and(
        scopeCondition(query, exercises.groupId),
        query.groupId ? eq(exercises.groupId, query.groupId) : undefined,
        query.scenarioId ? eq(exercises.scenarioId, query.scenarioId) : undefined,
        query.status ? eq(exercises.status, query.status) : undefined,
        query.from ? gte(exercises.endsAt, query.from) : undefined,
        query.to ? lt(exercises.startsAt, query.to) : undefined,
        cursorDate && !Number.isNaN(cursorDate.getTime()) && cursor
          ? or(gt(exercises.startsAt, cursorDate), and(eq(exercises.startsAt, cursorDate), gt(exercises.id, cursor.id)))
          : undefined,
      ),
    )
    .orderBy(asc(exercises.startsAt), asc(exercises.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => ({ key: row.startsAt.toISOString(), id: row.id }));
}

export async function findExercise(db: Executor, id: string) {
  const [row] = await db.select().from(exercises).where(eq(exercises.id, id));
  return row ?? null;
}

export async function findExerciseForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(exercises).where(eq(exercises.id, id)).for('update');
  return row ?? null;
}

/** Bumps an exercise's version (when its children change, e.g. a reorder). */
export async function touchExercise(db: Executor, id: string) {
  const [row] = await db
    .update(exercises)
    .set({ version: sql`${exercises.version} + 1`, updatedAt: new Date() })
    .where(eq(exercises.id, id))
    .returning();
  return row ?? null;
}

export async function findExerciseOrganisations(db: Executor, exerciseId: string) {
  return db
    .select({
      organisationId: exerciseOrganisations.organisationId,
      organisationCode: organisations.code,
      organisationName: organisations.name,
      count: exerciseOrganisations.participantCount,
    })
    .from(exerciseOrganisations)
    .innerJoin(organisations, eq(organisations.id, exerciseOrganisations.organisationId))
    .where(eq(exerciseOrganisations.exerciseId, exerciseId))
    .orderBy(asc(organisations.code));
}

export async function replaceExerciseOrganisations(db: Executor, exerciseId: string, counts: readonly { organisationId: string; count: number }[]) {
  await db.delete(exerciseOrganisations).where(eq(exerciseOrganisations.exerciseId, exerciseId));
  if (counts.length > 0) {
    await db
      .insert(exerciseOrganisations)
      .values(counts.map((c) => ({ exerciseId, organisationId: c.organisationId, participantCount: c.count })));
  }
}

export async function findExercisePeople(db: Executor, exerciseId: string) {
  return db
    .select({
      userId: exercisePeople.userId,
      role: exercisePeople.role,
      name: users.name,
      organisationId: users.organisationId,
      organisationCode: organisations.code,
    })
    .from(exercisePeople)
    .innerJoin(users, eq(users.id, exercisePeople.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(exercisePeople.exerciseId, exerciseId))
    .orderBy(asc(users.name));
}

export async function replaceExercisePeople(
  db: Executor,
  exerciseId: string,
  people: { participantUserIds: readonly string[]; plannerUserIds: readonly string[] },
) {
  await db.delete(exercisePeople).where(eq(exercisePeople.exerciseId, exerciseId));
  const rows = [
    ...people.participantUserIds.map((userId) => ({ exerciseId, userId, role: 'participant' as const })),
    ...people.plannerUserIds.map((userId) => ({ exerciseId, userId, role: 'planner' as const })),
  ];
  if (rows.length > 0) await db.insert(exercisePeople).values(rows);
}

export async function findExerciseObjectives(db: Executor, exerciseId: string) {
  return db
    .select()
    .from(exerciseObjectives)
    .where(eq(exerciseObjectives.exerciseId, exerciseId))
    .orderBy(asc(exerciseObjectives.position), asc(exerciseObjectives.id));
}

export async function findExerciseInjects(db: Executor, exerciseId: string) {
  return db
    .select({
      id: exerciseInjects.id,
      position: exerciseInjects.position,
      offsetMinutes: exerciseInjects.offsetMinutes,
      fromParty: exerciseInjects.fromParty,
      toParty: exerciseInjects.toParty,
      message: exerciseInjects.message,
      expectedAction: exerciseInjects.expectedAction,
      responsibleOrganisationId: exerciseInjects.responsibleOrganisationId,
      responsibleOrganisationCode: organisations.code,
      legalBasisId: exerciseInjects.legalBasisId,
      legalBasisCode: legalBases.code,
      version: exerciseInjects.version,
    })
    .from(exerciseInjects)
    .leftJoin(organisations, eq(organisations.id, exerciseInjects.responsibleOrganisationId))
    .leftJoin(legalBases, eq(legalBases.id, exerciseInjects.legalBasisId))
    .where(eq(exerciseInjects.exerciseId, exerciseId))
    .orderBy(asc(exerciseInjects.position), asc(exerciseInjects.id));
}

export async function findInjectPositions(db: Executor, exerciseId: string) {
  return db
    .select({ id: exerciseInjects.id, position: exerciseInjects.position })
    .from(exerciseInjects)
    .where(eq(exerciseInjects.exerciseId, exerciseId))
    .orderBy(asc(exerciseInjects.position), asc(exerciseInjects.id));
}

export async function setInjectPosition(db: Executor, id: string, position: number) {
  await db.update(exerciseInjects).set({ position }).where(eq(exerciseInjects.id, id));
}

export async function findInjectForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(exerciseInjects).where(eq(exerciseInjects.id, id)).for('update');
  return row ?? null;
}

export async function findInject(db: Executor, id: string) {
  const [row] = await db.select().from(exerciseInjects).where(eq(exerciseInjects.id, id));
  return row ?? null;
}

export async function findExerciseObservations(db: Executor, exerciseId: string) {
  return db
    .select({
      id: exerciseObservations.id,
      objectiveId: exerciseObservations.objectiveId,
      conditionId: exerciseObservations.conditionId,
      conditionLabelNl: conditionNodes.labelNl,
      conditionLabelEn: conditionNodes.labelEn,
      rating: exerciseObservations.rating,
      kind: exerciseObservations.kind,
      text: exerciseObservations.text,
      recommendationId: exerciseObservations.recommendationId,
      recommendationCode: recommendations.code,
      version: exerciseObservations.version,
      createdAt: exerciseObservations.createdAt,
    })
    .from(exerciseObservations)
    .innerJoin(conditionNodes, eq(conditionNodes.id, exerciseObservations.conditionId))
    .leftJoin(recommendations, eq(recommendations.id, exerciseObservations.recommendationId))
    .where(eq(exerciseObservations.exerciseId, exerciseId))
    .orderBy(asc(exerciseObservations.createdAt), asc(exerciseObservations.id));
}

export async function countObservations(db: Executor, exerciseId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(exerciseObservations).where(eq(exerciseObservations.exerciseId, exerciseId));
  return row?.n ?? 0;
}

export async function findObservation(db: Executor, id: string) {
  const [row] = await db.select().from(exerciseObservations).where(eq(exerciseObservations.id, id));
  return row ?? null;
}

export async function findObservationForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(exerciseObservations).where(eq(exerciseObservations.id, id)).for('update');
  return row ?? null;
}

export async function countActionsOfObservation(db: Executor, observationId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(improvementActions).where(eq(improvementActions.observationId, observationId));
  return row?.n ?? 0;
}

/** Improvement actions of an observation that became recommendations. */
export async function countRecommendedActionsOfObservation(db: Executor, observationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(improvementActions)
    .where(and(eq(improvementActions.observationId, observationId), isNotNull(improvementActions.recommendationId)));
  return row?.n ?? 0;
}

export async function findImprovementActions(db: Executor, exerciseId: string) {
  return db
    .select({
      id: improvementActions.id,
      observationId: improvementActions.observationId,
      action: improvementActions.action,
      owner: improvementActions.owner,
      ownerOrganisationId: improvementActions.ownerOrganisationId,
      ownerOrganisationCode: organisations.code,
      dueDate: improvementActions.dueDate,
      recommendationId: improvementActions.recommendationId,
      recommendationCode: recommendations.code,
      version: improvementActions.version,
    })
    .from(improvementActions)
    .leftJoin(organisations, eq(organisations.id, improvementActions.ownerOrganisationId))
    .leftJoin(recommendations, eq(recommendations.id, improvementActions.recommendationId))
    .where(eq(improvementActions.exerciseId, exerciseId))
    .orderBy(asc(improvementActions.dueDate), asc(improvementActions.createdAt), asc(improvementActions.id));
}

export async function findImprovementAction(db: Executor, id: string) {
  const [row] = await db.select().from(improvementActions).where(eq(improvementActions.id, id));
  return row ?? null;
}

export async function findImprovementActionForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(improvementActions).where(eq(improvementActions.id, id)).for('update');
  return row ?? null;
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
      .where(scopeCondition(scope, scenarios.groupId))
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
      .where(scopeCondition(scope, scenarios.groupId)),
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
