import { countUsers, migrateDatabase, openDatabase, seedReferenceData, type DatabaseHandle } from '@srw/db';
import { createAuth, type Auth } from './auth';
import { serverConfig, type ServerConfig } from './config';
import { startBackgroundWork } from './background';
import { seedDemoWorkspace } from './seed/demo';
import { seedDemoIdentityProviders } from './demo-oidc/demo-oidc-seed';

/** What a running server holds: one database handle, one auth instance, the config. */
export interface ServerRuntime {
  handle: DatabaseHandle;
  auth: Auth;
  config: ServerConfig;
}

export interface StartOptions {
  config?: ServerConfig;
  /** Seed demo users and groups when the database has no users yet. */
  seedDemoWhenEmpty?: boolean;
  log?: (message: string) => void;
}

/**
 * Opens the database (taking the data-folder lock for PGlite), applies the
 * committed migrations, loads the reference data and, on an empty database,
 * the demo data.
 */
export async function startRuntime(options: StartOptions = {}): Promise<ServerRuntime> {
  const config = options.config ?? serverConfig();
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDataDir: config.pgliteDataDir });
  try {
    const opened = performance.now();
    log(`Database: ${handle.kind} (${handle.location})`);
    await migrateDatabase(handle, config.databaseUrl, config.migrationsDir);
    const migrated = performance.now();
    await seedReferenceData(handle.db);
    if ((options.seedDemoWhenEmpty ?? config.seedDemoData) && (await countUsers(handle.db)) === 0) {
      if (await seedDemoWorkspace(handle.db, config.authSecret)) {
        await seedDemoIdentityProviders(handle.db, config); // OIDC (issue 13): the local demo provider's organisations
        log('Demodata geladen (lege database).');
      }
    }
    // Where a slow start goes, for whoever measures it (npm run bench:http prints the cold start).
    const ms = (from: number, to: number) => `${Math.round(to - from)} ms`;
    const ready = performance.now();
    log(
      `Gereed in ${ms(started, ready)}: openen ${ms(started, opened)}, migraties ${ms(opened, migrated)}, gegevens ${ms(migrated, ready)}.`,
    );
    return { handle, auth: createAuth(handle.db, config), config };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

const globalKey = Symbol.for('samenwerkingsruimte.runtime');
type GlobalWithRuntime = typeof globalThis & { [globalKey]?: Promise<ServerRuntime> };

/**
 * The server's runtime, created once per process on first use (never at import
 * time, so `next build` opens no database).
 */
export function getRuntime(): Promise<ServerRuntime> {
  const store = globalThis as GlobalWithRuntime;
  if (!store[globalKey]) {
    const log = (m: string) => console.info(`[samenwerkingsruimte] ${m}`);
    store[globalKey] = startRuntime({ log })
      .then((runtime) => {
        // Reminders and mail run beside the requests; a queue that cannot start must not stop the app.
        startBackgroundWork(runtime.handle, runtime.config, log).catch((error: unknown) =>
          log(`Taken niet gestart: ${error instanceof Error ? error.message : String(error)}`),
        );
        return runtime;
      })
      .catch((error: unknown) => {
        delete store[globalKey];
        throw error;
      });
  }
  return store[globalKey];
}
