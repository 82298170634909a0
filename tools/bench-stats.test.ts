import { describe, expect, it } from 'vitest';
import {
  formatTable,
  meetsTarget,
  missedTargets,
  parseBenchArgs,
  percentile,
  summarise,
  type Measurement,
} from './bench-stats';

const oneToTwenty = Array.from({ length: 20 }, (_, i) => 20 - i);

describe('percentile', () => {
  it('takes the nearest rank of the sorted samples', () => {
    expect(percentile(oneToTwenty, 50)).toBe(10);
    expect(percentile(oneToTwenty, 95)).toBe(19);
    expect(percentile(oneToTwenty, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
  });

  it('answers 0 without samples and leaves the samples unsorted', () => {
    expect(percentile([], 50)).toBe(0);
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('targets', () => {
  const measurement = (p95: number, targetMs: number): Measurement => ({
    name: 'x',
    viewpoint: 'lid',
    timing: { runs: 20, p50: 1, p95, max: p95 },
    targetMs,
  });

  it('summarises runs, p50, p95 and max', () => {
    expect(summarise(oneToTwenty)).toEqual({ runs: 20, p50: 10, p95: 19, max: 20 });
  });

  it('meets a target when the p95 is at most the target', () => {
    expect(meetsTarget(measurement(150, 150))).toBe(true);
    expect(meetsTarget(measurement(150.1, 150))).toBe(false);
    expect(missedTargets([measurement(10, 150), measurement(400, 300)]).map((m) => m.timing.p95)).toEqual([400]);
  });

  it('prints one row per measurement and marks the missed ones', () => {
    const table = formatTable([measurement(12.34, 150), measurement(400, 300)]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(/12\.3\s+.*≤ 150\s+ok$/);
    expect(table[3]).toMatch(/400\.0\s+.*≤ 300\s+TE TRAAG$/);
  });
});

describe('parseBenchArgs', () => {
  it('defaults to scale 1, no check, 3 warm-up calls and 20 runs', () => {
    expect(parseBenchArgs([])).toEqual({ scale: 1, check: false, only: null, warmup: 3, runs: 20 });
  });

  it('reads --scale, --check, --only, --runs and --warmup, also written with =', () => {
    expect(parseBenchArgs(['--scale', '0.1', '--check', '--only=glossary', '--runs=5', '--warmup', '0'])).toEqual({
      scale: 0.1,
      check: true,
      only: 'glossary',
      warmup: 0,
      runs: 5,
    });
  });

  it('refuses unknown arguments and values that are no positive number', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(/onbekend argument/);
    expect(() => parseBenchArgs(['--scale', 'veel'])).toThrow(/--scale/);
    expect(() => parseBenchArgs(['--scale', '0'])).toThrow(/--scale/);
    expect(() => parseBenchArgs(['--runs'])).toThrow(/waarde/);
  });
});
