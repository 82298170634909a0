/**
 * `npm run bench:http`: the app over HTTP against the floor the hardware and the
 * database allow for the same work. Not part of `npm test`; targets are read
 * from its output, never asserted in a timed test.
 *
 * Needs the production build (`npm run build`) and BENCH_DATABASE_URL: an empty
 * PostgreSQL database (it is migrated and filled; a second run on the same
 * database reuses the data). Then:
 *
 * 1. Seeds 50,000 glossary terms with definitions, 20,000 recommendations with
 *    history and 5,000 scenarios over ten groups (tools/bench-http-seed.ts), and
 *    a member of five of those groups.
 * 2. Starts the production server on that database (cold start timed), signs in
 *    over HTTP like the sign-in page, and keeps the session cookie.
 * 3. For each endpoint, runs the same request once in-process with a statement
 *    logger: the session look-ups and the procedure's statements, with their
 *    parameters. tools/bench-http-floor.ts replays exactly those behind bare
 *    `node:http` + postgres.js (with and without the session look-ups).
 * 4. autocannon, without pipelining, at 1 and 50 connections against the app and
 *    both floors: req/s, p50 and p95 (ms, from every response), and app ÷ floor.
 *    Any response other than 200 stops the run: it would have measured an error.
 * 5. First-load JavaScript per page (every `<script src>` of the first HTML,
 *    gzipped), whether the page's data is in that HTML, and the server's RSS.
 *
 * Options: `--duration <s>` per run (default 10), `--only <text>` endpoints
 * whose name contains the text, `--scale <x>` data volume (default 1),
 * `--port <n>` for the app (default 3950; the floor uses the next port),
 * `--next-start` to run `next start` instead of the production server
 * (apps/web/server.mjs), so `/api/trpc` goes through Next's route pipeline as it
 * did before issue 19 part A and under `next dev`, for comparison;
 * `--cpu-prof <dir>` writes the server's V8 CPU profile there when it stops
 * (summarise it with `npx tsx tools/cpu-profile-summary.ts <file>`).
 *
 * `--pglite` (no BENCH_DATABASE_URL needed) measures the embedded engine
 * instead: the production server on a new PGlite folder with the demo data,
 * its first start and a restart timed, the three list endpoints loaded at 50
 * connections as a demo member, and the server's RSS after the restart and
 * after that run (target ≤ 450 MB after the run), with the processes of its
 * tree and where the memory is: the server is started with
 * tools/bench-memory-probe.mjs preloaded, which reports `process.memoryUsage()`,
 * V8's new and old space, PGlite's WebAssembly memory and the resident memory
 * by kind (PGlite's wasm memory, malloc, files, the rest: V8's heap, compiled
 * code, stacks). `--expose-gc` (diagnosis only) adds the same after a forced
 * full GC: what the heap still holds, as opposed to garbage not yet collected.
 * There is no floor there: PGlite has no second client to replay on.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { openDatabase, sql, type Database } from '@srw/db';
import { DEFAULT_SESSION_POLICY } from '@srw/domain';
import { createCaller, createContext, type ServerConfig } from '@srw/api';
import { createAuth, createTestHarness, TEST_PASSWORD } from '@srw/api/testing';
import { DEMO_PASSWORD, demoUsers } from '@srw/api/demo-accounts';
import {
  memoryProbe,
  migrationsDir,
  nextBin,
  productionServerArgs,
  repoRoot,
  serverMallocEnv,
  serverNodeFlags,
  webDir,
} from './paths';
import { waitFor } from './bench-pages';
import { percentile } from './bench-stats';
import { seedHttpBench } from './bench-http-seed';
import {
  formatHttpTable,
  formatHttpTargets,
  formatPageTable,
  scriptSources,
  type CapturedEndpoint,
  type CapturedStatement,
  type EndpointResult,
  type LoadResult,
  type MemoryProbeAnswer,
  type PageWeight,
  formatMemorySnapshot,
} from './bench-http-report';

const BENCH_EMAIL = 'bench.http@bench.example';
const BENCH_SECRET = 'bench-http-secret-of-at-least-thirty-two-characters';
const JS_BUDGET_BYTES = 200 * 1024;

interface Args {
  duration: number;
  only: string | null;
  scale: number;
  port: number;
  pglite: boolean;
  nextStart: boolean;
  cpuProf: string | null;
  exposeGc: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  return {
    duration: Number(value('--duration') ?? 10),
    only: value('--only') ?? null,
    scale: Number(value('--scale') ?? 1),
    port: Number(value('--port') ?? 3950),
    pglite: argv.includes('--pglite'),
    nextStart: argv.includes('--next-start'),
    cpuProf: value('--cpu-prof') ?? null,
    exposeGc: argv.includes('--expose-gc'),
  };
}

type Caller = ReturnType<typeof createCaller>;

/** Rows of a raw statement (the benchmark runs on PostgreSQL, whose driver answers with an array). */
async function rowsOf<T>(db: Database, statement: Parameters<Database['execute']>[0]): Promise<T[]> {
  const result: unknown = await db.execute(statement);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

interface Endpoint {
  name: string;
  procedure: string;
  input: Record<string, unknown>;
  call: (caller: Caller) => Promise<unknown>;
}

interface BenchIds {
  termId: string;
  recommendationId: string;
  scenarioId: string;
}

function endpoints(ids: BenchIds): Endpoint[] {
  const list = { limit: 50 };
  return [
    { name: 'glossary.list', procedure: 'glossary.list', input: list, call: (c) => c.glossary.list(list) },
    {
      name: 'glossary.get',
      procedure: 'glossary.get',
      input: { id: ids.termId },
      call: (c) => c.glossary.get({ id: ids.termId }),
    },
    {
      name: 'recommendations.list',
      procedure: 'recommendations.list',
      input: list,
      call: (c) => c.recommendations.list(list),
    },
    {
      name: 'recommendations.get',
      procedure: 'recommendations.get',
      input: { id: ids.recommendationId },
      call: (c) => c.recommendations.get({ id: ids.recommendationId }),
    },
    { name: 'scenarios.list', procedure: 'scenarios.list', input: list, call: (c) => c.scenarios.list(list) },
    {
      name: 'scenarios.get',
      procedure: 'scenarios.get',
      input: { id: ids.scenarioId },
      call: (c) => c.scenarios.get({ id: ids.scenarioId }),
    },
  ];
}

function trpcPath(endpoint: Endpoint): string {
  return `/api/trpc/${endpoint.procedure}?input=${encodeURIComponent(JSON.stringify({ json: endpoint.input }))}`;
}

async function prepareData(databaseUrl: string, scale: number): Promise<void> {
  const harness = await createTestHarness({ databaseUrl });
  try {
    const db = harness.handle.db;
    const existing = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from scenarios s join users u on u.id = s.created_by where u.email like 'bench.%'`,
    );
    if ((existing[0]?.n ?? 0) > 0) {
      console.log('Bench data found: reusing it.');
      return;
    }
    const tables = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from users`);
    if ((tables[0]?.n ?? 0) > 0) {
      throw new Error(
        `BENCH_DATABASE_URL (${harness.handle.location}) holds other data: give the benchmark an empty database.`,
      );
    }
    const member = await harness.createUser({ name: 'Bench Lid', organisation: 'POLITIE', email: BENCH_EMAIL });
    const writer = await harness.createUser({ name: 'Bench Schrijver', organisation: 'DEFENSIE' });
    const groupIds: string[] = [];
    for (let i = 1; i <= 10; i += 1) {
      groupIds.push(
        await harness.createGroup({
          name: `Bench-werkgroep ${i}`,
          organisations: ['DEFENSIE', 'POLITIE'],
          members: i <= 5 ? [[member, 'member']] : [],
        }),
      );
    }
    const orgs = await rowsOf<{ id: string }>(
      db,
      sql`select id from organisations where code in ('DEFENSIE', 'POLITIE') order by code`,
    );
    const [orgA, orgB] = orgs.map((row) => row.id);
    if (!orgA || !orgB) throw new Error('reference organisations missing');
    const started = performance.now();
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local statement_timeout = 0`);
      await seedHttpBench(tx, { groupIds, organisationIds: [orgA, orgB], createdBy: writer.userId, scale });
    });
    console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await harness.close();
  }
}

async function benchIds(db: Database): Promise<BenchIds> {
  // Records in the member's first group, so the detail endpoints answer 200.
  const rows = await rowsOf<BenchIds>(
    db,
    sql`
    select (select t.id from glossary_terms t join working_groups g on g.id = t.maintaining_group_id
             where g.name = 'Bench-werkgroep 1' order by t.pref_label limit 1) as "termId",
           (select r.id from recommendations r join working_groups g on g.id = r.group_id
             where g.name = 'Bench-werkgroep 1' order by r.code limit 1) as "recommendationId",
           (select s.id from scenarios s join working_groups g on g.id = s.group_id
             where g.name = 'Bench-werkgroep 1' and s.status = 'gereed' order by s.title limit 1) as "scenarioId"`,
  );
  const ids = rows[0];
  if (!ids?.termId || !ids.recommendationId || !ids.scenarioId) throw new Error('bench records missing');
  return ids;
}

function startApp(
  database: { url: string } | { pgliteDir: string },
  port: number,
  options: Pick<Args, 'nextStart' | 'cpuProf'> & { memoryProbe?: boolean; exposeGc?: boolean },
): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...serverMallocEnv,
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    MIGRATIONS_DIR: migrationsDir,
    APP_URL: `http://localhost:${port}`,
    BETTER_AUTH_SECRET: BENCH_SECRET,
    PORT: String(port),
  };
  if ('url' in database) {
    Object.assign(env, { DATABASE_URL: database.url, SEED_DEMO_DATA: 'false', JOBS: 'false' });
  } else {
    // The embedded engine as a newcomer runs it: demo data, jobs and the local SMTP catcher on.
    delete env.DATABASE_URL;
    Object.assign(env, { PGLITE_DATA_DIR: database.pgliteDir, SEED_DEMO_DATA: 'true', JOBS: 'true' });
    delete env.SMTP_URL;
  }
  const profile = options.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(options.cpuProf)] : [];
  const engine = 'url' in database ? 'postgres' : 'pglite';
  const server = options.nextStart
    ? [...serverNodeFlags(engine), nextBin, 'start', '-p', String(port)]
    : productionServerArgs(engine);
  // The memory probe answers over an IPC channel; `--expose-gc` only for diagnosis (never in production).
  const probe = options.memoryProbe ? ['--import', pathToFileURL(memoryProbe).href] : [];
  const gc = options.exposeGc ? ['--expose-gc'] : [];
  return spawn(process.execPath, [...profile, ...gc, ...probe, ...server], {
    cwd: webDir,
    stdio: options.memoryProbe ? ['ignore', 'ignore', 'inherit', 'ipc'] : ['ignore', 'ignore', 'inherit'],
    env,
  });
}

