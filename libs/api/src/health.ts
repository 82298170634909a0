import { sql } from '@srw/db';
import { serverConfig } from './config';
import { getRuntime } from './runtime';

export interface HealthReport {
  status: 'ok' | 'error';
  app: { version: string; uptimeSeconds: number };
  database: { status: 'ok' | 'error'; kind?: string; latencyMs?: number; message?: string };
}

/** For load balancers and deployments: is the app up, and does the database answer? */
export async function checkHealth(): Promise<HealthReport> {
  const app = { version: serverConfig().appVersion, uptimeSeconds: Math.round(process.uptime()) };
  try {
    const runtime = await getRuntime();
    const started = performance.now();
    await runtime.handle.db.execute(sql`select 1`);
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
      error instanceof Error && error.name === 'DataDirLockedError' ? error.message : 'Database niet bereikbaar';
    return { status: 'error', app, database: { status: 'error', message } };
  }
}
