/**
 * `npm run db:backup -- <file>`: writes a backup of the whole workspace.
 *
 * - PostgreSQL (DATABASE_URL): reads the database directly, in one consistent
 *   snapshot, while the app keeps running.
 * - Embedded (PGlite): when no app holds the data folder, reads it directly.
 *   When a running app holds it (the data-folder lock), it never opens the
 *   folder itself: it asks that app at APP_URL for `/api/beheer/backup` with
 *   `Authorization: Bearer $BACKUP_TOKEN` (the same token the app was started
 *   with), or, without a token, says how to download it in the admin area.
 *
 * The file is written beside the target as `<file>.part`, checked, then renamed.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readServerConfig, takeBackup } from '@srw/api';
import { DataDirLockedError, openDatabase, readBackup } from '@srw/db';
import { describeError, formatBytes } from './backup-messages';

const file = process.argv[2];
if (!file) {
  console.error('Gebruik: npm run db:backup -- <bestand>   (bijv. backups/werkruimte.srwbackup.gz)');
  process.exit(2);
}
const target = path.resolve(file);
const config = readServerConfig();

async function fromDatabase(): Promise<Buffer | 'locked'> {
  if (!config.databaseUrl && !existsSync(config.pgliteDataDir)) {
    throw new Error(`Er is geen ingebedde database in ${config.pgliteDataDir}: niets om te back-uppen.`);
  }
  let handle;
  try {
    handle = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDataDir: config.pgliteDataDir, poolSize: 2 });
  } catch (error) {
    if (error instanceof DataDirLockedError) return 'locked';
    throw error;
  }
  try {
    const ctx = {
      db: handle.db,
      origin: { ip: null, userAgent: 'npm run db:backup' },
      classificationCeiling: config.classificationCeiling,
    };
    const backup = await takeBackup(ctx, { takenBy: null, method: 'cli', migrationsDir: config.migrationsDir });
    return backup.data;
  } finally {
    await handle.close();
  }
}

async function throughRunningApp(): Promise<Buffer> {
  const url = `${config.appUrl}/api/beheer/backup`;
  if (!config.backupToken) {
    throw new Error(
      `Een draaiende app houdt de ingebedde database in ${config.pgliteDataDir} vast; een tweede proces opent die map niet. ` +
        `Download de back-up als beheerder via Beheer → Back-up (${config.appUrl}/beheer/back-up), ` +
        `of start de app met BACKUP_TOKEN=<geheim> en roep dit commando aan met dezelfde BACKUP_TOKEN (en APP_URL).`,
    );
  }
  const response = await fetch(url, { headers: { authorization: `Bearer ${config.backupToken}` } });
  if (response.status === 401)
    throw new Error(`De app op ${config.appUrl} weigert BACKUP_TOKEN: zet dezelfde waarde als bij de app.`);
  if (!response.ok) throw new Error(`De app op ${config.appUrl} antwoordde ${response.status} op ${url}.`);
  return Buffer.from(await response.arrayBuffer());
}

try {
  let data = await fromDatabase();
  let how = config.databaseUrl ? 'PostgreSQL' : 'ingebedde database';
  if (data === 'locked') {
    data = await throughRunningApp();
    how = `via de draaiende app op ${config.appUrl}`;
  }
  const { header } = readBackup(data);
  const part = `${target}.part`;
  writeFileSync(part, data);
  try {
    renameSync(part, target);
  } catch (error) {
    rmSync(part, { force: true });
    throw error;
  }
  const rows = header.tables.reduce((sum, table) => sum + table.rowCount, 0);
  console.log(
    `Back-up geschreven: ${target} (${formatBytes(data.length)}; ${header.tables.length} tabellen, ${rows} rijen; ` +
      `schemaversie ${header.schemaVersion.tag}; ${how}).`,
  );
} catch (error) {
  console.error(describeError(error));
  process.exit(1);
}
