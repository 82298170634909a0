import { findExercise, type Executor, type ExerciseRow, type FindOptions } from '@srw/db';
import {
  assertCanWorkOnScenarios,
  assertExpectedVersion,
  DomainError,
  type Actor,
  type ExerciseStatus,
} from '@srw/domain';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { scenarioRelationOf } from './scenarios-access';

/** An exercise with the actor's access to its group; NOT_FOUND when either is gone or the group unreadable. */
export async function loadExerciseAccess(db: Executor, actor: Actor, exerciseId: string) {
  const exercise = await findExercise(db, exerciseId);
  if (!exercise) throw new DomainError('NOT_FOUND');
  const access = await loadGroupAccess(db, actor, exercise.groupId);
  return { exercise, ...access };
}

/** Locks an exercise the actor may work on; the caller then checks what its status allows. */
export async function lockExerciseForWork(
  tx: Executor,
  actor: Actor,
  exerciseId: string | undefined,
): Promise<ExerciseRow> {
  if (!exerciseId) throw new DomainError('NOT_FOUND');
  const access = await loadExerciseAccess(tx, actor, exerciseId);
  assertCanWorkOnScenarios(scenarioRelationOf(access));
  const exercise = await findExercise(tx, exerciseId, { lock: true });
  if (!exercise) throw new DomainError('NOT_FOUND');
  return exercise;
}

/** A record that belongs to an exercise (an inject, observation or improvement action). */
export type ExerciseRecordRow = { id: string; exerciseId: string; version: number };

/** How to find one kind of exercise record: `findX(db, id, { lock })`. */
export type FindExerciseRecord<Row extends ExerciseRecordRow> = (
  db: Executor,
  id: string,
  options?: FindOptions,
) => Promise<Row | null>;

/** Which record a caller means, at the version it last saw. */
export interface RecordRef {
  id: string;
  version: number;
}

/**
 * Locks an exercise record and its exercise for a change: NOT_FOUND when either
 * is gone or its group unreadable, FORBIDDEN when the actor may not work on it,
 * the status assertion's error when the exercise's status does not allow the
 * change, CONFLICT when the record changed since the caller read it.
 */
export async function lockExerciseRecord<Row extends ExerciseRecordRow>(
  tx: Executor,
  actor: Actor,
  find: FindExerciseRecord<Row>,
  ref: RecordRef,
  assertStatusAllows?: (status: ExerciseStatus) => void,
): Promise<{ exercise: ExerciseRow; current: Row }> {
  const exercise = await lockExerciseForWork(tx, actor, (await find(tx, ref.id))?.exerciseId);
  assertStatusAllows?.(exercise.status);
  const current = await find(tx, ref.id, { lock: true });
  if (!current) throw new DomainError('NOT_FOUND');
  assertExpectedVersion(ref.version, current.version);
  return { exercise, current };
}
