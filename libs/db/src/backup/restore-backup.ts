import { rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { backupErrors, DomainError } from '@srw/domain';
import type { DatabaseHandle } from '../client';
import { migrateDatabase } from '../migrate';
import { rebuildSearchDocuments } from '../queries/search';
import {
  insertTableRows,
  isSuperuser,
  lastAppliedMigration,
  listTableColumns,
  listUserTables,
  readTablePage,
  setSequence,
  stableOrderBy,
  tablesWithRows,
} from './backup-catalog';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  headerChecksum,
  TableHasher,
  type BackupHeader,
  type BackupSchemaVersion,
  type BackupTrailer,
} from './backup-format';
import { codeSchemaVersion, migrationsFolderUpTo, schemaVersionAt } from './backup-schema-version';
import { BACKUP_PAGE_SIZE, setSerialisationSettings } from './create-backup';

/** Rows per INSERT … json_populate_recordset statement. */
const INSERT_BATCH = 2000;

export interface ReadBackup {
  header: BackupHeader;
  /** Every row line of every table, in header order. */
  lines: string[];
}

function damaged(reason: string, table?: string): DomainError {
  return new DomainError(backupErrors.BACKUP_DAMAGED, { params: table ? { reason, table } : { reason } });
}

/**
 * Reads and checks a whole backup file before anything is written: gzip
 * complete, header intact, every table's row count and SHA-256, the trailer.
 * Throws BACKUP_DAMAGED (reason `gzip`, `header`, `format`, `table` or `trailer`).
 */
export function readBackup(data: Buffer): ReadBackup {
  let text: string;
  try {
    text = gunzipSync(data).toString('utf8');
  } catch {
    throw damaged('gzip');
  }
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let header: BackupHeader;
  try {
    header = JSON.parse(lines[0] ?? '') as BackupHeader;
  } catch {
    throw damaged('header');
  }
  if (header.format !== BACKUP_FORMAT || !Array.isArray(header.tables)) throw damaged('header');
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) throw damaged('format');
  if (headerChecksum(header) !== header.checksum) throw damaged('header');
  let position = 1;
  for (const table of header.tables) {
    const hasher = new TableHasher();
    for (let i = 0; i < table.rowCount; i++) {
      const line = lines[position + i];
      if (line === undefined || line.startsWith('{"end":')) throw damaged('table', table.name);
      hasher.add(line);
    }
    if (hasher.digest() !== table.sha256) throw damaged('table', table.name);
    position += table.rowCount;
  }
  const rowCount = position - 1;
  let trailer: BackupTrailer | null = null;
  try {
    trailer = JSON.parse(lines[position] ?? '') as BackupTrailer;
  } catch {
    trailer = null;
  }
  if (!trailer || trailer.end !== true || trailer.rows !== rowCount || lines.length !== position + 1) {
    throw damaged('trailer');
  }
  return { header, lines: lines.slice(1, position) };
}

/** Refuses a backup of a schema this code does not have (newer, or never seen). */
export function assertRestorableVersion(version: BackupSchemaVersion, migrationsDir?: string): void {
  const code = codeSchemaVersion(migrationsDir);
  if (version.when > code.when) {
    throw new DomainError(backupErrors.BACKUP_SCHEMA_NEWER, {
      params: { backupVersion: version.tag, codeVersion: code.tag },
    });
  }
  if (schemaVersionAt(version.when, migrationsDir)?.tag !== version.tag) {
    throw new DomainError(backupErrors.BACKUP_SCHEMA_UNKNOWN, { params: { backupVersion: version.tag } });
  }
}

export interface RestoreResult {
  tables: number;
  rows: number;
  backupVersion: string;
  /** The version after migrating forward: the code's. */
  schemaVersion: string;
}

/**
 * Restores a backup into an EMPTY database (no row in any application table):
 * checks the file and the versions first, migrates the target to the backup's
 * version, inserts everything in ONE transaction (foreign-key triggers off with
 * `session_replication_role = replica` where allowed, otherwise in dependency
 * order), sets the sequences, re-reads every table and compares its SHA-256
 * before committing, and finally migrates forward to the code's version.
 */
export async function restoreBackup(
  handle: DatabaseHandle,
  data: Buffer,
  options: { databaseUrl?: string | undefined; migrationsDir?: string | undefined } = {},
): Promise<RestoreResult> {
  const { databaseUrl, migrationsDir } = options;
  const { header, lines } = readBackup(data);
  assertRestorableVersion(header.schemaVersion, migrationsDir);
  const { db } = handle;

  const filled = await tablesWithRows(db, await listUserTables(db));
  if (filled.length > 0) {
    const named = filled.slice(0, 5).join(', ') + (filled.length > 5 ? ` … (+${filled.length - 5})` : '');
    throw new DomainError(backupErrors.BACKUP_TARGET_NOT_EMPTY, { params: { tables: named } });
  }
  const applied = await lastAppliedMigration(db);
  if (applied !== null && applied > header.schemaVersion.when) {
    throw new DomainError(backupErrors.BACKUP_TARGET_SCHEMA_AHEAD, {
      params: { targetVersion: schemaVersionAt(applied, migrationsDir)?.tag ?? String(applied) },
    });
  }

  const folder = migrationsFolderUpTo(header.schemaVersion.when, migrationsDir);
  try {
    await migrateDatabase(handle, databaseUrl, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const present = new Set(await listUserTables(db));
  const missing = header.tables.find((table) => !present.has(table.name));
  if (missing) throw damaged('table', missing.name);

  await db.transaction(async (tx) => {
    await setSerialisationSettings(tx);
    if (await isSuperuser(tx)) await tx.execute(sql`set local session_replication_role = replica`);
    let position = 0;
    for (const table of header.tables) {
      const columns = (await listTableColumns(tx, table.name)).filter((c) => !c.generated).map((c) => c.name);
      for (let start = 0; start < table.rowCount; start += INSERT_BATCH) {
        const end = Math.min(start + INSERT_BATCH, table.rowCount);
        const batch = lines.slice(position + start, position + end);
        await insertTableRows(tx, table.name, columns, `[${batch.join(',')}]`);
      }
      position += table.rowCount;
    }
    for (const sequence of header.sequences) {
      await setSequence(tx, sequence.name, sequence.lastValue, sequence.isCalled);
    }
    // What went in must read back exactly as it was backed up; otherwise nothing is kept.
    for (const table of header.tables) {
      const orderBy = stableOrderBy(await listTableColumns(tx, table.name));
      const hasher = new TableHasher();
      for (let offset = 0; ; offset += BACKUP_PAGE_SIZE) {
        const page = await readTablePage(tx, table.name, orderBy, offset, BACKUP_PAGE_SIZE);
        for (const line of page) hasher.add(line);
        if (page.length < BACKUP_PAGE_SIZE) break;
      }
      if (hasher.count !== table.rowCount || hasher.digest() !== table.sha256) throw damaged('verify', table.name);
    }
  });

  await migrateDatabase(handle, databaseUrl, migrationsDir);
  // The search index is derived, never in a backup: rebuilt from what was restored.
  await rebuildSearchDocuments(db);
  return {
    tables: header.tables.length,
    rows: lines.length,
    backupVersion: header.schemaVersion.tag,
    schemaVersion: codeSchemaVersion(migrationsDir).tag,
  };
}