async function signIn(baseUrl: string, email = BENCH_EMAIL, password = TEST_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/api/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ json: { email, password } }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}

/** A text only the answer's data holds: the first item's label or title, or the record's own. */
function markerOf(answer: unknown): string | null {
  const record = (value: unknown): string | null => {
    if (typeof value !== 'object' || value === null) return null;
    const fields = value as Record<string, unknown>;
    for (const key of ['prefLabel', 'title']) {
      const text = fields[key];
      if (typeof text === 'string') return text;
    }
    for (const key of ['term', 'recommendation', 'scenario']) {
      const nested = record(fields[key]);
      if (nested) return nested;
    }
    return null;
  };
  if (typeof answer === 'object' && answer !== null && 'items' in answer && Array.isArray(answer.items)) {
    return record(answer.items[0]);
  }
  return record(answer);
}

async function capture(
  databaseUrl: string,
  port: number,
  cookie: string,
  list: Endpoint[],
): Promise<{ captured: CapturedEndpoint[]; markers: Map<string, string | null> }> {
  const statements: CapturedStatement[] = [];
  const handle = await openDatabase({
    databaseUrl,
    poolSize: 2,
    logger: { logQuery: (query, params) => statements.push({ sql: query, params }) },
  });
  const config: ServerConfig = {
    databaseUrl,
    pgliteDataDir: ':memory:',
    migrationsDir: undefined,
    classificationCeiling: 'ONGERUBRICEERD',
    trustedProxyHops: 0,
    appUrl: `http://localhost:${port}`,
    appVersion: 'bench',
    authSecret: BENCH_SECRET,
    secureCookies: false,
    seedDemoData: false,
    production: true,
    backupToken: undefined,
    smtpUrl: undefined,
    mailFrom: 'Samenwerkingsruimte <noreply@bench.example>',
    jobsEnabled: false,
    digestCron: '0 7 * * *',
    mfaRequiredRoles: [],
    sessionPolicy: DEFAULT_SESSION_POLICY,
    passwordSignIn: true,
    demoOidcUrl: 'http://localhost:3300',
  };
  const auth = createAuth(handle.db, config);
  const captured: CapturedEndpoint[] = [];
  const markers = new Map<string, string | null>();
  try {
    for (const endpoint of list) {
      statements.length = 0;
      const ctx = await createContext({
        headers: new Headers({ cookie }),
        resHeaders: new Headers(),
        db: handle.db,
        auth,
        classificationCeiling: config.classificationCeiling,
        appUrl: config.appUrl,
        trustedProxyHops: 0,
        security: config,
      });
      if (!ctx.user) throw new Error('the session cookie did not sign in the in-process context');
      const auth_ = statements.splice(0);
      markers.set(endpoint.name, markerOf(await endpoint.call(createCaller(ctx))));
      captured.push({ name: endpoint.name, auth: auth_, statements: statements.splice(0) });
    }
  } finally {
    await handle.close();
  }
  return { captured, markers };
}

