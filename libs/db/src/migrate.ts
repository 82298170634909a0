import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { DatabaseHandle } from './client';

const JOURNAL = path.join('meta', '_journal.json');

/**
 * The committed migrations folder. A configured folder wins (MIGRATIONS_DIR in
 * container images, passed in from the server config); otherwise it is found
 * beside this file or above the working directory.
 */
export function resolveMigrationsFolder(configured?: string): string {
  const candidates: string[] = [];
  if (configured) candidates.push(path.resolve(/*turbopackIgnore: true*/ configured));
  if (import.meta.url.startsWith('file:')) {
    candidates.push(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations'));
  }
  let dir = process.cwd();
  for (let depth = 0; depth < 6; depth++) {
    candidates.push(path.join(/*turbopackIgnore: true*/ dir, 'libs', 'db', 'migrations'));
    dir = path.dirname(dir);
  }
  const found = candidates.find((candidate) => existsSync(path.join(/*turbopackIgnore: true*/ candidate, JOURNAL)));
  if (!found) {
    throw new Error(`Geen migraties gevonden. Zet MIGRATIONS_DIR (gezocht in: ${candidates.join(', ')}).`);
  }
  return found;
}

/** Advisory lock id, so app instances starting together migrate one at a time. */
const MIGRATION_LOCK_ID = 72_016_204;

export async function migrateDatabase(
  handle: DatabaseHandle,
  databaseUrl?: string,
  migrationsDir?: string,
): Promise<void> {
  const migrationsFolder = resolveMigrationsFolder(migrationsDir);
  if (handle.kind === 'pglite') {
    // PGlite runs in this process only (the data-folder lock guarantees it).
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  if (!databaseUrl) throw new Error('migrateDatabase needs the database URL for PostgreSQL');
  // A single dedicated connection holds the advisory lock for the whole run.
  const client = postgres(databaseUrl, { max: 1, onnotice: () => undefined });
  try {
    const db = drizzlePostgres({ client });
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
    try {
      await migratePostgres(db, { migrationsFolder });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
