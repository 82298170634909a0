/**
 * `npm run bench:lighthouse`: Lighthouse 12 (its default mobile profile:
 * simulated slow 4G and a 4× slower CPU) on the production build, for the
 * sign-in page, the glossary, a decision, the recommendations register and the
 * dashboard. Prints performance and accessibility per page with the metrics
 * behind the score. Not part of `npm test`; targets are read from its output.
 *
 * Needs the production build (`npx nx run web:build`) and Chromium
 * (`CHROME_PATH`, else `CHROMIUM_PATH`, else /usr/bin/chromium). The server runs
 * on a fresh embedded database with the demo workspace; signed-in pages get the
 * demo admin's session cookie through Lighthouse's `extraHeaders`.
 * Options: `--port <n>` (default 3970), `--runs <n>` per page (default 1; the
 * median performance run is shown).
 */
import { loadavg, availableParallelism } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { assertBuilt, mainPages, signIn, startSeededServer, type BenchPage } from './bench-pages';

interface PageScore {
  label: string;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const LIGHTHOUSE_PAGES = ['/inloggen', '/begrippenlijst', '/afwegingskader/[id]', '/aanbevelingen', '/dashboard'];

async function audit(port: number, url: string, cookie: string | null, label: string): Promise<PageScore> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    label,
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
  };
}

function formatScores(scores: readonly PageScore[]): string {
  const header = `${'page'.padEnd(24)} perf  a11y    FCP ms    LCP ms   TBT ms    CLS`;
  const rows = scores.map(
    (s) =>
      `${s.label.padEnd(24)} ${String(s.performance).padStart(4)}  ${String(s.accessibility).padStart(4)}  ${s.fcpMs
        .toFixed(0)
        .padStart(
          8,
        )}  ${s.lcpMs.toFixed(0).padStart(8)}  ${s.tbtMs.toFixed(0).padStart(7)}  ${s.cls.toFixed(3).padStart(5)}`,
  );
  return [header, ...rows].join('\n');
}

async function main(): Promise<void> {
  assertBuilt();
  const port = Number(option('--port') ?? 3970);
  const runs = Math.max(1, Number(option('--runs') ?? 1));
  const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  console.log(`Machine: ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)} at start.`);
  const server = await startSeededServer(port);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const cookie = await signIn(server.baseUrl);
    const pages = (await mainPages(server.baseUrl, cookie)).filter((p) => LIGHTHOUSE_PAGES.includes(p.label));
    const scores: PageScore[] = [];
    for (const page of pages as BenchPage[]) {
      const url = `${server.baseUrl}${page.path}`;
      // Warm the server's caches for this page first (the first request compiles nothing, but fills them).
      await fetch(url, { headers: page.signedIn ? { cookie } : {} });
      const attempts: PageScore[] = [];
      for (let run = 0; run < runs; run += 1) {
        // Lighthouse sometimes loses the trace (NO_NAVSTART); such a run is repeated once.
        const runOnce = () => audit(chrome.port, url, page.signedIn ? cookie : null, page.label);
        attempts.push(await runOnce().catch(runOnce));
      }
      attempts.sort((a, b) => a.performance - b.performance);
      const median = attempts[Math.floor(attempts.length / 2)];
      if (median) scores.push(median);
      console.log(`  ${page.label} done`);
    }
    console.log('\nLighthouse 12, default mobile profile (simulated throttling):');
    console.log(formatScores(scores));
    const perfMissed = scores.filter((s) => s.performance < 95).map((s) => s.label);
    const a11yMissed = scores.filter((s) => s.accessibility < 100).map((s) => s.label);
    console.log(
      `\nPerformance ≥ 95: ${perfMissed.length === 0 ? 'met on every page' : `missed on ${perfMissed.join(', ')}`}.`,
    );
    console.log(
      `Accessibility 100: ${a11yMissed.length === 0 ? 'met on every page' : `missed on ${a11yMissed.join(', ')}`}.`,
    );
    console.log(`Load average at the end: ${loadavg()[0]?.toFixed(2)}.`);
  } finally {
    await chrome.kill();
    server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
