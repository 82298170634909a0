/**
 * Fails when the Drizzle schema and the committed migrations disagree: generates
 * into a scratch copy of the migrations folder and checks nothing new appears.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrationsDir, repoRoot } from './paths';

const scratch = mkdtempSync(path.join(tmpdir(), 'srw-migrations-'));
try {
  const out = path.join(scratch, 'migrations');
  cpSync(migrationsDir, out, { recursive: true });
  // drizzle-kit resolves `out` relative to the working directory, so both paths are relative.
  const config = path.join(scratch, 'drizzle.config.ts');
  const settings = {
    dialect: 'postgresql',
    schema: './libs/db/src/schema/index.ts',
    out: path.relative(repoRoot, out),
  };
  writeFileSync(config, `export default ${JSON.stringify(settings)};\n`);
  const before = readdirSync(out).filter((f) => f.endsWith('.sql')).length;
  const result = spawnSync(path.join(repoRoot, 'node_modules/.bin/drizzle-kit'), ['generate', '--config', config], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0 || /error/i.test(result.stderr)) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  const after = readdirSync(out).filter((f) => f.endsWith('.sql')).length;
  if (after !== before) {
    console.error(
      'Het Drizzle-schema en de gecommitte migraties verschillen. Draai `npm run db:generate -- --name <naam>` en commit de migratie.',
    );
    process.exit(1);
  }
  console.log(`Migraties kloppen met het schema (${before} migratiebestanden).`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
