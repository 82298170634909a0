import { asc } from 'drizzle-orm';
import type { Executor } from '../client';
import { conditionNodes, cooperationLevels, legalBases } from '../schema';

/** Reference data (loaded from `seed/data` at every start), in its display order. */
export async function listCooperationLevels(db: Executor) {
  return db.select().from(cooperationLevels).orderBy(asc(cooperationLevels.sortOrder));
}

export async function listConditionNodes(db: Executor) {
  return db.select().from(conditionNodes).orderBy(asc(conditionNodes.sortOrder));
}

export async function listLegalBases(db: Executor) {
  return db.select().from(legalBases).orderBy(asc(legalBases.code));
}
