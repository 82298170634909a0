/**
 * `npm run db:restore -- <file>`: restores a backup into an EMPTY database, the
 * embedded one (PGLITE_DATA_DIR, a new folder) or PostgreSQL (DATABASE_URL, a
 * new database). Refuses a non-empty target, a backup of a newer schema than
 * this code and a damaged file, writing nothing; an older backup is migrated
 * forward. Backup on PGlite and restore with DATABASE_URL set moves a workspace
 * to PostgreSQL (and the other way round).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readServerConfig } from '@srw/api';
import { openDatabase, readBackup, restoreBackup } from '@srw/db';
import { describeError } from './backup-messages';

const file = process.argv[2];
if (!file) {
  console.error('Gebruik: npm run db:restore -- <bestand>');
  process.exit(2);
}
const config = readServerConfig();

try {
  const data = readFileSync(path.resolve(file));
  // A damaged file is refused before the target is even opened (no empty folder left behind).
  readBackup(data);
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDataDir: config.pgliteDataDir,
    poolSize: 2,
  });
  try {
    const started = Date.now();
    const result = await restoreBackup(handle, data, {
      databaseUrl: config.databaseUrl,
      migrationsDir: config.migrationsDir,
    });
    const forward =
      result.backupVersion === result.schemaVersion ? '' : `, daarna bijgewerkt naar ${result.schemaVersion}`;
    console.log(
      `Teruggezet in ${handle.kind} (${handle.location}): ${result.tables} tabellen, ${result.rows} rijen ` +
        `(schemaversie ${result.backupVersion}${forward}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await handle.close();
  }
} catch (error) {
  console.error(describeError(error));
  process.exit(1);
}
