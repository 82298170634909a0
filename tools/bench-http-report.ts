/** The pure parts of `npm run bench:http`: what is captured, what is read from a page, how results are printed. */

export interface CapturedStatement {
  sql: string;
  params: unknown[];
}

/** One endpoint as the app ran it: its session look-ups and the procedure's own statements. */
export interface CapturedEndpoint {
  name: string;
  auth: CapturedStatement[];
  statements: CapturedStatement[];
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  /** Responses other than 200: a run with any of them measured something else and is refused. */
  errors: number;
  /**
   * CPU time the server process used per answered request (ms), from /proc: unlike req/s and
   * latency it hardly depends on what else the machine is running. Null when not measured.
   */
  cpuMsPerRequest?: number | null;
}

export interface EndpointResult {
  name: string;
  connections: number;
  app: LoadResult;
  floor: LoadResult;
  floorWithAuth: LoadResult;
}

/**
 * The scripts a page loads before it can run: every `<script src>` of the first
 * HTML, once. A `nomodule` script (Next's polyfills for browsers without ES
 * modules) is left out: every browser that runs modules skips it without
 * downloading it.
 */
export function scriptSources(html: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1] ?? '';
    if (/\bnomodule\b/i.test(attributes)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) sources.add(src.replace(/&amp;/g, '&'));
  }
  return [...sources];
}

/** The app's throughput as a share of the floor's (1 = as fast as the bare SQL). */
export function ratio(app: LoadResult, floor: LoadResult): number {
  return floor.requestsPerSecond === 0 ? 0 : app.requestsPerSecond / floor.requestsPerSecond;
}

function pad(value: string, width: number, right = false): string {
  return right ? value.padStart(width) : value.padEnd(width);
}

function cpuCell(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toFixed(2);
}

