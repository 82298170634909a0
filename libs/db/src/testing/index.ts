import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../client';
import { migrateDatabase } from '../migrate';
import { seedReferenceData } from '../seed/reference-data';

export type TestEngine = 'pglite' | 'postgres';

/** Which engine the integration suite runs on: TEST_DB_ENGINE=postgres needs TEST_DATABASE_URL. */
export function testEngine(): TestEngine {
  return process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabaseOptions {
  /**
   * Use exactly this PostgreSQL database (a benchmark's own): migrated and given
   * the reference data, and left as it is on `close()`. No other database on
   * that server is created, touched or dropped.
   */
  databaseUrl?: string | undefined;
}

async function prepare(handle: DatabaseHandle, databaseUrl?: string): Promise<DatabaseHandle> {
  await migrateDatabase(handle, databaseUrl);
  await seedReferenceData(handle.db);
  return handle;
}

/**
 * A fresh, migrated database with reference data: PGlite in memory, or a new
 * database on the server of TEST_DATABASE_URL that `close()` drops again; or,
 * with `databaseUrl`, that very database, which `close()` keeps.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    return prepare(await openDatabase({ databaseUrl: options.databaseUrl, poolSize: 4 }), options.databaseUrl);
  }
  if (testEngine() === 'pglite') return prepare(await openDatabase({ inMemory: true }));
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error('TEST_DB_ENGINE=postgres needs TEST_DATABASE_URL');
  const name = `srw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await prepare(await openDatabase({ databaseUrl: url.toString(), poolSize: 4 }), url.toString());
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
