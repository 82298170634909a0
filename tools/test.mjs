#!/usr/bin/env node
// `npm test`: format check, lint, typecheck, the access-literal check, migration check, unit + integration tests (PGlite,
// and PostgreSQL too when TEST_DATABASE_URL is set), then the Playwright suite
// against the production build. Stops at the first failing step (or group of
// concurrent steps). The PostgreSQL integration tests run while the production
// build runs: they spend much of their time waiting on the database server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_TUI: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: process.env.FORCE_COLOR ?? '0',
};

function step(title, command, args, extraEnv = {}) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} mislukt (${seconds}s).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds}s)`);
}

/** The steps running now with buffered output: stopping `npm test` stops them too. */
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    process.exit(130);
  });
}

/** Runs `command` with its output buffered; resolves to its exit status, time and output. */
function buffered(title, command, args, extraEnv = {}, cwd = root) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    const done = (status) => resolve({ title, status, seconds: ((Date.now() - started) / 1000).toFixed(1), chunks });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', (code) => {
      running.delete(child);
      done(code ?? 1);
    });
  });
}

/**
 * Runs lanes at the same time; the steps inside one lane run one after the
 * other, and a lane stops at its first failing step. Each step's output is
 * printed whole, in the order the steps are listed, once every lane is done.
 */
async function concurrently(lanes) {
  const names = lanes.flat().map((lane) => lane.title);
  console.log(`\n=== Tegelijk: ${names.join(' | ')} ===`);
  const results = await Promise.all(
    lanes.map(async (lane) => {
      const laneResults = [];
      for (const { title, command, args, extraEnv, cwd } of lane) {
        const result = await buffered(title, command, args, extraEnv, cwd);
        laneResults.push(result);
        if (result.status !== 0) break;
      }
      return laneResults;
    }),
  );
  let failed;
  for (const result of results.flat()) {
    console.log(`\n=== ${result.title} ===`);
    process.stdout.write(Buffer.concat(result.chunks));
    if (result.status === 0) {
      console.log(`✓ ${result.title} (${result.seconds}s)`);
    } else {
      console.error(`\n✗ ${result.title} mislukt (${result.seconds}s).`);
      failed ??= result.status;
    }
  }
  if (failed !== undefined) process.exit(failed);
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium ontbreekt (${chromium}); de end-to-end-tests hebben het nodig.\n` +
      'Installeer het met:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(of zet CHROMIUM_PATH naar een Chromium/Chrome-binary).',
  );
  process.exit(1);
}

const nx = bin('nx');
step('Opmaak (Prettier)', bin('prettier'), ['--check', '.', '--log-level=warn']);
// apps/web's typecheck is left to the production build below: `next build` runs tsc on the same tsconfig,
// with the route types it generates (.next/types) besides, so running it here too would check it twice.
// Its lint (what `web:lint` runs) goes beside Nx's run, not through a second Nx process.
await concurrently([
  [
    {
      title: 'Lint en typecheck (web: typecheck in de productiebuild)',
      command: nx,
      args: ['run-many', '-t', 'lint', 'typecheck', '--exclude=web', '--outputStyle=static'],
    },
  ],
  [{ title: 'Lint (web)', command: bin('eslint'), args: ['src'], cwd: path.join(root, 'apps', 'web') }],
]);
step('Geen rol- of statuswaarde beslist buiten libs/domain', bin('tsx'), ['tools/check-access-literals.ts']);
step('Schema en migraties', bin('tsx'), ['tools/check-migrations.ts']);
step('Unit- en integratietests (PGlite)', nx, ['run-many', '-t', 'test', '--outputStyle=static', '--parallel=1']);
const build = { title: 'Productiebuild', command: nx, args: ['run', 'web:build', '--outputStyle=static'] };
if (process.env.TEST_DATABASE_URL) {
  const postgresLane = ['libs/db', 'libs/api'].map((project) => ({
    title: `Integratietests op PostgreSQL (${project})`,
    command: bin('vitest'),
    args: ['run', '--root', project, 'integration'],
    extraEnv: { TEST_DB_ENGINE: 'postgres' },
  }));
  await concurrently([postgresLane, [build]]);
} else {
  console.log('\n(TEST_DATABASE_URL niet gezet: de integratietests draaiden alleen op PGlite.)');
  step(build.title, build.command, build.args);
}
step('End-to-endtests (Playwright, Chromium)', bin('playwright'), ['test', '-c', 'apps/web-e2e/playwright.config.ts']);
console.log('\nAlle tests geslaagd.');