/** CPU seconds (user + system) a process and its children have used so far (Linux /proc; 100 ticks a second). */
function treeCpuSeconds(pid: number): number {
  const ticks = (p: number): number => {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    } catch {
      return 0;
    }
  };
  return processTree(pid).reduce((sum, p) => sum + ticks(p), 0) / 100;
}

function load(
  url: string,
  headers: Record<string, string>,
  connections: number,
  duration: number,
  serverPid?: number,
): Promise<LoadResult> {
  const cpuBefore = serverPid ? treeCpuSeconds(serverPid) : 0;
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    let errors = 0;
    const instance = autocannon({ url, connections, duration, headers, pipelining: 1 }, (error, result) => {
      if (error) reject(error);
      else
        resolve({
          requestsPerSecond: result.requests.total / result.duration,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          errors: errors + result.errors + result.timeouts,
          cpuMsPerRequest:
            serverPid && result.requests.total > 0
              ? ((treeCpuSeconds(serverPid) - cpuBefore) * 1000) / result.requests.total
              : null,
        });
    });
    instance.on('response', (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (status !== 200) errors += 1;
    });
  });
}

function checked(name: string, what: string, result: LoadResult): LoadResult {
  if (result.errors > 0)
    throw new Error(`${name} (${what}): ${result.errors} responses were not 200 — not a valid measurement`);
  return result;
}

