/**
 * `npm run bench [-- --scale 0.1] [-- --check]`: how fast the main read paths are
 * with a realistic, larger dataset. Performance targets are measured here, never
 * asserted in a timed test; this is not part of `npm test`.
 *
 * - Seeds through the same tRPC callers as the integration tests (tools/bench-seed.ts):
 *   12 working groups, 2,000 recommendations with history and addressees, 600
 *   placements, 300 decisions, 300 glossary terms, 150 scenarios with 300 exercises,
 *   injects and observations; `--scale` multiplies every volume.
 * - Engine: in-memory PGlite, or the PostgreSQL database of BENCH_DATABASE_URL.
 *   That database must be empty (create one: `createdb -h 127.0.0.1 -U postgres bench_tmp`);
 *   the benchmark migrates and fills it, leaves the data for EXPLAIN, and touches
 *   no other database. Drop it yourself afterwards.
 * - Each procedure is called as management (sees everything) and as an ordinary
 *   member of three groups, the way the pages call it: 3 warm-up calls, then 20
 *   timed ones; the table shows p50 / p95 / max in ms against the p95 target.
 * - Targets (p95, PGlite at scale 1): 150 ms for a page of a list or a detail,
 *   300 ms for the dashboard aggregates, the placement timeline and coverage, the
 *   decisions overview (the whole framework on one page) and the glossary's text
 *   index (every term, for marking texts); 1,000 ms for the CSV export of the
 *   whole register, which is a download rather than a page. PGlite (WASM, one
 *   connection) needed no looser targets: at scale 1 the dashboard is ~150 ms p95,
 *   the export ~115 ms, everything else at most ~40 ms (PostgreSQL: ~60, ~55, ~25).
 * - The inbox (`inbox.list`, `inbox.count`): 50 ms p95, the target of issue 15.
 * - `--check` exits 1 when a target is missed; `--only <text>` measures only the
 *   procedures whose name contains the text; `--runs`/`--warmup` change the counts.
 */
import { availableParallelism, loadavg } from 'node:os';
import { sql, openDatabase, type Executor } from '@srw/db';
import { recommendationRegisterCsv, type SessionUser } from '@srw/api';
import { createTestHarness, type TestHarness } from '@srw/api/testing';
import { addDays, addMonths, calendarDateInNetherlands } from '@srw/domain';
import { formatTable, missedTargets, parseBenchArgs, summarise, type Measurement } from './bench-stats';
import { seedBenchData, volumesAt, type BenchData } from './bench-seed';

const PAGE_MS = 150;
const AGGREGATE_MS = 300;
const EXPORT_MS = 1000;
/** Issue 15: the inbox of a member answers within 50 ms p95. */
const INBOX_MS = 50;

interface Case {
  name: string;
  targetMs: number;
  run: (user: SessionUser) => Promise<unknown>;
}

function firstOfMonth(isoDate: string): string {
  return `${isoDate.slice(0, 7)}-01`;
}

