import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const webDir = path.join(repoRoot, 'apps', 'web');
export const migrationsDir = path.join(repoRoot, 'libs', 'db', 'migrations');
export const nextBin = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
/** Preloaded into the web server: the socket's address in a header no client can set. */
export const peerAddressPreload = path.join(repoRoot, 'tools', 'peer-address.mjs');
export const defaultPgliteDir = path.join(repoRoot, '.data', 'pglite');
/**
 * The production server: Next.js, with `/api/trpc/*` answered outside Next's route
 * pipeline (apps/web/server.mjs). Reads PORT (and HOSTNAME) from the environment.
 */
export const webServer = path.join(webDir, 'server.mjs');

/** Node's arguments to start the production server, with the peer-address preload. */
export function productionServerArgs(): string[] {
  return ['--import', pathToFileURL(peerAddressPreload).href, webServer];
}
