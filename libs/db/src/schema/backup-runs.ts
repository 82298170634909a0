import { bigint, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from './columns';
import { users } from './users';

/**
 * One row per backup taken (admin download, `db:backup` on the command line):
 * the admin page's "last backup" line and its seven-day warning read it.
 */
export const backupRuns = pgTable(
  'backup_runs',
  {
    id: idColumn(),
    takenAt: timestamp('taken_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    rowCount: integer('row_count').notNull(),
    /** The last migration the backup's data belongs to. */
    schemaVersion: text('schema_version').notNull(),
    /** `pglite` or `postgres`: where the backup was read from. */
    engine: text('engine').notNull(),
    /** `download` (admin area), `cli` (db:backup on the database itself) or `cli-http` (db:backup through the app). */
    method: text('method').notNull(),
    /** The admin who downloaded it; null for the command line. */
    takenBy: uuid('taken_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [index('backup_runs_taken_idx').on(table.takenAt)],
);

export type BackupRunRow = typeof backupRuns.$inferSelect;
