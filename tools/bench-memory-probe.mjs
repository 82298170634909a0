/**
 * Preloaded into the production server by `npm run bench:http -- --pglite` only
 * (`node --import tools/bench-memory-probe.mjs`, spawned with an IPC channel):
 * on the bench's `{ type: 'memory' }` message it answers where the server's
 * memory is. Nothing here runs in `npm start` or the container image.
 *
 * - `process.memoryUsage()` and V8's heap spaces (the young generation's size);
 * - PGlite's WebAssembly memory: its size (it only grows) and, from
 *   /proc/self/smaps, how much of its reservation is resident;
 * - the rest of the resident memory by mapping kind: other anonymous memory
 *   (V8's heap, malloc arenas of Node and its libraries), files (node, .so);
 * - with `{ gc: true }` and `node --expose-gc` (diagnosis only), the same after
 *   a full garbage collection.
 *
 * Plain JavaScript: it runs without a build step, like tools/peer-address.mjs.
 */
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';

const RUNTIME_KEY = Symbol.for('samenwerkingsruimte.runtime');
const MB = 1024 * 1024;

const mb = (bytes) => Math.round((bytes / MB) * 10) / 10;

async function wasmMemoryBytes() {
  try {
    const runtime = await globalThis[RUNTIME_KEY];
    const client = runtime?.handle?.db?.$client;
    const buffer = client?.mod?.wasmMemory?.buffer ?? client?.mod?.HEAP8?.buffer;
    return buffer ? buffer.byteLength : null;
  } catch {
    return null;
  }
}

/** glibc gives each thread arena one 64 MiB-aligned mapping (HEAP_MAX_SIZE); the main arena is [heap]. */
const ARENA_ALIGNMENT = 64n * 1024n * 1024n;

/**
 * Resident memory by mapping kind, from /proc/self/smaps (Linux): PGlite's wasm
 * memory is the anonymous mapping exactly as large as its buffer (V8 reserves
 * guard regions around it, which are never resident); malloc is [heap] plus the
 * 64 MiB-aligned thread arenas; files are node, its .so and mapped files; the
 * rest is V8's heap, compiled code (JavaScript and wasm) and thread stacks.
 */
function residentByKind(wasmBytes) {
  let text;
  try {
    text = readFileSync('/proc/self/smaps', 'utf8');
  } catch {
    return null;
  }
  const kinds = { wasm: 0, malloc: 0, files: 0, rest: 0 };
  let kind = 'rest';
  for (const line of text.split('\n')) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (header) {
      const start = BigInt(`0x${header[1]}`);
      const size = Number(BigInt(`0x${header[2]}`) - start);
      const name = header[4] ?? '';
      if (name.startsWith('/')) kind = 'files';
      else if (name === '[heap]') kind = 'malloc';
      else if (name === '' && wasmBytes !== null && size === wasmBytes) kind = 'wasm';
      else if (name === '' && start % ARENA_ALIGNMENT === 0n && size <= Number(ARENA_ALIGNMENT)) kind = 'malloc';
      else kind = 'rest';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) kinds[kind] += Number(rss[1]) * 1024;
  }
  return {
    wasmMb: mb(kinds.wasm),
    mallocMb: mb(kinds.malloc),
    filesMb: mb(kinds.files),
    restMb: mb(kinds.rest),
  };
}

async function snapshot() {
  const usage = process.memoryUsage();
  const spaces = Object.fromEntries(
    v8.getHeapSpaceStatistics().map((s) => [s.space_name, { sizeMb: mb(s.space_size), usedMb: mb(s.space_used_size) }]),
  );
  const wasm = await wasmMemoryBytes();
  return {
    rssMb: mb(usage.rss),
    heapTotalMb: mb(usage.heapTotal),
    heapUsedMb: mb(usage.heapUsed),
    externalMb: mb(usage.external),
    arrayBuffersMb: mb(usage.arrayBuffers),
    wasmMemoryMb: wasm === null ? null : mb(wasm),
    newSpaceMb: spaces.new_space?.sizeMb ?? null,
    oldSpaceMb: spaces.old_space?.sizeMb ?? null,
    resident: residentByKind(wasm),
  };
}

if (typeof process.send === 'function') {
  process.on('message', (message) => {
    if (message?.type !== 'memory') return;
    void (async () => {
      const before = await snapshot();
      let afterGc = null;
      if (message.gc === true && typeof globalThis.gc === 'function') {
        globalThis.gc();
        afterGc = await snapshot();
      }
      process.send?.({ type: 'memory', before, afterGc });
    })();
  });
  // The channel must not keep the server alive once it closes.
  process.channel?.unref();
}
