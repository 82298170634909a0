/** `npm run db:migrate`: applies the committed migrations and loads the reference data. */
import { migrateDatabase, openDatabase, seedReferenceData } from '@srw/db';
import { readServerConfig } from '@srw/api';

const config = readServerConfig();
try {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDataDir: config.pgliteDataDir });
  try {
    await migrateDatabase(handle, config.databaseUrl, config.migrationsDir);
    await seedReferenceData(handle.db);
    console.log(`Migraties toegepast op ${handle.kind} (${handle.location}).`);
  } finally {
    await handle.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
