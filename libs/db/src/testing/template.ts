import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { openDatabase } from '../client';
import { migrateDatabase, resolveMigrationsFolder } from '../migrate';
import { seedReferenceData } from '../seed/reference-data';

/**
 * A migrated database with reference data, copied for every test database
 * instead of running initdb and the migrations again:
 * - PGlite: a data-folder tarball in the temp folder, kept for later runs
 *   (`srw-test-templates/pglite-<fingerprint>.tar`); a new in-memory PGlite
 *   starts from it (`loadDataDir`).
 * - PostgreSQL: a database made once per run that `create database … template …`
 *   copies, dropped when the run ends.
 *
 * The test run's global setup (`global-setup.ts`) provides it and hands it to
 * the test workers in these environment variables. The fingerprint is a hash
 * of every migration file, the reference data and the versions of PGlite and
 * Drizzle; every name carries it, and a worker only uses a template of the
 * current fingerprint, so a template made before any of them changed is never used.
 */
export const PGLITE_TEMPLATE_ENV = 'SRW_TEST_PGLITE_TEMPLATE';
/** A PGlite cluster right after initdb, nothing migrated: what `createEmptyTestDatabase('pglite')` starts from. */
export const PGLITE_EMPTY_TEMPLATE_ENV = 'SRW_TEST_PGLITE_EMPTY_TEMPLATE';
export const POSTGRES_TEMPLATE_ENV = 'SRW_TEST_POSTGRES_TEMPLATE';

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'seed');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const require = createRequire(import.meta.url);

/** The version of an installed package (their `exports` hide package.json). */
function packageVersion(name: string): string {
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === name && parsed.version) return parsed.version;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json found for ${name}`);
    dir = parent;
  }
}

let cachedFingerprint: string | undefined;

/**
 * Hash of every migration file, of the reference data (its loader and its JSON
 * files) and of the PGlite and Drizzle versions: 16 hex digits.
 */
export function templateFingerprint(): string {
  if (cachedFingerprint) return cachedFingerprint;
  const migrations = resolveMigrationsFolder();
  const hash = createHash('sha256');
  for (const name of ['@electric-sql/pglite', 'drizzle-orm']) hash.update(`${name}@${packageVersion(name)}\0`);
  const files = [
    ...filesUnder(migrations).map((file) => [path.relative(migrations, file), file] as const),
    ...[path.join(seedDir, 'reference-data.ts'), ...filesUnder(path.join(seedDir, 'data'))].map(
      (file) => [path.relative(seedDir, file), file] as const,
    ),
  ];
  for (const [name, file] of files) {
    hash.update(`${name}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  cachedFingerprint = hash.digest('hex').slice(0, 16);
  return cachedFingerprint;
}

/** The template to create a new PostgreSQL test database from, if this run has one of the current fingerprint. */
export function postgresTemplate(): string | undefined {
  const name = process.env[POSTGRES_TEMPLATE_ENV];
  if (!name || !/^srw_tpl_[0-9a-f]{16}_[0-9a-f]+$/.test(name)) return undefined;
  return name.startsWith(`srw_tpl_${templateFingerprint()}_`) ? name : undefined;
}

const pgliteSnapshots = new Map<string, Blob>();

function pgliteSnapshot(variable: string, prefix: string): Blob | undefined {
  const file = process.env[variable];
  if (!file || path.basename(file) !== `${prefix}-${templateFingerprint()}.tar`) return undefined;
  // A Blob cannot change, so every database of this worker can start from the same one.
  let blob = pgliteSnapshots.get(file);
  if (!blob) {
    blob = new Blob([new Uint8Array(readFileSync(file))]);
    pgliteSnapshots.set(file, blob);
  }
  return blob;
}

/** The data folder of the PGlite template, if this run has a current one (read once per worker). */
export function pgliteTemplate(): Blob | undefined {
  return pgliteSnapshot(PGLITE_TEMPLATE_ENV, 'pglite');
}

/** The data folder of a PGlite cluster with nothing in it, if this run has a current one. */
export function pgliteEmptyTemplate(): Blob | undefined {
  return pgliteSnapshot(PGLITE_EMPTY_TEMPLATE_ENV, 'pglite-empty');
}

/** Writes the PGlite templates of the current fingerprint unless they exist; resolves to their paths. */
async function ensurePgliteTemplates(fingerprint: string, suffix: string): Promise<{ full: string; empty: string }> {
  const dir = path.join(os.tmpdir(), 'srw-test-templates');
  const full = path.join(dir, `pglite-${fingerprint}.tar`);
  const empty = path.join(dir, `pglite-empty-${fingerprint}.tar`);
  if (existsSync(full) && existsSync(empty)) return { full, empty };
  mkdirSync(dir, { recursive: true });
  const handle = await openDatabase({ inMemory: true });
  // The handle hides the engine; Drizzle keeps its client on `$client`.
  const client = (handle.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  // Written beside and renamed: a run beside this one never reads half a file.
  const write = async (file: string) => {
    const tarball = await client.dumpDataDir('none');
    const partial = `${file}.${suffix}.partial`;
    writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
    renameSync(partial, file);
  };
  try {
    await write(empty);
    await migrateDatabase(handle);
    await seedReferenceData(handle.db);
    await handle.executeSql('checkpoint');
    await write(full);
  } finally {
    await handle.close();
  }
  // Templates of older fingerprints go after a day (a run of another checkout may still be reading one now).
  for (const entry of readdirSync(dir)) {
    const other = path.join(dir, entry);
    if (other !== full && other !== empty && Date.now() - statSync(other).mtimeMs > 86_400_000) {
      rmSync(other, { force: true });
    }
  }
  return { full, empty };
}

/** Provides the template for `engine` and sets its variable; resolves to the function that cleans up after the run. */
export async function prepareTestTemplate(engine: 'pglite' | 'postgres'): Promise<() => Promise<void>> {
  const fingerprint = templateFingerprint();
  const suffix = `${process.pid.toString(16)}${randomBytes(3).toString('hex')}`;
  // PGlite's templates on either engine: a PostgreSQL run restores backups into empty PGlite databases too.
  const pglite = await ensurePgliteTemplates(fingerprint, suffix);
  process.env[PGLITE_TEMPLATE_ENV] = pglite.full;
  process.env[PGLITE_EMPTY_TEMPLATE_ENV] = pglite.empty;
  if (engine === 'pglite') return async () => undefined;
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error('TEST_DB_ENGINE=postgres needs TEST_DATABASE_URL');
  const name = `srw_tpl_${fingerprint}_${suffix}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
  try {
    await migrateDatabase(handle, url.toString());
    await seedReferenceData(handle.db);
  } finally {
    await handle.close();
  }
  process.env[POSTGRES_TEMPLATE_ENV] = name;
  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  };
}
