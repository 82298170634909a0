#!/usr/bin/env node
// `npm test`: format check, lint, typecheck, the access-literal check, migration check, unit + integration tests (PGlite,
// and PostgreSQL too when TEST_DATABASE_URL is set), then the Playwright suite
// against the production build. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
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
step('Lint en typecheck', nx, ['run-many', '-t', 'lint', 'typecheck', '--outputStyle=static']);
step('Geen rol- of statuswaarde beslist buiten libs/domain', bin('tsx'), ['tools/check-access-literals.ts']);
step('Schema en migraties', bin('tsx'), ['tools/check-migrations.ts']);
step('Unit- en integratietests (PGlite)', nx, ['run-many', '-t', 'test', '--outputStyle=static', '--parallel=1']);
if (process.env.TEST_DATABASE_URL) {
  for (const project of ['libs/db', 'libs/api']) {
    step(`Integratietests op PostgreSQL (${project})`, bin('vitest'), ['run', '--root', project, 'integration'], {
      TEST_DB_ENGINE: 'postgres',
    });
  }
} else {
  console.log('\n(TEST_DATABASE_URL niet gezet: de integratietests draaiden alleen op PGlite.)');
}
step('Productiebuild', nx, ['run', 'web:build', '--outputStyle=static']);
step('End-to-endtests (Playwright, Chromium)', bin('playwright'), ['test', '-c', 'apps/web-e2e/playwright.config.ts']);
console.log('\nAlle tests geslaagd.');
