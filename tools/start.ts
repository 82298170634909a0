/**
 * `npm start`: builds the web app when its sources are newer than the last build,
 * then serves it on http://localhost:3000. The server migrates the database and
 * seeds demo data on first start (embedded PGlite unless DATABASE_URL is set).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { acquireDataDirLock, DataDirLockedError } from '@srw/db';
import { startDemoOidc } from '@srw/api/demo-oidc';
import {
  defaultPgliteDir,
  migrationsDir,
  nextBin,
  productionServerArgs,
  repoRoot,
  serverMallocEnv,
  webDir,
} from './paths';

const port = process.env.PORT ?? '3000';
const demoOidcPort = process.env.DEMO_OIDC_PORT ?? '3300';
const env: NodeJS.ProcessEnv = {
  ...serverMallocEnv,
  ...process.env,
  DEMO_OIDC_PORT: demoOidcPort,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PGLITE_DATA_DIR: path.resolve(process.env.PGLITE_DATA_DIR ?? defaultPgliteDir),
  MIGRATIONS_DIR: process.env.MIGRATIONS_DIR ?? migrationsDir,
  PORT: port,
};

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === '.next') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(webDir, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = [
    path.join(webDir, 'src'),
    path.join(webDir, 'messages'),
    path.join(webDir, 'next.config.ts'),
    path.join(repoRoot, 'libs'),
    path.join(repoRoot, 'package-lock.json'),
  ];
  return sources.some((source) => newestMtime(source) > built);
}

if (needsBuild()) {
  console.log('Samenwerkingsruimte wordt gebouwd (eenmalig na een wijziging)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: webDir,
    env: { ...env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (!env.DATABASE_URL) {
  // Fail fast with the holder's name rather than starting a server that cannot open its data.
  try {
    acquireDataDirLock(env.PGLITE_DATA_DIR ?? defaultPgliteDir, 'npm start (controle)').release();
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

// The local demo OpenID provider (issue 13): on the embedded demo, or with DEMO_OIDC=1.
if (!env.DATABASE_URL || process.env.DEMO_OIDC === '1') {
  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  const demo = await startDemoOidc({ port: Number(demoOidcPort), appUrls: [appUrl] });
  console.log(
    `Demo-identiteitsprovider op ${demo.baseUrl}/defensie en ${demo.baseUrl}/politie (demo-accounts, wachtwoord uit de README).`,
  );
}

console.log(
  `Samenwerkingsruimte start op http://localhost:${port} met ${env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `de ingebedde database in ${env.PGLITE_DATA_DIR}`}.`,
);
// Next.js with /api/trpc outside its route pipeline (apps/web/server.mjs); PORT is in env.
const server = spawn(process.execPath, productionServerArgs(env.DATABASE_URL ? 'postgres' : 'pglite'), {
  cwd: webDir,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
