import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { backupErrors, DomainError } from '@srw/domain';
import type { Database, DatabaseKind, Executor } from '../client';
import {
  detectEngine,
  lastAppliedMigration,
  listForeignKeyEdges,
  listSequences,
  listTableColumns,
  listUserTables,
  readTablePage,
  stableOrderBy,
} from './backup-catalog';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  headerChecksum,
  orderTablesByDependency,
  TableHasher,
  type BackupHeader,
  type BackupTable,
} from './backup-format';
import { schemaVersionAt } from './backup-schema-version';

/** Rows read (and compressed) per step: bounded memory for a table of any size. */
export const BACKUP_PAGE_SIZE = 5000;

export interface CreatedBackup {
  /** The whole file: gzip members (header, pages of rows, trailer) one after another. */
  data: Buffer;
  header: BackupHeader;
  rowCount: number;
}

export interface CreateBackupOptions {
  /** Which engine `db` is; asked from the database when absent. */
  engine?: DatabaseKind;
  /** The moment recorded in the header. */
  now?: Date;
  /** The committed migrations folder (MIGRATIONS_DIR), when not beside the code. */
  migrationsDir?: string | undefined;
}

/**
 * Writes every row of every application table, read inside ONE read-only
 * REPEATABLE READ transaction: on PostgreSQL a consistent snapshot while the
 * app keeps writing; on PGlite (one connection) the transaction alone suffices.
 */
export async function createBackup(db: Database, options: CreateBackupOptions = {}): Promise<CreatedBackup> {
  const { engine, now = new Date(), migrationsDir } = options;
  return db.transaction(
    async (tx) => {
      await setSerialisationSettings(tx);
      const source = engine ?? (await detectEngine(tx));
      const applied = await lastAppliedMigration(tx);
      const schemaVersion = applied === null ? null : schemaVersionAt(applied, migrationsDir);
      if (!schemaVersion) {
        throw new DomainError(backupErrors.BACKUP_SOURCE_SCHEMA_UNKNOWN, {
          params: { databaseVersion: applied === null ? '—' : String(applied) },
        });
      }
      const tables = orderTablesByDependency(await listUserTables(tx), await listForeignKeyEdges(tx));
      const pages: Buffer[] = [];
      const summary: BackupTable[] = [];
      let rowCount = 0;
      for (const table of tables) {
        const orderBy = stableOrderBy(await listTableColumns(tx, table));
        const hasher = new TableHasher();
        for (let offset = 0; ; offset += BACKUP_PAGE_SIZE) {
          const lines = await readTablePage(tx, table, orderBy, offset, BACKUP_PAGE_SIZE);
          if (lines.length === 0) break;
          for (const line of lines) hasher.add(line);
          pages.push(gzipSync(lines.join('\n') + '\n'));
          if (lines.length < BACKUP_PAGE_SIZE) break;
        }
        summary.push({ name: table, rowCount: hasher.count, sha256: hasher.digest() });
        rowCount += hasher.count;
      }
      const withoutChecksum: Omit<BackupHeader, 'checksum'> = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        schemaVersion,
        createdAt: now.toISOString(),
        engine: source,
        tables: summary,
        sequences: await listSequences(tx),
      };
      const header: BackupHeader = { ...withoutChecksum, checksum: headerChecksum(withoutChecksum) };
      const data = Buffer.concat([
        gzipSync(JSON.stringify(header) + '\n'),
        ...pages,
        gzipSync(JSON.stringify({ end: true, rows: rowCount }) + '\n'),
      ]);
      return { data, header, rowCount };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * The same text for the same value on every engine: UTC times, PostgreSQL-style
 * intervals. A page of a large table may take longer than a web request is
 * allowed (the pool's statement timeout), so the timeout is lifted for this
 * transaction only.
 */
export async function setSerialisationSettings(tx: Executor): Promise<void> {
  await tx.execute(sql`set local timezone = 'UTC'`);
  await tx.execute(sql`set local intervalstyle = 'postgres'`);
  await tx.execute(sql`set local statement_timeout = 0`);
}
