/**
 * Shared by `npm run bench:js` and `npm run bench:lighthouse`: the production
 * server on a fresh embedded database with the demo workspace, a signed-in
 * demo user, and the pages every benchmark looks at.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSync } from 'otplib';
import { DEMO_PASSWORD, demoUsers } from '@srw/db';
import { scriptSources, type PageWeight } from './bench-http-report';
import { migrationsDir, productionServerArgs, serverMallocEnv, webDir } from './paths';

const BENCH_SECRET = 'bench-pages-secret-of-at-least-thirty-two-characters';
/** Admin of the demo workspace: reads every group, so every page has content. */
export const BENCH_PAGES_EMAIL = 'beheer@samenwerkingsruimte.example';

export function assertBuilt(): void {
  if (!existsSync(path.join(webDir, '.next', 'BUILD_ID'))) {
    console.error('Geen productiebuild gevonden: draai eerst `npx nx run web:build`.');
    process.exit(2);
  }
}

/** Polls `url` until it answers 200, every `intervalMs`; resolves with the time that took (a cold start's measure). */
export function waitFor(url: string, timeoutMs: number, intervalMs = 100): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      fetch(url).then(
        (response) => (response.ok ? resolve(performance.now() - started) : retry()),
        () => retry(),
      );
    };
    const retry = () => {
      if (performance.now() - started > timeoutMs) reject(new Error(`${url} did not answer in ${timeoutMs} ms`));
      else setTimeout(attempt, intervalMs);
    };
    attempt();
  });
}

export interface BenchServer {
  baseUrl: string;
  child: ChildProcess;
  stop(): void;
}

/**
 * The production server (apps/web/server.mjs, itself, so its pid is the server's) on a new PGlite
 * folder in the temp directory, seeded with the demo workspace at first start.
 */
export async function startSeededServer(port: number): Promise<BenchServer> {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'bench-pages-')), 'pglite');
  const baseUrl = `http://localhost:${port}`;
  const child = spawn(process.execPath, productionServerArgs('pglite'), {
    cwd: webDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...serverMallocEnv,
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: '',
      PGLITE_DATA_DIR: dataDir,
      MIGRATIONS_DIR: migrationsDir,
      APP_URL: baseUrl,
      BETTER_AUTH_SECRET: BENCH_SECRET,
      SEED_DEMO_DATA: 'true',
      JOBS: 'false',
    },
  });
  const stop = () => {
    child.kill('SIGTERM');
    setTimeout(() => rmSync(path.dirname(dataDir), { recursive: true, force: true }), 1000).unref();
  };
  try {
    await waitFor(`${baseUrl}/api/health`, 180_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseUrl, child, stop };
}

/** The cookies a response set, as a Cookie header on top of the previous ones. */
function cookiesOf(response: Response, previous = ''): string {
  const jar = new Map(
    previous
      .split('; ')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair] as const),
  );
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(';')[0] ?? '';
    const name = pair.slice(0, pair.indexOf('='));
    if (/max-age=0/i.test(header) || pair.endsWith('=')) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join('; ');
}

/**
 * Signs in like the sign-in page does and returns the session cookie. The demo
 * admin must give a second factor (issue 13): the code comes from its documented
 * demo TOTP key, as a newcomer would compute it.
 */
export async function signIn(baseUrl: string, email = BENCH_PAGES_EMAIL): Promise<string> {
  const headers = { 'content-type': 'application/json', origin: baseUrl };
  const response = await fetch(`${baseUrl}/api/trpc/auth.signIn`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ json: { email, password: DEMO_PASSWORD } }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  let cookie = cookiesOf(response);
  const answer = (await response.json()) as { result?: { data?: { json?: { secondFactorRequired?: boolean } } } };
  if (answer.result?.data?.json?.secondFactorRequired) {
    const secret = demoUsers.find((user) => user.email === email)?.totpKey;
    if (!secret) throw new Error(`${email} must give a second factor, and has no demo TOTP key`);
    const verified = await fetch(`${baseUrl}/api/trpc/auth.verifySignInCode`, {
      method: 'POST',
      headers: { ...headers, cookie },
      body: JSON.stringify({ json: { kind: 'totp', code: generateSync({ secret }) } }),
    });
    if (!verified.ok) throw new Error(`second factor refused: ${verified.status} ${await verified.text()}`);
    cookie = cookiesOf(verified, cookie);
  }
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}

