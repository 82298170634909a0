import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DatabaseKind } from '@srw/db';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const webDir = path.join(repoRoot, 'apps', 'web');
export const migrationsDir = path.join(repoRoot, 'libs', 'db', 'migrations');
export const nextBin = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
/** Preloaded into the web server: the socket's address in a header no client can set. */
export const peerAddressPreload = path.join(repoRoot, 'tools', 'peer-address.mjs');
/** Preloaded into the server by `npm run bench:http -- --pglite` only: answers where its memory is. */
export const memoryProbe = path.join(repoRoot, 'tools', 'bench-memory-probe.mjs');
export const defaultPgliteDir = path.join(repoRoot, '.data', 'pglite');
/**
 * The production server: Next.js, with `/api/trpc/*` answered outside Next's route
 * pipeline (apps/web/server.mjs). Reads PORT (and HOSTNAME) from the environment.
 */
export const webServer = path.join(webDir, 'server.mjs');

/**
 * V8's heap limits for the server (issue 19: ≤ 450 MB RSS on PGlite after
 * `npm run bench:http -- --pglite`), on the embedded engine only. Without a limit Node sizes the old
 * generation from the machine's memory (4 GB here) and V8 then lets it grow to
 * up to four times what survives a full GC before collecting: from ~100 to
 * 182–324 MB under the bench's load, all of it garbage (a forced GC brings the
 * heap back to ~140 MB used), and V8 keeps those pages. A 512 MB limit lowers that
 * growth factor (V8 scales it with the limit) and caps the old generation at
 * five times what the app keeps there at rest (~100 MB). The young generation's semi-space of 8 MB instead of
 * 16 halves the new space (32 → 16 MB). On PostgreSQL the server keeps V8's
 * defaults: there the app serves more people, and the smaller young generation
 * cost 10–20 % more CPU per request in `npm run bench:http` (more scavenges), in
 * alternating runs on the three lists. The container image, which may run
 * either engine, passes the PGlite flags (docker/Dockerfile).
 */
export function serverNodeFlags(engine: DatabaseKind): readonly string[] {
  return engine === 'pglite' ? ['--max-old-space-size=512', '--max-semi-space-size=8'] : [];
}

/**
 * glibc malloc for the server: PGlite's WebAssembly is compiled (and hot
 * functions recompiled by TurboFan) on V8's background threads, each with a
 * malloc arena of its own whose freed memory glibc keeps (111–129 MB of malloc
 * after the bench). Two arenas, and a fixed trim threshold (which also pins
 * the mmap threshold at 128 kB instead of letting it grow to 32 MB), bring that
 * to 56–87 MB. Set only where unset, so an operator's own values win. The
 * container image sets the same (docker/Dockerfile).
 */
export const serverMallocEnv: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_TRIM_THRESHOLD_: '131072',
};

/** Node's arguments to start the production server on an engine: its heap limits and the peer-address preload. */
export function productionServerArgs(engine: DatabaseKind): string[] {
  return [...serverNodeFlags(engine), '--import', pathToFileURL(peerAddressPreload).href, webServer];
}
