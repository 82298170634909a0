import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../client';
import { placementLessons, recommendations, type NewPlacementLessonRow, type PlacementLessonRow } from '../schema';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

/**
 * The lessons of a debrief, each with the recommendation it became (if that
 * still exists); callers decide whether the actor may see that recommendation.
 */
export async function listPlacementLessons(db: Executor, placementId: string) {
  return db
    .select({
      id: placementLessons.id,
      lesson: placementLessons.lesson,
      position: placementLessons.position,
      recommendationId: placementLessons.recommendationId,
      version: placementLessons.version,
      linkedRecommendation: {
        id: recommendations.id,
        code: recommendations.code,
        title: recommendations.title,
        groupId: recommendations.groupId,
      },
    })
    .from(placementLessons)
    .leftJoin(recommendations, eq(recommendations.id, placementLessons.recommendationId))
    .where(eq(placementLessons.placementId, placementId))
    .orderBy(asc(placementLessons.position));
}

export async function findPlacementLesson(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, placementLessons, id, options);
}

export async function insertPlacementLessons(db: Executor, values: readonly NewPlacementLessonRow[]): Promise<void> {
  if (values.length === 0) return;
  await db.insert(placementLessons).values([...values]);
}

export async function deletePlacementLessons(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(placementLessons).where(inArray(placementLessons.id, [...ids]));
}

/**
 * Moves a lesson kept in a saved debrief to its new place. Not a versioned
 * write: its text and recommendation link stay as they were.
 */
export async function movePlacementLesson(db: Executor, id: string, position: number): Promise<void> {
  await db.update(placementLessons).set({ position }).where(eq(placementLessons.id, id));
}

/** Links a lesson to the recommendation it became. */
export async function updatePlacementLessonRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<Pick<PlacementLessonRow, 'recommendationId'>>,
): Promise<PlacementLessonRow> {
  return updateVersioned(db, placementLessons, id, expectedVersion, values);
}
