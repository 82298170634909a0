/**
 * The server for the Playwright suite: the production build of apps/web on
 * PORT, with a fresh embedded database of its own (never the one of `npm start`).
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startDemoOidc } from '@srw/api/demo-oidc';
import { migrationsDir, productionServerArgs, serverMallocEnv, repoRoot, webDir } from './paths';

const port = process.env.PORT ?? '3100';
const dataDir = path.join(repoRoot, '.data', `e2e-${port}`);
rmSync(dataDir, { recursive: true, force: true });
rmSync(`${dataDir}.lock`, { force: true });

if (!existsSync(path.join(webDir, '.next', 'BUILD_ID'))) {
  console.error('Geen productiebuild gevonden: draai eerst `npx nx run web:build`.');
  process.exit(1);
}

// The local demo OpenID provider on a port of this suite's own (PORT + 1000), so parallel suites never share one.
const demoOidcPort = Number(port) + 1000;
// Noor is known to the Politie provider only: `auth/oidc-second-factor.spec.ts` has her account made at sign-in.
await startDemoOidc({
  port: demoOidcPort,
  appUrls: [`http://localhost:${port}`],
  providerOnlyAccounts: [{ email: 'noor.nieuw@politie.example', name: 'Noor Nieuw', organisation: 'POLITIE' }],
});

// The production server as `npm start` runs it (apps/web/server.mjs), so the suite exercises its tRPC path.
const server = spawn(process.execPath, productionServerArgs('pglite'), {
  cwd: webDir,
  stdio: 'inherit',
  env: {
    ...serverMallocEnv,
    ...process.env,
    NODE_ENV: 'production',
    PORT: port,
    NEXT_TELEMETRY_DISABLED: '1',
    PGLITE_DATA_DIR: dataDir,
    MIGRATIONS_DIR: migrationsDir,
    APP_URL: `http://localhost:${port}`,
    DEMO_OIDC_PORT: String(demoOidcPort),
    DATABASE_URL: '',
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
