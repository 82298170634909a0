/**
 * `npm run bench:backup [-- --scale 1]`: how long a backup and a restore of the
 * bench data set (tools/bench-seed.ts) take on both engines. Not part of `npm test`.
 *
 * Seeds in-memory PGlite through the API, then measures: backup on PGlite,
 * restore into a fresh in-memory PGlite; and, with BENCH_DATABASE_URL (an
 * EMPTY database, e.g. `createdb -h 127.0.0.1 -U postgres bench_backup`),
 * restore of that PGlite backup into PostgreSQL (the move to a server) and a
 * backup on PostgreSQL. Targets: < 30 s on PostgreSQL, < 60 s embedded.
 */
import { createBackup, openDatabase, restoreBackup, type DatabaseHandle } from '@srw/db';
import { createTestHarness } from '@srw/api/testing';
import { parseBenchArgs } from './bench-stats';
import { seedBenchData, volumesAt } from './bench-seed';
import { formatBytes } from './backup-messages';

const TARGET_S = { pglite: 60, postgres: 30 };

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, (performance.now() - started) / 1000];
}

const results: { what: string; engine: 'pglite' | 'postgres'; seconds: number }[] = [];
function report(what: string, engine: 'pglite' | 'postgres', seconds: number, extra = ''): void {
  results.push({ what, engine, seconds });
  console.log(`${what.padEnd(44)} ${seconds.toFixed(1).padStart(6)} s  (doel < ${TARGET_S[engine]} s)${extra}`);
}

async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2).filter((arg) => arg !== '--check'));
  const databaseUrl = process.env.BENCH_DATABASE_URL || undefined;
  const h = await createTestHarness();
  try {
    console.log(`Bench-data op schaal ${options.scale} vullen (PGlite in geheugen)…`);
    const [data, seedSeconds] = await timed(() => seedBenchData(h, volumesAt(options.scale), () => undefined));
    console.log(`Gevuld in ${seedSeconds.toFixed(0)} s: ${JSON.stringify(data.counts)}\n`);

    const [backup, backupSeconds] = await timed(() => createBackup(h.handle.db, { engine: 'pglite' }));
    report(
      'back-up op PGlite',
      'pglite',
      backupSeconds,
      `; ${formatBytes(backup.data.length)}, ${backup.rowCount} rijen`,
    );

    const fresh = await openDatabase({ inMemory: true });
    try {
      const [, seconds] = await timed(() => restoreBackup(fresh, backup.data));
      report('terugzetten in een lege PGlite', 'pglite', seconds);
    } finally {
      await fresh.close();
    }

    if (databaseUrl) {
      const server: DatabaseHandle = await openDatabase({ databaseUrl, poolSize: 2 });
      try {
        const [, restoreSeconds] = await timed(() => restoreBackup(server, backup.data, { databaseUrl }));
        report('terugzetten in PostgreSQL (verhuizing)', 'postgres', restoreSeconds);
        const [pgBackup, pgSeconds] = await timed(() => createBackup(server.db, { engine: 'postgres' }));
        report('back-up op PostgreSQL', 'postgres', pgSeconds, `; ${formatBytes(pgBackup.data.length)}`);
      } finally {
        await server.close();
      }
    } else {
      console.log('(Zet BENCH_DATABASE_URL op een lege database om PostgreSQL ook te meten.)');
    }
  } finally {
    await h.close();
  }
  return results.some((r) => r.seconds >= TARGET_S[r.engine]) ? 1 : 0;
}

process.exit(await main());
