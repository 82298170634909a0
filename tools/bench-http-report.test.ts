import { describe, expect, it } from 'vitest';
import {
  formatHttpTable,
  formatHttpTargets,
  formatMemorySnapshot,
  formatPageTable,
  ratio,
  scriptSources,
  type LoadResult,
} from './bench-http-report';

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

describe('formatHttpTargets', () => {
  const endpoint = (name: string, connections: number, app: LoadResult, floor: LoadResult) => ({
    name,
    connections,
    app,
    floor,
    floorWithAuth: floor,
  });

  it('names each missed target with its endpoints and says why from the CPU per request', () => {
    const text = formatHttpTargets([
      endpoint(
        'glossary.list',
        1,
        { ...result(200, 4), cpuMsPerRequest: 3.5 },
        { ...result(500, 1.5), cpuMsPerRequest: 0.8 },
      ),
      endpoint(
        'glossary.list',
        50,
        { ...result(300, 130), cpuMsPerRequest: 3 },
        { ...result(1200, 40), cpuMsPerRequest: 0.5 },
      ),
      endpoint(
        'glossary.get',
        1,
        { ...result(90, 10), cpuMsPerRequest: 5.4 },
        { ...result(130, 7), cpuMsPerRequest: 1 },
      ),
      endpoint(
        'glossary.get',
        50,
        { ...result(150, 300), cpuMsPerRequest: 4.4 },
        { ...result(290, 160), cpuMsPerRequest: 0.6 },
      ),
    ]);
    const [ratioLine, p50Line, p95Line, why] = text.split('\n');
    expect(ratioLine).toBe(
      '≥ 0.5× the floor at 50 connections: MISSED on 1 of 2 (glossary.list); measured glossary.list 0.25×, glossary.get 0.52×.',
    );
    expect(p50Line).toContain('MISSED on 1 of 2 (glossary.list)');
    expect(p95Line).toBe(
      'p95 ≤ 50 ms at 1 connection: met on every endpoint (glossary.list 8.0 ms, glossary.get 20.0 ms).',
    );
    expect(why).toContain('used 3.00–5.40 ms of CPU per request where the floor used 0.50–1.00 ms');
  });

  it('gives no reason when every target is met', () => {
    const text = formatHttpTargets([
      endpoint('scenarios.list', 1, result(400, 2), result(500, 1.5)),
      endpoint('scenarios.list', 50, result(700, 60), result(1000, 40)),
    ]);
    expect(text.split('\n')).toHaveLength(3);
    expect(text).not.toContain('MISSED');
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

describe('formatMemorySnapshot', () => {
  const snapshot = {
    rssMb: 406.2,
    heapTotalMb: 211.4,
    heapUsedMb: 164.1,
    externalMb: 140.3,
    arrayBuffersMb: 8.2,
    wasmMemoryMb: 128,
    newSpaceMb: 16,
    oldSpaceMb: 153.2,
    resident: { wasmMb: 31.6, mallocMb: 57.1, filesMb: 80.4, restMb: 236.3 },
  };

  it('shows the resident memory by kind, then V8 heap and external memory', () => {
    expect(formatMemorySnapshot('After the run', snapshot)).toBe(
      'After the run: RSS 406 MB = PGlite wasm 32 (of its 128 MB memory) + malloc 57 + files 80 + V8 heap, code and stacks 236; V8 heap 164 used of 211 (new space 16, old space 153), external 140 (array buffers 8).',
    );
  });

  it('marks what the probe could not read instead of printing zero', () => {
    const line = formatMemorySnapshot('After the restart', {
      ...snapshot,
      wasmMemoryMb: null,
      newSpaceMb: null,
      resident: null,
    });
    expect(line).toBe(
      'After the restart: RSS 406 MB; V8 heap 164 used of 211 (new space ?, old space 153), external 140 (array buffers 8).',
    );
  });
});
