/**
 * `npm run search:rebuild`: rewrites every search document from the records, on the
 * database the app would use (DATABASE_URL, else the embedded folder, which no
 * running app may hold). Migrates first, so the search functions exist.
 */
import { migrateDatabase, openDatabase, rebuildSearchDocuments } from '@srw/db';
import { readServerConfig } from '@srw/api';

const config = readServerConfig();
try {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDataDir: config.pgliteDataDir });
  try {
    await migrateDatabase(handle, config.databaseUrl, config.migrationsDir);
    const started = performance.now();
    const count = await rebuildSearchDocuments(handle.db);
    console.log(
      `Zoekindex opnieuw opgebouwd: ${count} records in ${Math.round(performance.now() - started)} ms (${handle.kind}, ${handle.location}).`,
    );
  } finally {
    await handle.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