export function formatHttpTable(results: readonly EndpointResult[]): string {
  const header = [
    'endpoint',
    'conn',
    'app req/s',
    'p50',
    'p95',
    'floor req/s',
    'p50',
    '+auth req/s',
    'app/floor',
    'p50 ×floor',
    'CPU ms/req app',
    'floor',
  ];
  const rows = results.map((r) => [
    r.name,
    String(r.connections),
    r.app.requestsPerSecond.toFixed(0),
    `${r.app.p50.toFixed(1)}`,
    `${r.app.p95.toFixed(1)}`,
    r.floor.requestsPerSecond.toFixed(0),
    `${r.floor.p50.toFixed(1)}`,
    r.floorWithAuth.requestsPerSecond.toFixed(0),
    `${ratio(r.app, r.floor).toFixed(2)}×`,
    r.floor.p50 === 0 ? '–' : `${(r.app.p50 / r.floor.p50).toFixed(1)}×`,
    cpuCell(r.app.cpuMsPerRequest),
    cpuCell(r.floor.cpuMsPerRequest),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i] ?? 0, i > 0)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export interface PageWeight {
  path: string;
  scripts: number;
  gzipBytes: number;
  /** A text only the page's data contains was in the first HTML. */
  dataInHtml: boolean | null;
}

export function formatPageTable(pages: readonly PageWeight[], budgetBytes: number): string {
  const rows = pages.map(
    (p) =>
      `${p.path.padEnd(40)} ${String(p.scripts).padStart(3)} scripts  ${(p.gzipBytes / 1024).toFixed(1).padStart(6)} kB gz ${
        p.gzipBytes <= budgetBytes ? '  ' : ' ✗'
      }  data in first HTML: ${p.dataInHtml === null ? '–' : p.dataInHtml ? 'yes' : 'NO'}`,
  );
  return rows.join('\n');
}

/** Issue 19's API targets, as the run measured them. */
export const HTTP_TARGETS = { minRatioAt50: 0.5, maxP50MultipleAt1: 2, maxP95MsAt1: 50 } as const;

function range(values: readonly number[], digits: number): string {
  if (values.length === 0) return '–';
  const low = Math.min(...values).toFixed(digits);
  const high = Math.max(...values).toFixed(digits);
  return low === high ? low : `${low}–${high}`;
}

function verdict(title: string, checks: readonly { name: string; met: boolean; value: string }[]): string {
  const missed = checks.filter((c) => !c.met);
  const all = checks.map((c) => `${c.name} ${c.value}`).join(', ');
  if (checks.length === 0) return `${title}: not measured.`;
  if (missed.length === 0) return `${title}: met on every endpoint (${all}).`;
  return `${title}: MISSED on ${missed.length} of ${checks.length} (${missed.map((c) => c.name).join(', ')}); measured ${all}.`;
}

/**
 * Which of the API targets the run met, per endpoint, and — when one is missed —
 * why, in the terms the run itself measured: the CPU each request cost the app
 * against the floor. Printed under the table so the output says exactly what is
 * missed, not only the figures.
 */
export function formatHttpTargets(results: readonly EndpointResult[]): string {
  const at = (connections: number) => results.filter((r) => r.connections === connections);
  const lines = [
    verdict(
      `≥ ${HTTP_TARGETS.minRatioAt50}× the floor at 50 connections`,
      at(50).map((r) => {
        const value = ratio(r.app, r.floor);
        return { name: r.name, met: value >= HTTP_TARGETS.minRatioAt50, value: `${value.toFixed(2)}×` };
      }),
    ),
    verdict(
      `1-connection p50 ≤ ${HTTP_TARGETS.maxP50MultipleAt1}× the floor`,
      at(1).map((r) => {
        const value = r.floor.p50 === 0 ? Number.POSITIVE_INFINITY : r.app.p50 / r.floor.p50;
        return { name: r.name, met: value <= HTTP_TARGETS.maxP50MultipleAt1, value: `${value.toFixed(1)}×` };
      }),
    ),
    verdict(
      `p95 ≤ ${HTTP_TARGETS.maxP95MsAt1} ms at 1 connection`,
      at(1).map((r) => ({
        name: r.name,
        met: r.app.p95 <= HTTP_TARGETS.maxP95MsAt1,
        value: `${r.app.p95.toFixed(1)} ms`,
      })),
    ),
  ];
  const missed = lines.some((line) => line.includes('MISSED'));
  const appCpu = results.flatMap((r) => (typeof r.app.cpuMsPerRequest === 'number' ? [r.app.cpuMsPerRequest] : []));
  const floorCpu = results.flatMap((r) =>
    typeof r.floor.cpuMsPerRequest === 'number' ? [r.floor.cpuMsPerRequest] : [],
  );
  if (missed && appCpu.length > 0 && floorCpu.length > 0) {
    lines.push(
      `Why: the app's server used ${range(appCpu, 2)} ms of CPU per request where the floor used ${range(floorCpu, 2)} ms ` +
        'for the same SQL, so at 50 connections the app is bound by its own CPU (Drizzle mapping every row, garbage ' +
        'collection, superjson and tRPC; README → "Over HTTP, against the floor") while the floor waits on PostgreSQL.',
    );
  }
  return lines.join('\n');
}

/** What tools/bench-memory-probe.mjs reports from inside the server (MB). */
export interface MemorySnapshot {
  rssMb: number;
  heapTotalMb: number;
  heapUsedMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  /** PGlite's WebAssembly memory (grows, never shrinks); null if the probe could not reach it. */
  wasmMemoryMb: number | null;
  newSpaceMb: number | null;
  oldSpaceMb: number | null;
  /** Resident memory by mapping kind (/proc/self/smaps); null off Linux. */
  resident: { wasmMb: number; mallocMb: number; filesMb: number; restMb: number } | null;
}

export interface MemoryProbeAnswer {
  before: MemorySnapshot;
  /** After a full GC (`--expose-gc`, diagnosis only); null without it. */
  afterGc: MemorySnapshot | null;
}

/**
 * One line per snapshot: the resident memory by kind (they add up to the RSS),
 * then V8's view. `external` includes PGlite's wasm memory, of which only the
 * touched part is resident.
 */
export function formatMemorySnapshot(label: string, s: MemorySnapshot): string {
  const mb = (value: number | null) => (value === null ? '?' : value.toFixed(0));
  const r = s.resident;
  const resident = r
    ? ` = PGlite wasm ${mb(r.wasmMb)} (of its ${mb(s.wasmMemoryMb)} MB memory) + malloc ${mb(r.mallocMb)} + files ${mb(r.filesMb)} + V8 heap, code and stacks ${mb(r.restMb)}`
    : '';
  return `${label}: RSS ${mb(s.rssMb)} MB${resident}; V8 heap ${mb(s.heapUsedMb)} used of ${mb(s.heapTotalMb)} (new space ${mb(s.newSpaceMb)}, old space ${mb(s.oldSpaceMb)}), external ${mb(s.externalMb)} (array buffers ${mb(s.arrayBuffersMb)}).`;
}
