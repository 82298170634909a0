import { aliasedTable, and, asc, eq } from 'drizzle-orm';
import { pendingExtensionStatus } from '@srw/domain';
import type { Executor } from '../client';
import { placementExtensions, users, type NewPlacementExtensionRow, type PlacementExtensionRow } from '../schema';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

/** A placement's extension requests, oldest first, with who asked and who decided. */
export async function listPlacementExtensions(db: Executor, placementId: string) {
  const decider = aliasedTable(users, 'decider');
  const requester = aliasedTable(users, 'requester');
  return db
    .select({
      id: placementExtensions.id,
      previousEndDate: placementExtensions.previousEndDate,
      requestedEndDate: placementExtensions.requestedEndDate,
      rationale: placementExtensions.rationale,
      overrideReason: placementExtensions.overrideReason,
      status: placementExtensions.status,
      decisionNote: placementExtensions.decisionNote,
      decidedAt: placementExtensions.decidedAt,
      decidedByName: decider.name,
      requestedByName: requester.name,
      createdAt: placementExtensions.createdAt,
      createdBy: placementExtensions.createdBy,
      version: placementExtensions.version,
    })
    .from(placementExtensions)
    .leftJoin(decider, eq(decider.id, placementExtensions.decidedBy))
    .leftJoin(requester, eq(requester.id, placementExtensions.createdBy))
    .where(eq(placementExtensions.placementId, placementId))
    .orderBy(asc(placementExtensions.createdAt), asc(placementExtensions.id));
}

export async function hasPendingExtension(db: Executor, placementId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: placementExtensions.id })
    .from(placementExtensions)
    .where(
      and(eq(placementExtensions.placementId, placementId), eq(placementExtensions.status, pendingExtensionStatus)),
    )
    .limit(1);
  return Boolean(row);
}

export async function findPlacementExtension(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, placementExtensions, id, options);
}

export async function insertPlacementExtension(
  db: Executor,
  values: NewPlacementExtensionRow,
): Promise<PlacementExtensionRow> {
  const [row] = await db.insert(placementExtensions).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Records the decision on a request. */
export async function updatePlacementExtensionRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<Pick<PlacementExtensionRow, 'status' | 'decidedBy' | 'decidedAt' | 'decisionNote'>>,
): Promise<PlacementExtensionRow> {
  return updateVersioned(db, placementExtensions, id, expectedVersion, values);
}
