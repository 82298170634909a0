/**
 * `npm run bench:live`: what live updates cost and how fast they are, against
 * the production build (run `npx nx run web:build` first).
 *
 * 1. One instance: the server's extra memory (RSS) for 200 open SSE streams,
 *    and how long one change takes to reach all of them.
 * 2. With BENCH_DATABASE_URL (an empty PostgreSQL database): two instances on
 *    it; a change written through instance A (a glossary comment) until its
 *    event arrives on a stream of instance B, p50/p95/max over the runs.
 *    Targets: ≤ 50 MB for 200 streams, p95 ≤ 1 s. Not part of `npm test`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTRPCClient, httpLink } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '@srw/api/client-types';
import { DEMO_PASSWORD, demoUsers } from '@srw/api/demo-accounts';
import { summarise } from './bench-stats';
import { migrationsDir, productionServerArgs, serverMallocEnv, repoRoot, webDir } from './paths';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const streams = arg('streams', 200);
const runs = arg('runs', 40);
const basePort = arg('port', 3405);
const databaseUrl = process.env.BENCH_DATABASE_URL || undefined;

if (!existsSync(path.join(webDir, '.next', 'BUILD_ID'))) {
  console.error('Geen productiebuild gevonden: draai eerst `npx nx run web:build`.');
  process.exit(1);
}

const children: ChildProcess[] = [];
const stopAll = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll();
    process.exit(1);
  });
}

async function startServer(port: number, database: string | undefined): Promise<ChildProcess> {
  const dataDir = path.join(repoRoot, '.data', `bench-live-${port}`);
  if (!database) {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.lock`, { force: true });
  }
  const child = spawn(process.execPath, productionServerArgs(database ? 'postgres' : 'pglite'), {
    cwd: webDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...serverMallocEnv,
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
      PGLITE_DATA_DIR: dataDir,
      MIGRATIONS_DIR: migrationsDir,
      APP_URL: `http://localhost:${port}`,
      DATABASE_URL: database ?? '',
    },
  });
  children.push(child);
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} stopped (${child.exitCode})`);
    const ok = await fetch(`http://localhost:${port}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return child;
    if (Date.now() > deadline) throw new Error(`server on ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A signed-in tRPC client and its session cookie. */
async function signIn(port: number, email: string) {
  let cookie = '';
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `http://localhost:${port}/api/trpc`,
        transformer: superjson,
        fetch: async (url, init) => {
          const headers = new Headers(init?.headers);
          if (cookie) headers.set('cookie', cookie);
          const response = await fetch(url, { ...init, headers });
          const set = response.headers.getSetCookie();
          if (set.length > 0) cookie = set.map((c) => c.split(';')[0]).join('; ');
          return response;
        },
      }),
    ],
  });
  await client.auth.signIn.mutate({ email, password: DEMO_PASSWORD });
  return { client, cookie: () => cookie };
}

interface Stream {
  messages: { at: number; data: { kind: string; id: string | null } }[];
  close(): void;
}

async function openStream(port: number, cookie: string): Promise<Stream> {
  const abort = new AbortController();
  const res = await fetch(`http://localhost:${port}/api/events`, { headers: { cookie }, signal: abort.signal });
  if (res.status !== 200 || !res.body) throw new Error(`stream answered ${res.status}`);
  const stream: Stream = { messages: [], close: () => abort.abort() };
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
        if (data)
          stream.messages.push({ at: performance.now(), data: JSON.parse(data) as Stream['messages'][0]['data'] });
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
      }
    }
  })();
  return stream;
}

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(5);
  }
  return true;
}

const [writerAccount, readerAccount] = [
  demoUsers.find((u) => u.email.startsWith('sanne.visser')),
  demoUsers.find((u) => u.email.startsWith('pieter.jansen')),
];
if (!writerAccount || !readerAccount) throw new Error('demo accounts missing');

async function aTerm(client: Awaited<ReturnType<typeof signIn>>['client']): Promise<string> {
  const terms = await client.glossary.list.query({ limit: 1 });
  const id = terms.items[0]?.id;
  if (!id) throw new Error('no glossary term in the demo data');
  return id;
}

console.log(`Live-updates bench (load ${loadavg()[0]?.toFixed(2)}; ${databaseUrl ? 'PostgreSQL' : 'PGlite'})`);

// 1. Memory of open streams on one instance.
const a = await startServer(basePort, databaseUrl);
const writer = await signIn(basePort, writerAccount.email);
const reader = await signIn(basePort, readerAccount.email);
const termId = await aTerm(writer.client);
const warm = await openStream(basePort, reader.cookie());
await writer.client.glossary.addComment.mutate({ termId, body: 'Opwarmen van de live-stroom.' });
await waitFor(() => warm.messages.length > 0, 5000);
await sleep(2000);
const before = rssMb(a.pid);
const open: Stream[] = [];
for (let i = 0; i < streams; i += 20) {
  open.push(
    ...(await Promise.all(
      Array.from({ length: Math.min(20, streams - i) }, () => openStream(basePort, reader.cookie())),
    )),
  );
}
await sleep(3000);
const after = rssMb(a.pid);
const started = performance.now();
await writer.client.glossary.addComment.mutate({ termId, body: 'Eén wijziging voor alle stromen.' });
const allGot = await waitFor(() => open.every((s) => s.messages.some((m) => m.data.id === termId)), 10_000);
const fanOutMs = performance.now() - started;
const extra = after - before;
console.log(
  `1. ${streams} open SSE-stromen op één instantie: RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB, ` +
    `+${extra.toFixed(1)} MB (doel ≤ 50 MB); één wijziging bij ${allGot ? 'alle' : 'NIET alle'} stromen in ${fanOutMs.toFixed(0)} ms`,
);
for (const s of [...open, warm]) s.close();
let ok = extra <= 50 && allGot;

// 2. Two instances on one PostgreSQL: write on A, event on B.
if (databaseUrl) {
  await startServer(basePort + 1, databaseUrl);
  const onB = await signIn(basePort + 1, readerAccount.email);
  const stream = await openStream(basePort + 1, onB.cookie());
  await sleep(500);
  const latencies: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const seen = stream.messages.length;
    const t0 = performance.now();
    await writer.client.glossary.addComment.mutate({ termId, body: `Meting ${i}` });
    const arrived = await waitFor(() => stream.messages.slice(seen).some((m) => m.data.id === termId), 5000);
    const message = stream.messages.slice(seen).find((m) => m.data.id === termId);
    if (i >= 3) latencies.push(arrived && message ? message.at - t0 : 5000);
  }
  stream.close();
  const t = summarise(latencies);
  console.log(
    `2. Schrijven op instantie A → gebeurtenis op instantie B (PostgreSQL, ${t.runs} keer): ` +
      `p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms, max ${t.max.toFixed(1)} ms (doel p95 ≤ 1000 ms)`,
  );
  ok &&= t.p95 <= 1000;
} else {
  console.log('2. Twee instanties: zet BENCH_DATABASE_URL op een lege PostgreSQL-database.');
}
stopAll();
process.exit(ok ? 0 : 1);
