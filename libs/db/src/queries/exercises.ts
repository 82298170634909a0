import { and, asc, eq, gt, gte, inArray, lt, or } from 'drizzle-orm';
import { decodeCursor, toPage, type ExerciseStatus, type ExerciseType, type Page } from '@srw/domain';
import type { Executor } from '../client';
import {
  exerciseObjectives,
  exerciseOrganisations,
  exercisePeople,
  exercises,
  organisations,
  scenarios,
  users,
  workingGroups,
  type ExerciseObjectiveRow,
  type ExerciseRow,
} from '../schema';
import { groupScopeCondition, type GroupScope } from './scenarios';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

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
  const cursor = decodeCursor(query.cursor, 'instant');
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
        groupScopeCondition(query, exercises.groupId),
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

export async function findExercise(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, exercises, id, options);
}

type ExerciseValues = Pick<ExerciseRow, 'title' | 'type' | 'startsAt' | 'endsAt' | 'location'>;

export async function insertExercise(
  db: Executor,
  values: ExerciseValues & { groupId: string; scenarioId: string; createdBy: string },
): Promise<ExerciseRow> {
  const [row] = await db.insert(exercises).values(values).returning();
  if (!row) throw new Error('insert exercises returned no row');
  return row;
}

/** Also with no values: bumps the version when the exercise's children change (a reorder). */
export async function updateExerciseRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<ExerciseValues & Pick<ExerciseRow, 'status' | 'cancellationReason'>>,
): Promise<ExerciseRow> {
  return updateVersioned(db, exercises, id, expectedVersion, values);
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

export async function replaceExerciseOrganisations(
  db: Executor,
  exerciseId: string,
  counts: readonly { organisationId: string; count: number }[],
) {
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

/** The exercise's planning team: its controllers on the day. */
export async function findExercisePlannerUserIds(db: Executor, exerciseId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: exercisePeople.userId })
    .from(exercisePeople)
    .where(and(eq(exercisePeople.exerciseId, exerciseId), eq(exercisePeople.role, 'planner')));
  return rows.map((r) => r.userId);
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

export interface ObjectiveValues {
  /** Present for an existing objective; absent for a new one. */
  id?: string | undefined;
  description: string;
  conditionIds: string[];
}

/**
 * Sets the objectives to exactly the given ones, numbered in order: those with
 * an id are updated (a new version), new ones inserted, missing ones removed
 * (their observations keep no objective). The caller checked the ids are the
 * exercise's own and holds the exercise's lock.
 */
export async function replaceExerciseObjectives(
  db: Executor,
  exerciseId: string,
  objectives: readonly ObjectiveValues[],
  actorId: string,
) {
  const existing: ExerciseObjectiveRow[] = await findExerciseObjectives(db, exerciseId);
  const keptIds = objectives.flatMap((o) => (o.id ? [o.id] : []));
  const removed = existing.filter((o) => !keptIds.includes(o.id)).map((o) => o.id);
  if (removed.length > 0) await db.delete(exerciseObjectives).where(inArray(exerciseObjectives.id, removed));
  for (const [index, objective] of objectives.entries()) {
    const values = { position: index + 1, description: objective.description, conditionIds: objective.conditionIds };
    const current = objective.id ? existing.find((o) => o.id === objective.id) : undefined;
    if (current) await updateVersioned(db, exerciseObjectives, current.id, current.version, values);
    else await db.insert(exerciseObjectives).values({ exerciseId, ...values, createdBy: actorId });
  }
}
