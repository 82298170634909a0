import { describe, expect, it } from 'vitest';
import { formatHttpTable, formatPageTable, ratio, scriptSources, type LoadResult } from './bench-http-report';

const result = (requestsPerSecond: number, p50: number): LoadResult => ({
  requestsPerSecond,
  p50,
  p95: p50 * 2,
  errors: 0,
});

describe('scriptSources', () => {
  it('lists each script of the first HTML once, with entities decoded, and ignores inline scripts', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script>self.__next_f.push([1,"x"])</script>',
      '<script async src="/_next/static/chunks/b.js?v=1&amp;x=2"></script>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
    ].join('');
    expect(scriptSources(html)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js?v=1&x=2']);
  });

  it('leaves out nomodule scripts, which browsers with ES modules never load', () => {
    const html = [
      '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="n"></script>',
      '<script nonce="n" src="/_next/static/chunks/main.js" async=""></script>',
    ].join('');
    expect(scriptSources(html)).toEqual(['/_next/static/chunks/main.js']);
  });
});

describe('ratio', () => {
  it('is the app’s throughput as a share of the floor’s, and 0 without a floor', () => {
    expect(ratio(result(150, 9), result(1200, 2))).toBe(0.125);
    expect(ratio(result(150, 9), result(0, 0))).toBe(0);
  });
});

describe('formatHttpTable', () => {
  it('prints the ratio and the latency multiple per endpoint and connection count', () => {
    const table = formatHttpTable([
      {
        name: 'glossary.list',
        connections: 50,
        app: { ...result(600, 80), cpuMsPerRequest: 1.234 },
        floor: result(1000, 40),
        floorWithAuth: result(800, 50),
      },
    ]);
    const row = table.split('\n')[2] ?? '';
    expect(row).toContain('glossary.list');
    expect(row).toContain('0.60×');
    expect(row).toContain('2.0×');
    expect(row).toMatch(/1\.23\s+–$/);
  });
});

describe('formatPageTable', () => {
  it('marks a page over the budget and one whose data is not in the first HTML', () => {
    const table = formatPageTable(
      [
        { path: '/dashboard', scripts: 12, gzipBytes: 300 * 1024, dataInHtml: false },
        { path: '/inloggen', scripts: 8, gzipBytes: 100 * 1024, dataInHtml: null },
      ],
      200 * 1024,
    ).split('\n');
    expect(table[0]).toContain('✗');
    expect(table[0]).toContain('data in first HTML: NO');
    expect(table[1]).not.toContain('✗');
    expect(table[1]).toContain('data in first HTML: –');
  });
});
