import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './paths';

const composeFile = path.join(repoRoot, 'docker', 'compose.yaml');

function findCompose(): string[] | null {
  if (spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0) return ['docker-compose'];
  if (spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0) return ['docker', 'compose'];
  return null;
}

const compose = findCompose();
// Reason for the skip: parsing needs Debian's docker-compose (`apt-get install docker-compose`).
// CI installs it, and there a missing parser fails instead of skipping.
const canParse = compose !== null || process.env.CI === 'true';

function config(env: Record<string, string>) {
  const [command, ...prefix] = compose ?? ['docker-compose'];
  return spawnSync(command ?? 'docker-compose', [...prefix, '-f', composeFile, 'config'], {
    encoding: 'utf8',
    env: { ...process.env, BETTER_AUTH_SECRET: '', ...env },
  });
}

describe.skipIf(!canParse)('docker/compose.yaml', () => {
  it('parses, with PostgreSQL, two app instances on the same database and a proxy on one port', () => {
    const result = config({ BETTER_AUTH_SECRET: 'test-geheim-voor-config' });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    const text = result.stdout;
    for (const service of ['db:', 'app1:', 'app2:', 'proxy:']) expect(text).toContain(service);
    const urls = text.match(/DATABASE_URL: postgres:\/\/srw:[^@]+@db:5432\/samenwerkingsruimte/g) ?? [];
    expect(urls).toHaveLength(2);
    expect(text).toMatch(/published: "?8080"?|8080:80/);
    // Both apps trust exactly the one proxy in front of them for the client address.
    expect(text.match(/TRUSTED_PROXY_HOPS: "?1"?/g) ?? []).toHaveLength(2);
  });

  it('refuses to run without an auth secret', () => {
    const result = config({});
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('BETTER_AUTH_SECRET');
  });
});
