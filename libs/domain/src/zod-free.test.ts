import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;

/** Whether a module reaches zod, directly or through its relative imports (type-only imports aside). */
function reachesZod(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const imports = [...source.matchAll(/^(?:import|export) (?!type )[^;]*? from '([^']+)';/gms)].map((m) => m[1] ?? '');
  return imports.some((specifier) => {
    if (specifier === 'zod' || specifier.startsWith('zod/')) return true;
    if (!specifier.startsWith('.')) return false;
    const target = path.resolve(path.dirname(file), `${specifier}.ts`);
    return existsSync(target) && reachesZod(target, seen);
  });
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/**
 * The constants and rules that first-load client code needs (status lists and
 * enums in `*.constants.ts`, rules, permissions, error codes, dates, the text
 * rules behind validation messages, classification levels, roles) live in
 * modules without zod; their schemas live beside them in `*.schema.ts` files
 * that import them. A page that shows a status or a date ships no zod for it,
 * whatever the bundler's module splitting does.
 */
const zodFree = [
  ...sources(root)
    .map((file) => path.relative(root, file))
    .filter((file) => /\.(constants|rules|permissions|errors)\.ts$/.test(file)),
  'common/calendar-date.ts',
  'common/classification.ts',
  'access/roles.ts',
];

describe('modules first-load client code needs', () => {
  it.each(zodFree)('%s reaches no zod', (file) => {
    expect(reachesZod(path.join(root, file))).toBe(false);
  });

  it('cover the status lists of every area', () => {
    expect(zodFree.filter((file) => file.endsWith('.constants.ts')).length).toBeGreaterThanOrEqual(6);
  });

  it('the check sees zod where it is', () => {
    expect(reachesZod(path.join(root, 'common/calendar-date.schema.ts'))).toBe(true);
  });
});
