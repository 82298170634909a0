import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { improvementActions, organisations, recommendations, type ImprovementActionRow } from '../schema';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

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

export async function findImprovementAction(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, improvementActions, id, options);
}

export type ImprovementActionValues = Pick<
  ImprovementActionRow,
  'action' | 'owner' | 'ownerOrganisationId' | 'dueDate'
>;

export async function insertImprovementAction(
  db: Executor,
  values: ImprovementActionValues & { exerciseId: string; observationId: string; createdBy: string },
): Promise<ImprovementActionRow> {
  const [row] = await db.insert(improvementActions).values(values).returning();
  if (!row) throw new Error('insert improvement_actions returned no row');
  return row;
}

export async function updateImprovementActionRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<ImprovementActionValues & Pick<ImprovementActionRow, 'recommendationId'>>,
): Promise<ImprovementActionRow> {
  return updateVersioned(db, improvementActions, id, expectedVersion, values);
}

export async function deleteImprovementActionRow(db: Executor, id: string): Promise<void> {
  await db.delete(improvementActions).where(eq(improvementActions.id, id));
}
