import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveMigrationsFolder } from '../migrate';
import type { BackupSchemaVersion } from './backup-format';

interface JournalEntry {
  tag: string;
  when: number;
}

/** The committed migrations, oldest first, as the drizzle journal lists them. */
export function readMigrationJournal(migrationsDir?: string): JournalEntry[] {
  const folder = resolveMigrationsFolder(migrationsDir);
  const journal = JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}

/** The schema version this code brings: its last migration. */
export function codeSchemaVersion(migrationsDir?: string): BackupSchemaVersion {
  const last = readMigrationJournal(migrationsDir).at(-1);
  if (!last) throw new Error('the migrations journal is empty');
  return last;
}

/** The version a database is at, by the `when` of its last applied migration (null: unknown to this code). */
export function schemaVersionAt(when: number, migrationsDir?: string): BackupSchemaVersion | null {
  return readMigrationJournal(migrationsDir).find((entry) => entry.when === when) ?? null;
}

/**
 * A scratch copy of the migrations folder whose journal stops at `when`: the
 * migrator then builds the schema exactly as the backup knew it. The caller
 * removes the returned folder.
 */
export function migrationsFolderUpTo(when: number, migrationsDir?: string): string {
  const source = resolveMigrationsFolder(migrationsDir);
  const journal = JSON.parse(readFileSync(path.join(source, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  const entries = journal.entries.filter((entry) => entry.when <= when);
  const folder = mkdtempSync(path.join(tmpdir(), 'srw-restore-migrations-'));
  mkdirSync(path.join(folder, 'meta'));
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }, null, 2));
  for (const entry of entries)
    copyFileSync(path.join(source, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  return folder;
}
