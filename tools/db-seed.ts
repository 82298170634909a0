/**
 * `npm run db:seed`: migrates, loads the reference data (idempotent) and, when
 * the database has no users yet, the demo accounts and working groups.
 */
import { readServerConfig, startRuntime } from '@srw/api';

try {
  const runtime = await startRuntime({ config: readServerConfig(), seedDemoWhenEmpty: true, log: console.log });
  await runtime.handle.close();
  console.log('Referentiedata (en zo nodig demodata) geladen.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
