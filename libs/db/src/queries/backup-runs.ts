import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { backupRuns, users } from '../schema';

export interface NewBackupRun {
  takenAt: Date;
  sizeBytes: number;
  rowCount: number;
  schemaVersion: string;
  engine: string;
  method: string;
  takenBy: string | null;
}

export async function insertBackupRun(db: Executor, values: NewBackupRun) {
  const [row] = await db.insert(backupRuns).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** The most recent backup, with the name of the admin who took it (null for the command line). */
export async function findLatestBackupRun(db: Executor) {
  const [row] = await db
    .select({
      id: backupRuns.id,
      takenAt: backupRuns.takenAt,
      sizeBytes: backupRuns.sizeBytes,
      rowCount: backupRuns.rowCount,
      schemaVersion: backupRuns.schemaVersion,
      engine: backupRuns.engine,
      method: backupRuns.method,
      takenByName: users.name,
    })
    .from(backupRuns)
    .leftJoin(users, eq(users.id, backupRuns.takenBy))
    .orderBy(desc(backupRuns.takenAt), desc(backupRuns.id))
    .limit(1);
  return row ?? null;
}
