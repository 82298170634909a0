import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const webDir = path.join(repoRoot, 'apps', 'web');
export const migrationsDir = path.join(repoRoot, 'libs', 'db', 'migrations');
export const nextBin = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
/** Preloaded into the web server: the socket's address in a header no client can set. */
export const peerAddressPreload = path.join(repoRoot, 'tools', 'peer-address.mjs');
export const defaultPgliteDir = path.join(repoRoot, '.data', 'pglite');
