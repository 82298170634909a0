// instrumentation loads this file outside the React server layer, where `server-only` would refuse it.
// eslint-disable-next-line no-restricted-imports
import { getRuntime } from '@srw/api';

/**
 * Opens the database (taking the lock on an embedded data folder), migrates and
 * seeds an empty database before the first request. A locked data folder stops
 * the server at once with the holder named, instead of risking corruption.
 */
export async function startServerRuntime(): Promise<void> {
  try {
    await getRuntime();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[samenwerkingsruimte] De server kan niet starten: ${message}`);
    process.exit(1);
  }
}