/** The procedures the pages call, with the inputs they send. */
function cases(h: TestHarness, data: BenchData): Case[] {
  const as = (user: SessionUser) => h.callerFor(user);
  const today = calendarDateInNetherlands(new Date());
  // The placement timeline's default window: twelve months from two months back.
  const timelineFrom = addMonths(firstOfMonth(today), -2);
  const timelineTo = addDays(addMonths(timelineFrom, 12), -1);
  // The calendar's month grid: six Monday-first weeks around the big exercise's month.
  const month = new Date(data.bigExerciseStartsAt.getFullYear(), data.bigExerciseStartsAt.getMonth(), 1);
  const gridStart = new Date(month.getFullYear(), month.getMonth(), 1 - ((month.getDay() + 6) % 7));
  const gridEnd = new Date(gridStart.getFullYear(), gridStart.getMonth(), gridStart.getDate() + 42);
  const serviceContext = h.contextFromHeaders({});
  return [
    {
      name: 'recommendations.list (eerste pagina)',
      targetMs: PAGE_MS,
      run: (u) => as(u).recommendations.list({ limit: 25 }),
    },
    {
      name: 'recommendations.list (status + voorwaarde + organisatie)',
      targetMs: PAGE_MS,
      run: (u) =>
        as(u).recommendations.list({
          status: 'in_uitvoering',
          condition: '3',
          organisationId: data.organisationIds.POLITIE,
          limit: 25,
        }),
    },
    {
      name: 'recommendations.list (over termijn)',
      targetMs: PAGE_MS,
      run: (u) => as(u).recommendations.list({ overdue: true, limit: 25 }),
    },
    {
      name: 'recommendations.list (zoeken)',
      targetMs: PAGE_MS,
      run: (u) => as(u).recommendations.list({ search: 'steunverzoek', limit: 25 }),
    },
    { name: 'recommendations.dashboard', targetMs: AGGREGATE_MS, run: (u) => as(u).recommendations.dashboard({}) },
    {
      name: 'recommendations.dashboard (voorwaarde + niveau)',
      targetMs: AGGREGATE_MS,
      run: (u) => as(u).recommendations.dashboard({ condition: '2', level: 'operationeel' }),
    },
    {
      name: 'export aanbevelingen (CSV, heel register)',
      targetMs: EXPORT_MS,
      run: async (u) => recommendationRegisterCsv(await serviceContext, u, {}, 'nl'),
    },
    { name: 'placements.list (eerste pagina)', targetMs: PAGE_MS, run: (u) => as(u).placements.list({ limit: 25 }) },
    {
      name: 'placements.list (organisatie + status)',
      targetMs: PAGE_MS,
      run: (u) => as(u).placements.list({ organisationId: data.organisationIds.POLITIE, status: 'actief', limit: 25 }),
    },
    {
      name: 'placements.timeline (12 maanden)',
      targetMs: AGGREGATE_MS,
      run: (u) => as(u).placements.timeline({ from: timelineFrom, to: timelineTo }),
    },
    { name: 'placements.coverage', targetMs: AGGREGATE_MS, run: (u) => as(u).placements.coverage() },
    { name: 'decisions.overview', targetMs: AGGREGATE_MS, run: (u) => as(u).decisions.overview({}) },
    { name: 'decisions.list (eerste pagina)', targetMs: PAGE_MS, run: (u) => as(u).decisions.list({ limit: 25 }) },
    {
      name: 'glossary.list (eerste pagina)',
      targetMs: PAGE_MS,
      run: (u) => as(u).glossary.list({ limit: 25, includeRetired: false }),
    },
    {
      name: 'glossary.list (zoeken)',
      targetMs: PAGE_MS,
      run: (u) => as(u).glossary.list({ search: 'steun', limit: 25, includeRetired: false }),
    },
    {
      name: 'glossary.findInTexts',
      targetMs: AGGREGATE_MS,
      run: (u) => as(u).glossary.findInTexts({ texts: ['De officier van justitie vraagt militaire bijstand.'] }),
    },
    { name: 'scenarios.list (eerste pagina)', targetMs: PAGE_MS, run: (u) => as(u).scenarios.list({ limit: 20 }) },
    {
      name: 'exercises.list (maand in de kalender)',
      targetMs: PAGE_MS,
      run: (u) => as(u).exercises.list({ from: gridStart, to: gridEnd, limit: 100 }),
    },
    { name: 'inbox.list (Voor mij)', targetMs: INBOX_MS, run: (u) => as(u).inbox.list() },
    { name: 'inbox.count (teller in de kop)', targetMs: INBOX_MS, run: (u) => as(u).inbox.count() },
    {
      name: 'exercises.get (veel injects en observaties)',
      targetMs: PAGE_MS,
      run: (u) => as(u).exercises.get({ id: data.bigExerciseId }),
    },
  ];
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** BENCH_DATABASE_URL must name an empty database: the benchmark fills it and must never mix with real data. */
async function assertEmptyDatabase(url: string): Promise<void> {
  const handle = await openDatabase({ databaseUrl: url, poolSize: 1 });
  try {
    const db: Executor = handle.db;
    const result = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
    );
    const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
    const tables = rows[0]?.n ?? 0;
    if (tables > 0) {
      throw new Error(
        `BENCH_DATABASE_URL (${handle.location}) is niet leeg (${tables} tabellen). De benchmark vult de database die hij krijgt; ` +
          'geef hem een nieuwe (createdb -h 127.0.0.1 -U postgres bench_tmp) en ruim die daarna op (dropdb).',
      );
    }
  } finally {
    await handle.close();
  }
}

async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2));
  const databaseUrl = process.env.BENCH_DATABASE_URL || undefined;
  if (databaseUrl) await assertEmptyDatabase(databaseUrl);
  const volumes = volumesAt(options.scale);
  const h = await createTestHarness({ databaseUrl });
  try {
    const engine = h.handle.kind === 'postgres' ? `PostgreSQL (${h.handle.location})` : 'PGlite (in memory)';
    console.log(
      `Benchmark op ${engine}, schaal ${options.scale}: ${Object.entries(volumes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    console.log('Vullen via de API:');
    const seedStarted = performance.now();
    const data = await seedBenchData(h, volumes, console.log);
    console.log(
      `Gevuld in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s (${Object.entries(data.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}).\n`,
    );
    if (h.handle.kind === 'postgres') await h.handle.db.execute(sql`analyze`);

    const viewpoints: [string, SessionUser][] = [
      ['management', data.management],
      ['lid', data.member],
    ];
    const measurements: Measurement[] = [];
    console.log(`Meten (${options.warmup}× opwarmen, ${options.runs}× meten):`);
    for (const c of cases(h, data)) {
      if (options.only && !c.name.includes(options.only)) continue;
      for (const [viewpoint, user] of viewpoints) {
        for (let i = 0; i < options.warmup; i++) await c.run(user);
        const samples: number[] = [];
        for (let i = 0; i < options.runs; i++) samples.push(await time(() => c.run(user)));
        const timing = summarise(samples);
        measurements.push({ name: c.name, viewpoint, timing, targetMs: c.targetMs });
        console.log(`  ${c.name} (${viewpoint}): p95 ${timing.p95.toFixed(1)} ms`);
      }
    }
    console.log(`\n${formatTable(measurements)}`);
    // Other work on the machine shows up as a high p95 while the p50 stays low.
    console.log(
      `\nBelasting tijdens het meten: load average ${loadavg()[0]?.toFixed(1)} op ${availableParallelism()} cores.`,
    );
    const missed = missedTargets(measurements);
    console.log(
      missed.length === 0
        ? '\nAlle doelen gehaald.'
        : `\n${missed.length} van ${measurements.length} metingen boven het doel.`,
    );
    if (h.handle.kind === 'postgres')
      console.log(`De gegevens blijven staan in ${h.handle.location} (voor EXPLAIN); ruim de database zelf op.`);
    return options.check && missed.length > 0 ? 1 : 0;
  } finally {
    await h.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
