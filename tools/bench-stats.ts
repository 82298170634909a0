/** Percentiles, targets and the printed table of `npm run bench` (tools/bench.ts). */

export interface Timing {
  runs: number;
  p50: number;
  p95: number;
  max: number;
}

export interface Measurement {
  /** The procedure and its input, e.g. `recommendations.list (eerste pagina)`. */
  name: string;
  /** Who calls it: `management` or `lid` (an ordinary group member). */
  viewpoint: string;
  timing: Timing;
  /** The p95 the measurement must stay within, in ms. */
  targetMs: number;
}

/** Nearest-rank percentile of samples (need not be sorted); 0 for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1] ?? 0;
}

export function summarise(samples: readonly number[]): Timing {
  return {
    runs: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples.length ? Math.max(...samples) : 0,
  };
}

/** A target is met when the p95 stays within it. */
export function meetsTarget(measurement: Pick<Measurement, 'timing' | 'targetMs'>): boolean {
  return measurement.timing.p95 <= measurement.targetMs;
}

export function missedTargets(measurements: readonly Measurement[]): Measurement[] {
  return measurements.filter((m) => !meetsTarget(m));
}

const ms = (value: number) => value.toFixed(1);

/** A plain-text table, one row per measurement, with the target and whether it was met. */
export function formatTable(measurements: readonly Measurement[]): string {
  const header = ['procedure', 'gebruiker', 'p50 ms', 'p95 ms', 'max ms', 'doel p95', ''];
  const rows = measurements.map((m) => [
    m.name,
    m.viewpoint,
    ms(m.timing.p50),
    ms(m.timing.p95),
    ms(m.timing.max),
    `≤ ${m.targetMs}`,
    meetsTarget(m) ? 'ok' : 'TE TRAAG',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = new Set([2, 3, 4, 5]);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export interface BenchOptions {
  /** Multiplies every seeded volume (1 = the realistic size). */
  scale: number;
  /** Exit non-zero when a target is missed. */
  check: boolean;
  /** Only measurements whose name contains this text. */
  only: string | null;
  warmup: number;
  runs: number;
}

/** `--scale 0.1`, `--check`, `--only glossary`, `--runs 20`, `--warmup 3` (also as `--scale=0.1`). */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { scale: 1, check: false, only: null, warmup: 3, runs: 20 };
  const args = argv.flatMap((arg) => (arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg]));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} heeft een waarde nodig`);
      return next;
    };
    const number = (name: string, text: string, min: number) => {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n) || n < min)
        throw new Error(`${name} moet een getal van minstens ${min} zijn, niet "${text}"`);
      return n;
    };
    if (arg === '--check') options.check = true;
    else if (arg === '--scale') options.scale = number('--scale', value(), 0.001);
    else if (arg === '--only') options.only = value();
    else if (arg === '--runs') options.runs = Math.round(number('--runs', value(), 1));
    else if (arg === '--warmup') options.warmup = Math.round(number('--warmup', value(), 0));
    else
      throw new Error(`onbekend argument ${arg} (wel: --scale <n>, --check, --only <tekst>, --runs <n>, --warmup <n>)`);
  }
  return options;
}
