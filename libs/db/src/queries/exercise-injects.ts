import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { alias } from 'drizzle-orm/pg-core';
import { exerciseInjects, legalBases, organisations, users, type ExerciseInjectRow } from '../schema';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

const deliverers = alias(users, 'deliverers');

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
      legalBasisTitle: legalBases.title,
      deliveryStatus: exerciseInjects.deliveryStatus,
      deliveredAt: exerciseInjects.deliveredAt,
      deliveredByName: deliverers.name,
      deliveryReason: exerciseInjects.deliveryReason,
      adHoc: exerciseInjects.adHoc,
      version: exerciseInjects.version,
    })
    .from(exerciseInjects)
    .leftJoin(organisations, eq(organisations.id, exerciseInjects.responsibleOrganisationId))
    .leftJoin(legalBases, eq(legalBases.id, exerciseInjects.legalBasisId))
    .leftJoin(deliverers, eq(deliverers.id, exerciseInjects.deliveredBy))
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

export async function findInject(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, exerciseInjects, id, options);
}

export type InjectValues = Pick<
  ExerciseInjectRow,
  | 'offsetMinutes'
  | 'fromParty'
  | 'toParty'
  | 'message'
  | 'expectedAction'
  | 'responsibleOrganisationId'
  | 'legalBasisId'
>;

export type InjectDeliveryValues = Pick<
  ExerciseInjectRow,
  'deliveryStatus' | 'deliveredAt' | 'deliveredBy' | 'deliveryReason'
>;

/** Inserts injects in the order given, at the positions given. */
export async function insertInjects(
  db: Executor,
  injects: readonly (InjectValues &
    Partial<InjectDeliveryValues & Pick<ExerciseInjectRow, 'adHoc'>> & {
      exerciseId: string;
      position: number;
      createdBy: string;
    })[],
): Promise<ExerciseInjectRow[]> {
  if (injects.length === 0) return [];
  return db
    .insert(exerciseInjects)
    .values([...injects])
    .returning();
}

export async function updateInjectRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: InjectValues,
): Promise<ExerciseInjectRow> {
  return updateVersioned(db, exerciseInjects, id, expectedVersion, values);
}

/** Records where an inject stands on the exercise day. */
export async function updateInjectDeliveryRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: InjectDeliveryValues,
): Promise<ExerciseInjectRow> {
  return updateVersioned(db, exerciseInjects, id, expectedVersion, values);
}

export async function deleteInjectRow(db: Executor, id: string): Promise<void> {
  await db.delete(exerciseInjects).where(eq(exerciseInjects.id, id));
}
