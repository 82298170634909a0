import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseClassificationCeiling, type Classification } from '@srw/domain';

/**
 * Server configuration, read from the environment in this one place. Nothing
 * else in the server reads process.env.
 */
export interface ServerConfig {
  databaseUrl: string | undefined;
  pgliteDataDir: string;
  classificationCeiling: Classification;
  appUrl: string;
  authSecret: string;
  secureCookies: boolean;
  seedDemoData: boolean;
  production: boolean;
}

const DEV_SECRET = 'samenwerkingsruimte-dev-secret-not-for-production-use';

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const appUrl = (env.APP_URL ?? env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT ?? '3000'}`).replace(/\/$/, '');
  const production = env.NODE_ENV === 'production';
  const secret = env.BETTER_AUTH_SECRET ?? env.AUTH_SECRET;
  const secureCookies = appUrl.startsWith('https://');
  if (production && secureCookies && !secret) {
    throw new Error('BETTER_AUTH_SECRET ontbreekt: zet een lang willekeurig geheim voor een productieomgeving.');
  }
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDataDir: path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DATA_DIR ?? findRepoRelative('.data/pglite')),
    classificationCeiling: parseClassificationCeiling(env.CLASSIFICATION_CEILING),
    appUrl,
    authSecret: secret ?? DEV_SECRET,
    secureCookies,
    seedDemoData: env.SEED_DEMO_DATA !== 'false',
    production,
  };
}

/**
 * `.data/pglite` is relative to the repository root, also when the server runs
 * from apps/web: walk up to the folder that has nx.json.
 */
function findRepoRelative(relative: string): string {
  let dir = process.cwd();
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(path.join(/*turbopackIgnore: true*/ dir, 'nx.json')))
      return path.join(/*turbopackIgnore: true*/ dir, relative);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.resolve(relative);
}