function startFloor(file: string, port: number, databaseUrl: string): Promise<ChildProcess> {
  const child = fork(path.join(repoRoot, 'tools', 'bench-http-floor.ts'), [file, String(port), databaseUrl], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`floor exited with ${code}`)));
  });
}

/** Resident memory of a process and its children, in MB (Linux /proc). */
function treeRssMb(pid: number): number {
  const kb = (p: number): number => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  return processTree(pid).reduce((sum, p) => sum + kb(p), 0) / 1024;
}

/** Each process of a server's tree: its name (Linux /proc/<pid>/comm) and resident memory in MB. */
function treeProcesses(pid: number): { pid: number; name: string; rssMb: number }[] {
  return processTree(pid).map((p) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const name = readFileSync(`/proc/${p}/comm`, 'utf8').trim();
      return { pid: p, name, rssMb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024 };
    } catch {
      return { pid: p, name: '?', rssMb: 0 };
    }
  });
}

/** Asks the server's memory probe (tools/bench-memory-probe.mjs) where its memory is. */
function probeMemory(child: ChildProcess, gc: boolean): Promise<MemoryProbeAnswer | null> {
  return new Promise((resolve) => {
    if (!child.connected) return resolve(null);
    const timer = setTimeout(() => resolve(null), 30_000);
    child.once('message', (message: unknown) => {
      clearTimeout(timer);
      resolve(message as MemoryProbeAnswer);
    });
    child.send({ type: 'memory', gc });
  });
}

