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

/**
 * A fresh, migrated database with reference data: PGlite in memory, or a new
 * database on the server of TEST_DATABASE_URL that `close()` drops again.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testEngine() === 'pglite') {
    const handle = await openDatabase({ inMemory: true });
    await migrateDatabase(handle);
    await seedReferenceData(handle.db);
    return handle;
  }
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error('TEST_DB_ENGINE=postgres needs TEST_DATABASE_URL');
  const name = `srw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  await migrateDatabase(handle, url.toString());
  await seedReferenceData(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