/** A query procedure over HTTP, as the browser calls it (superjson envelope). */
async function trpcQuery(baseUrl: string, cookie: string, procedure: string, input: unknown): Promise<unknown> {
  const url = `${baseUrl}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok) throw new Error(`${procedure} answered ${response.status}`);
  const body = (await response.json()) as { result?: { data?: { json?: unknown } } };
  return body.result?.data?.json;
}

async function firstId(baseUrl: string, cookie: string, procedure: string): Promise<string> {
  const answer = (await trpcQuery(baseUrl, cookie, procedure, { limit: 5 })) as { items?: { id?: string }[] };
  const id = answer.items?.[0]?.id;
  if (!id) throw new Error(`${procedure} returned no record`);
  return id;
}

export interface BenchPage {
  label: string;
  path: string;
  /** Needs the session cookie. */
  signedIn: boolean;
}

/** The main pages: sign-in, every list, a record of each kind, the dashboard. */
export async function mainPages(baseUrl: string, cookie: string): Promise<BenchPage[]> {
  const [termId, recommendationId, scenarioId, decisionId] = await Promise.all([
    firstId(baseUrl, cookie, 'glossary.list'),
    firstId(baseUrl, cookie, 'recommendations.list'),
    firstId(baseUrl, cookie, 'scenarios.list'),
    firstId(baseUrl, cookie, 'decisions.list'),
  ]);
  const pages: [string, string][] = [
    ['/voor-mij', '/voor-mij'],
    ['/begrippenlijst', '/begrippenlijst'],
    ['/begrippenlijst/[id]', `/begrippenlijst/${termId}`],
    ['/aanbevelingen', '/aanbevelingen'],
    ['/aanbevelingen/[id]', `/aanbevelingen/${recommendationId}`],
    ['/scenarios', '/scenarios'],
    ['/scenarios/[id]', `/scenarios/${scenarioId}`],
    ['/afwegingskader', '/afwegingskader'],
    ['/afwegingskader/[id]', `/afwegingskader/${decisionId}`],
    ['/werkgroepen', '/werkgroepen'],
    ['/liaisons', '/liaisons'],
    ['/oefeningen', '/oefeningen'],
    ['/zoeken', '/zoeken?q=officier'],
    ['/dashboard', '/dashboard'],
  ];
  return [
    { label: '/inloggen', path: '/inloggen', signedIn: false },
    ...pages.map(([label, path]) => ({ label, path, signedIn: true })),
  ];
}

/** The first HTML's own size (with its inline RSC payload: the page's data and the client components' messages). */
export interface HtmlSize {
  htmlBytes: number;
  htmlGzipBytes: number;
}

/**
 * First-load JavaScript the way bench:http counts it: every `<script src>` of
 * the first HTML, gzipped; and the size of that HTML, raw and gzipped.
 */
export async function pageWeight(baseUrl: string, page: BenchPage, cookie: string): Promise<PageWeight & HtmlSize> {
  const response = await fetch(`${baseUrl}${page.path}`, {
    headers: page.signedIn ? { cookie } : {},
    redirect: 'manual',
  });
  if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`);
  const html = await response.text();
  const sources = scriptSources(html);
  let gzipBytes = 0;
  for (const src of sources) {
    const script = await fetch(new URL(src, baseUrl));
    gzipBytes += gzipSync(Buffer.from(await script.arrayBuffer())).length;
  }
  return {
    path: page.label,
    scripts: sources.length,
    gzipBytes,
    dataInHtml: null,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html).length,
  };
}
