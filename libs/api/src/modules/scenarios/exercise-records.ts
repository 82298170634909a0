import type { Executor, ExerciseRow } from '@srw/db';
import { assertExpectedVersion, DomainError, type Actor, type ExerciseStatus } from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { lockEditableExercise, lockExerciseOf } from './scenario-access';

/** A record that belongs to an exercise (an inject, observation or improvement action). */
type ExerciseRecordRow = Record<string, unknown> & { version: number };

/** Which record a caller means, at the version it last saw. */
interface RecordRef {
  id: string;
  version: number;
}

/** How to find one kind of exercise record, with and without a row lock. */
export interface ExerciseRecordFinders<Row extends ExerciseRecordRow> {
  find: (db: Executor, id: string) => Promise<{ exerciseId: string } | null>;
  findForUpdate: (db: Executor, id: string) => Promise<Row | null>;
}

/** One kind of exercise record: how to find and delete it, what it is called in the audit trail, and which exercise statuses allow changing it. */
export interface ExerciseRecordKind<Row extends ExerciseRecordRow> extends ExerciseRecordFinders<Row> {
  entityType: string;
  assertStatusAllows: (status: ExerciseStatus) => void;
  /** Deletes the locked record; may first refuse with a domain error (checked against the locked row). */
  remove: (tx: Executor, current: Row & { id: string }) => Promise<unknown>;
}

/**
 * Locks an exercise record and its exercise for a change: NOT_FOUND when either
 * is gone or its group unreadable, FORBIDDEN when the actor may not edit, the
 * status assertion's error when the exercise's status does not allow the change,
 * CONFLICT when the record changed since the caller read it.
 */
export async function lockExerciseRecord<Row extends ExerciseRecordRow>(
  tx: Executor,
  actor: Actor,
  finders: ExerciseRecordFinders<Row>,
  ref: RecordRef,
  assertStatusAllows?: (status: ExerciseStatus) => void,
): Promise<{ exercise: ExerciseRow; current: Row }> {
  const exercise = await lockExerciseOf(tx, actor, (await finders.find(tx, ref.id))?.exerciseId);
  assertStatusAllows?.(exercise.status);
  const current = await finders.findForUpdate(tx, ref.id);
  if (!current) throw new DomainError('NOT_FOUND');
  assertExpectedVersion(ref.version, current.version);
  return { exercise, current };
}

/**
 * Adds a record to an exercise in a transaction of its own: locks the exercise,
 * checks its status, lets `insert` validate and insert the record (returning
 * the new row), and audits the creation.
 */
export async function addExerciseRecord<Row extends ExerciseRecordRow & { id: string }>(
  ctx: ServiceContext,
  actor: Actor,
  kind: ExerciseRecordKind<Row>,
  exerciseId: string,
  insert: (tx: Executor, exercise: ExerciseRow) => Promise<Row | undefined>,
): Promise<Row> {
  return ctx.db.transaction(async (tx) => {
    const exercise = await lockEditableExercise(tx, actor, exerciseId);
    kind.assertStatusAllows(exercise.status);
    const created = await insert(tx, exercise);
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: kind.entityType,
      entityId: created.id,
      groupId: exercise.groupId,
      after: created,
    });
    return created;
  });
}

/**
 * Updates one exercise record in a transaction of its own: locks it, lets
 * `write` validate and update it (returning the new row), and audits the change.
 */
export async function updateExerciseRecord<Row extends ExerciseRecordRow>(
  ctx: ServiceContext,
  actor: Actor,
  kind: ExerciseRecordKind<Row>,
  ref: RecordRef,
  write: (tx: Executor, exercise: ExerciseRow) => Promise<Row | undefined>,
): Promise<Row> {
  return ctx.db.transaction(async (tx) => {
    const { exercise, current } = await lockExerciseRecord(tx, actor, kind, ref, kind.assertStatusAllows);
    const updated = await write(tx, exercise);
    if (!updated) throw new DomainError('NOT_FOUND');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: kind.entityType,
      entityId: ref.id,
      groupId: exercise.groupId,
      before: current,
      after: updated,
    });
    return updated;
  });
}

/** Deletes one exercise record in a transaction of its own, after locking it, and audits the deletion. */
export async function removeExerciseRecord<Row extends ExerciseRecordRow>(
  ctx: ServiceContext,
  actor: Actor,
  kind: ExerciseRecordKind<Row>,
  ref: RecordRef,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    const { exercise, current } = await lockExerciseRecord(tx, actor, kind, ref, kind.assertStatusAllows);
    await kind.remove(tx, { ...current, id: ref.id });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'delete',
      entityType: kind.entityType,
      entityId: ref.id,
      groupId: exercise.groupId,
      before: current,
    });
    return { id: ref.id };
  });
}
