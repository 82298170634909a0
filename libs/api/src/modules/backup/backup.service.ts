import { createBackup, findLatestBackupRun, insertBackupRun } from '@srw/db';
import {
  assertCanBackup,
  BACKUP_OVERDUE_AFTER_DAYS,
  backupFileName,
  backupPermissions,
  isBackupOverdue,
  type Actor,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';

/** How a backup was taken, as `backup_runs.method` records it. */
export type BackupMethod = 'download' | 'cli' | 'cli-http';

/** The admin page's line: the last backup (when, size, how, by whom) and whether it is overdue. */
export async function getBackupStatus(ctx: ServiceContext, actor: Actor, now = new Date()) {
  assertCanBackup(actor);
  const last = await findLatestBackupRun(ctx.db);
  return {
    lastBackup: last,
    overdue: isBackupOverdue(last?.takenAt ?? null, now),
    overdueAfterDays: BACKUP_OVERDUE_AFTER_DAYS,
    permissions: backupPermissions(actor),
  };
}

/** A backup for a signed-in admin (the admin area's download). */
export async function downloadBackup(ctx: ServiceContext, actor: Actor, migrationsDir?: string) {
  assertCanBackup(actor);
  return takeBackup(ctx, { takenBy: actor.userId, method: 'download', migrationsDir });
}

/**
 * Reads the whole workspace in one consistent snapshot, then records the run
 * and its audit event together in a second, short transaction.
 */
export async function takeBackup(
  ctx: ServiceContext,
  by: { takenBy: string | null; method: BackupMethod; migrationsDir?: string | undefined },
) {
  const takenAt = new Date();
  const backup = await createBackup(ctx.db, { now: takenAt, migrationsDir: by.migrationsDir });
  await ctx.db.transaction(async (tx) => {
    const run = await insertBackupRun(tx, {
      takenAt,
      sizeBytes: backup.data.length,
      rowCount: backup.rowCount,
      schemaVersion: backup.header.schemaVersion.tag,
      engine: backup.header.engine,
      method: by.method,
      takenBy: by.takenBy,
    });
    await recordAudit(tx, ctx, {
      actorId: by.takenBy,
      action: 'create',
      entityType: 'backup',
      entityId: run.id,
      after: { sizeBytes: run.sizeBytes, rowCount: run.rowCount, schemaVersion: run.schemaVersion, method: run.method },
    });
  });
  return { data: backup.data, fileName: backupFileName(takenAt), sizeBytes: backup.data.length };
}
