/**
 * `npm run bench:js`: first-load JavaScript (gzip) of every main page of the
 * production build, counted like `npm run bench:http` counts it, without its
 * 50,000-term data set: the server runs on a fresh embedded database with the
 * demo workspace and the demo admin signed in. Not part of `npm test`.
 *
 * Needs the production build (`npx nx run web:build`). Options: `--port <n>`
 * (default 3960), `--chunks` also lists each page's eight largest scripts.
 */
import { gzipSync } from 'node:zlib';
import { formatPageTable, scriptSources } from './bench-http-report';
import { assertBuilt, mainPages, pageWeight, signIn, startSeededServer, type BenchPage } from './bench-pages';

const JS_BUDGET_BYTES = 200 * 1024;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function largestScripts(baseUrl: string, page: BenchPage, cookie: string): Promise<string[]> {
  const headers = page.signedIn ? { cookie } : undefined;
  const html = await (await fetch(`${baseUrl}${page.path}`, { headers, redirect: 'manual' })).text();
  const sizes = await Promise.all(
    scriptSources(html).map(async (src) => {
      const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
      return { src, gzip: gzipSync(body).length };
    }),
  );
  return sizes
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 8)
    .map((s) => `    ${(s.gzip / 1024).toFixed(1).padStart(6)} kB  ${s.src}`);
}

async function main(): Promise<void> {
  assertBuilt();
  const port = Number(option('--port') ?? 3960);
  const server = await startSeededServer(port);
  try {
    const cookie = await signIn(server.baseUrl);
    const pages = await mainPages(server.baseUrl, cookie);
    const weights = [];
    for (const page of pages) weights.push(await pageWeight(server.baseUrl, page, cookie));
    console.log(`First-load JavaScript (gzip; budget ${JS_BUDGET_BYTES / 1024} kB):`);
    console.log(formatPageTable(weights, JS_BUDGET_BYTES).replace(/ {2}data in first HTML: –/g, ''));
    const over = weights.filter((w) => w.gzipBytes > JS_BUDGET_BYTES);
    console.log(over.length === 0 ? 'Every page within budget.' : `${over.length} page(s) over budget.`);
    console.log("\nFirst HTML (with its RSC payload: data and the client components' messages):");
    for (const w of weights) {
      console.log(
        `${w.path.padEnd(40)} ${(w.htmlBytes / 1024).toFixed(1).padStart(7)} kB raw ${(w.htmlGzipBytes / 1024).toFixed(1).padStart(6)} kB gz`,
      );
    }
    if (process.argv.includes('--chunks')) {
      for (const page of pages) {
        console.log(`\n${page.label}`);
        console.log((await largestScripts(server.baseUrl, page, cookie)).join('\n'));
      }
    }
  } finally {
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