/** A process and all its descendants (Linux /proc). */
function processTree(pid: number): number[] {
  const children = (p: number): number[] => {
    try {
      return readdirSync(`/proc/${p}/task`).flatMap((task) =>
        readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
      );
    } catch {
      return [];
    }
  };
  const all: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined) break;
    all.push(next);
    queue.push(...children(next));
  }
  return all;
}

function stripScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script>/g, '');
}

async function pageWeight(
  baseUrl: string,
  label: string,
  pagePath: string,
  cookie: string | null,
  marker: string | null,
): Promise<PageWeight> {
  const response = await fetch(`${baseUrl}${pagePath}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`);
  const html = await response.text();
  const sources = scriptSources(html);
  let gzipBytes = 0;
  for (const src of sources) {
    const script = await fetch(new URL(src, baseUrl));
    gzipBytes += gzipSync(Buffer.from(await script.arrayBuffer())).length;
  }
  return {
    path: label,
    scripts: sources.length,
    gzipBytes,
    dataInHtml: marker === null ? null : stripScripts(html).includes(marker),
  };
}

/** Stops a server and waits until it is gone (a PGlite folder is free again only then). */
function stopApp(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function mainPglite(args: Args): Promise<void> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'bench-http-pglite-')), 'pglite');
  const baseUrl = `http://localhost:${args.port}`;
  const member = demoUsers.find((user) => user.globalRole === 'member') ?? demoUsers[0];
  if (!member) throw new Error('no demo users');
  const list = { limit: 50 };
  const listEndpoints = [
    { name: 'glossary.list', procedure: 'glossary.list', input: list },
    { name: 'recommendations.list', procedure: 'recommendations.list', input: list },
    { name: 'scenarios.list', procedure: 'scenarios.list', input: list },
  ].filter((e) => !args.only || e.name.includes(args.only));

  let started = performance.now();
  const serverOptions = { ...args, memoryProbe: true };
  let app = startApp({ pgliteDir: dir }, args.port, serverOptions);
  const stop = () => app.kill('SIGTERM');
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    await waitFor(`${baseUrl}/inloggen`, 120_000, 50);
    const firstStartMs = performance.now() - started;
    await stopApp(app);
    started = performance.now();
    app = startApp({ pgliteDir: dir }, args.port, serverOptions);
    await waitFor(`${baseUrl}/inloggen`, 60_000, 50);
    const restartMs = performance.now() - started;
    const restartCpu = app.pid ? treeCpuSeconds(app.pid) : 0;
    const rssIdle = app.pid ? treeRssMb(app.pid) : 0;
    const memoryIdle = await probeMemory(app, false);
    const cookie = await signIn(baseUrl, member.email, DEMO_PASSWORD);
    const rows: string[] = [];
    for (const endpoint of listEndpoints) {
      const url = `${baseUrl}/api/trpc/${endpoint.procedure}?input=${encodeURIComponent(JSON.stringify({ json: endpoint.input }))}`;
      checked(endpoint.name, 'warm-up', await load(url, { cookie }, 10, 2));
      for (const connections of [1, 50]) {
        const result = checked(endpoint.name, 'app', await load(url, { cookie }, connections, args.duration, app.pid));
        rows.push(
          `${endpoint.name.padEnd(22)}${String(connections).padStart(4)}  ${result.requestsPerSecond.toFixed(0).padStart(9)}  ${result.p50.toFixed(1).padStart(6)}  ${result.p95.toFixed(1).padStart(6)}  ${(result.cpuMsPerRequest ?? 0).toFixed(2).padStart(14)}`,
        );
      }
    }
    const rssMb = app.pid ? treeRssMb(app.pid) : 0;
    const tree = app.pid ? treeProcesses(app.pid) : [];
    const memoryAfter = await probeMemory(app, args.exposeGc);
    console.log(`\nPGlite (demo data, signed in as ${member.key}), authenticated lists, no pipelining (ms):`);
    console.log(`${'endpoint'.padEnd(22)}conn  app req/s     p50     p95  CPU ms/req app`);
    for (const row of rows) console.log(row);
    console.log(`\nFirst start on a new folder (migrations, demo data): ${(firstStartMs / 1000).toFixed(1)} s.`);
    console.log(
      `Cold start (restart on that folder → sign-in page answers): ${(restartMs / 1000).toFixed(1)} s, of which the server used ${restartCpu.toFixed(1)} s CPU (target ≤ 5 s).`,
    );
    console.log(
      `Server RSS: ${rssIdle.toFixed(0)} MB after the restart, ${rssMb.toFixed(0)} MB after the run (target ≤ 450 MB).`,
    );
    console.log(
      `Server process tree: ${tree.map((p) => `${p.name} (pid ${p.pid}) ${p.rssMb.toFixed(0)} MB`).join(', ')}.`,
    );
    if (memoryIdle) console.log(formatMemorySnapshot('After the restart', memoryIdle.before));
    if (memoryAfter) console.log(formatMemorySnapshot('After the run', memoryAfter.before));
    if (memoryAfter?.afterGc) console.log(formatMemorySnapshot('After the run and a full GC', memoryAfter.afterGc));
    console.log(`Load average at the end: ${loadavg()[0]?.toFixed(2)}.`);
  } finally {
    await stopApp(app);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(webDir, '.next', 'BUILD_ID'))) {
    console.error('Geen productiebuild gevonden: draai eerst `npm run build`.');
    process.exit(2);
  }
  if (args.pglite) {
    console.log(`Machine: ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)} at start.`);
    return mainPglite(args);
  }
  const databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      'Zet BENCH_DATABASE_URL op een lege PostgreSQL-database, bv. postgres://postgres@127.0.0.1:5432/bench_http.',
    );
    process.exit(2);
  }
  console.log(`Machine: ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)} at start.`);
  console.log(
    `Server: ${args.nextStart ? 'next start (the route handler)' : 'apps/web/server.mjs (tRPC outside Next)'}.`,
  );
  await prepareData(databaseUrl, args.scale);

  const baseUrl = `http://localhost:${args.port}`;
  const started = performance.now();
  const app = startApp({ url: databaseUrl }, args.port, args);
  const children: ChildProcess[] = [app];
  const stop = () => children.forEach((child) => child.kill('SIGTERM'));
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    await waitFor(`${baseUrl}/inloggen`, 60_000, 50);
    const coldStartMs = performance.now() - started;
    const coldStartCpu = app.pid ? treeCpuSeconds(app.pid) : 0;
    const cookie = await signIn(baseUrl);

    const ids = await (async () => {
      const handle = await openDatabase({ databaseUrl, poolSize: 1 });
      try {
        return await benchIds(handle.db);
      } finally {
        await handle.close();
      }
    })();
    const selected = endpoints(ids).filter((e) => !args.only || e.name.includes(args.only));
    const { captured, markers } = await capture(databaseUrl, args.port, cookie, endpoints(ids));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-http-')), 'captured.json');
    writeFileSync(file, JSON.stringify(captured.filter((c) => selected.some((e) => e.name === c.name))));
    const floorPort = args.port + 1;
    const floor = await startFloor(file, floorPort, databaseUrl);
    children.push(floor);

    const results: EndpointResult[] = [];
    for (const endpoint of selected) {
      const appUrl = `${baseUrl}${trpcPath(endpoint)}`;
      const floorUrl = `http://127.0.0.1:${floorPort}/${endpoint.name}`;
      const headers = { cookie };
      // Warm both up (JIT, pools, prepared statements) before anything counts.
      checked(endpoint.name, 'warm-up', await load(appUrl, headers, 10, 2));
      checked(endpoint.name, 'warm-up floor', await load(floorUrl, {}, 10, 1));
      for (const connections of [1, 50]) {
        results.push({
          name: endpoint.name,
          connections,
          app: checked(endpoint.name, 'app', await load(appUrl, headers, connections, args.duration, app.pid)),
          floor: checked(endpoint.name, 'floor', await load(floorUrl, {}, connections, args.duration, floor.pid)),
          floorWithAuth: checked(
            endpoint.name,
            'floor+auth',
            await load(`${floorUrl}?auth=1`, {}, connections, args.duration),
          ),
        });
        console.log(`  ${endpoint.name} at ${connections} connection(s) done`);
      }
    }
    const statementsPerRequest = captured.map((c) => `${c.name}: ${c.auth.length} session + ${c.statements.length}`);
    // Printed before the pages are fetched, so a failing page does not lose these figures.
    console.log('\nHTTP, authenticated, no pipelining (ms; floor = the same SQL behind bare node:http + postgres.js):');
    console.log(formatHttpTable(results));
    console.log(`\n${formatHttpTargets(results)}`);
    console.log(`\nStatements per request: ${statementsPerRequest.join('; ')}.`);

    const marker = (name: string) => markers.get(name) ?? null;
    const pages: PageWeight[] = [await pageWeight(baseUrl, '/inloggen', '/inloggen', null, null)];
    for (const [label, pagePath, text] of [
      ['/begrippenlijst', '/begrippenlijst', marker('glossary.list')],
      ['/begrippenlijst/[id]', `/begrippenlijst/${ids.termId}`, marker('glossary.get')],
      ['/aanbevelingen', '/aanbevelingen', marker('recommendations.list')],
      ['/aanbevelingen/[id]', `/aanbevelingen/${ids.recommendationId}`, marker('recommendations.get')],
      ['/scenarios', '/scenarios', marker('scenarios.list')],
      ['/scenarios/[id]', `/scenarios/${ids.scenarioId}`, marker('scenarios.get')],
      ['/afwegingskader', '/afwegingskader', null],
      ['/dashboard', '/dashboard', null],
    ] as const) {
      pages.push(await pageWeight(baseUrl, label, pagePath, cookie, text));
    }
    const rssMb = app.pid ? treeRssMb(app.pid) : 0;

    console.log(`\nFirst-load JavaScript (gzip; budget ${JS_BUDGET_BYTES / 1024} kB):`);
    console.log(formatPageTable(pages, JS_BUDGET_BYTES));
    console.log(
      `\nCold start (spawn → sign-in page answers): ${(coldStartMs / 1000).toFixed(1)} s, of which the server used ${coldStartCpu.toFixed(1)} s CPU (target ≤ 5 s).`,
    );
    console.log(`Server RSS after the run: ${rssMb.toFixed(0)} MB.`);
    console.log(`Load average at the end: ${loadavg()[0]?.toFixed(2)}.`);
  } finally {
    stop();
    // The profile is written when the server exits.
    if (args.cpuProf) await stopApp(app);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
