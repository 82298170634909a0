import { sql } from '@srw/db';
import { serverConfig } from './config';
import { getRuntime } from './runtime';

export interface HealthReport {
  status: 'ok' | 'error';
  app: { version: string; uptimeSeconds: number };
  database: { status: 'ok' | 'error'; kind?: string; latencyMs?: number; message?: string };
}

/** The health check answers within this time, also while the database does not. */
export const HEALTH_TIMEOUT_MS = 2000;

class HealthTimeout extends Error {
  constructor() {
    super(`Database antwoordt niet binnen ${HEALTH_TIMEOUT_MS} ms`);
    this.name = 'HealthTimeout';
  }
}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HealthTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** For load balancers and deployments: is the app up, and does the database answer (within 2 s)? */
export async function checkHealth(): Promise<HealthReport> {
  const app = { version: serverConfig().appVersion, uptimeSeconds: Math.round(process.uptime()) };
  const started = performance.now();
  try {
    await within(
      getRuntime().then((runtime) => runtime.handle.db.execute(sql`select 1`)),
      HEALTH_TIMEOUT_MS,
    );
    const runtime = await getRuntime();
    return {
      status: 'ok',
      app,
      database: {
        status: 'ok',
        kind: runtime.handle.kind,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
      },
    };
  } catch (error) {
    const message =
      error instanceof Error && (error.name === 'DataDirLockedError' || error.name === 'HealthTimeout')
        ? error.message
        : 'Database niet bereikbaar';
    return { status: 'error', app, database: { status: 'error', message } };
  }
}
