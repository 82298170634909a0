import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Source files (not tests) in libs/domain and libs/api that define domain errors. */
function filesDefiningErrors(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        /\.ts$/.test(entry.name) &&
        !/\.test\.ts$/.test(entry.name) &&
        /defineDomainErrors\(\s*\{/.test(readFileSync(path, 'utf8'))
      )
        found.push(path);
    }
  };
  walk(join(repoRoot, 'libs/domain/src'));
  walk(join(repoRoot, 'libs/api/src'));
  return found;
}

interface Definition {
  code: string;
  kind: string;
}

function isDefinition(value: unknown): value is Definition {
  return typeof value === 'object' && value !== null && 'code' in value && 'kind' in value;
}

/** Every code defined with `defineDomainErrors`, with its kind and where each is defined. */
async function definedCodes(): Promise<Map<string, { kind: string; file: string }[]>> {
  const codes = new Map<string, { kind: string; file: string }[]>();
  for (const file of filesDefiningErrors()) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const exported of Object.values(exports)) {
      if (typeof exported !== 'object' || exported === null) continue;
      const definitions = Object.values(exported);
      if (definitions.length === 0 || !definitions.every(isDefinition)) continue;
      for (const definition of definitions) {
        const list = codes.get(definition.code) ?? [];
        list.push({ kind: definition.kind, file: relative(repoRoot, file) });
        codes.set(definition.code, list);
      }
    }
  }
  return codes;
}

const errorTexts = (locale: 'nl' | 'en') => messages[locale].errors as Record<string, string>;

describe('domain error messages', () => {
  it('finds the modules that define error codes', async () => {
    const files = filesDefiningErrors().map((file) => relative(repoRoot, file));
    expect(files).toContain('libs/domain/src/errors.ts');
    expect(files).toContain('libs/domain/src/decisions/decisions.errors.ts');
    expect((await definedCodes()).size).toBeGreaterThan(50);
  });

  it('has an errors.<CODE> text in Dutch and English for every defined code', async () => {
    const codes = [...(await definedCodes()).keys()];
    expect(codes.filter((code) => !(code in errorTexts('nl')))).toEqual([]);
    expect(codes.filter((code) => !(code in errorTexts('en')))).toEqual([]);
  });

  it('defines each code once, so one text fits wherever it is thrown', async () => {
    // ORGANISATION_NOT_IN_GROUP is shared on purpose (core for members, glossary for definitions):
    // both say that an organisation does not take part in the group; its texts are worded for both.
    const shared = new Set(['ORGANISATION_NOT_IN_GROUP']);
    const clashes = [...(await definedCodes()).entries()]
      .filter(([code, definitions]) => !shared.has(code) && definitions.length > 1)
      .map(([code, definitions]) => `${code}: ${definitions.map((d) => d.file).join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('writes no sentence for the user in libs/domain or libs/api: errors carry codes and parameters', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
          const text = readFileSync(path, 'utf8');
          // A message or detail written out beside a domain error, or thrown as a plain Error to the user.
          if (/new DomainError\([^)]*\b(detail|message)\s*:/.test(text)) offenders.push(relative(repoRoot, path));
        }
      }
    };
    walk(join(repoRoot, 'libs/domain/src'));
    walk(join(repoRoot, 'libs/api/src'));
    expect(offenders).toEqual([]);
  });
});
