import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import {
  conditionNodes,
  exerciseObservations,
  improvementActions,
  recommendations,
  type ExerciseObservationRow,
} from '../schema';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

export async function findExerciseObservations(db: Executor, exerciseId: string) {
  return db
    .select({
      id: exerciseObservations.id,
      objectiveId: exerciseObservations.objectiveId,
      injectId: exerciseObservations.injectId,
      conditionId: exerciseObservations.conditionId,
      conditionLabelNl: conditionNodes.labelNl,
      conditionLabelEn: conditionNodes.labelEn,
      rating: exerciseObservations.rating,
      kind: exerciseObservations.kind,
      text: exerciseObservations.text,
      recommendationId: exerciseObservations.recommendationId,
      recommendationCode: recommendations.code,
      recommendationTitle: recommendations.title,
      recommendationStatus: recommendations.status,
      version: exerciseObservations.version,
      createdAt: exerciseObservations.createdAt,
    })
    .from(exerciseObservations)
    .leftJoin(conditionNodes, eq(conditionNodes.id, exerciseObservations.conditionId))
    .leftJoin(recommendations, eq(recommendations.id, exerciseObservations.recommendationId))
    .where(eq(exerciseObservations.exerciseId, exerciseId))
    .orderBy(asc(exerciseObservations.createdAt), asc(exerciseObservations.id));
}

/** The exercise's observations, and how many of them still lack a Triad indicator. */
export async function countObservations(
  db: Executor,
  exerciseId: string,
): Promise<{ total: number; withoutIndicator: number }> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      withoutIndicator: sql<number>`(count(*) filter (where ${exerciseObservations.conditionId} is null))::int`,
    })
    .from(exerciseObservations)
    .where(eq(exerciseObservations.exerciseId, exerciseId));
  return { total: row?.total ?? 0, withoutIndicator: row?.withoutIndicator ?? 0 };
}

export async function findObservation(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, exerciseObservations, id, options);
}

export async function countActionsOfObservation(db: Executor, observationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(improvementActions)
    .where(eq(improvementActions.observationId, observationId));
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

export type ObservationValues = Pick<
  ExerciseObservationRow,
  'text' | 'rating' | 'kind' | 'conditionId' | 'objectiveId' | 'injectId'
>;

export async function insertObservation(
  db: Executor,
  values: ObservationValues & { exerciseId: string; createdBy: string },
): Promise<ExerciseObservationRow> {
  const [row] = await db.insert(exerciseObservations).values(values).returning();
  if (!row) throw new Error('insert exercise_observations returned no row');
  return row;
}

export async function updateObservationRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<ObservationValues & Pick<ExerciseObservationRow, 'recommendationId'>>,
): Promise<ExerciseObservationRow> {
  return updateVersioned(db, exerciseObservations, id, expectedVersion, values);
}

/** Removes the observation and, by cascade, its improvement actions. */
export async function deleteObservationRow(db: Executor, id: string): Promise<void> {
  await db.delete(exerciseObservations).where(eq(exerciseObservations.id, id));
}
