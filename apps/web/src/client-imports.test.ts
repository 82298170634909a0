import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;

function clientFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return clientFiles(full);
    if (!/\.tsx?$/.test(entry.name) || entry.name.includes('.test.')) return [];
    return /^['"]use client['"]/.test(readFileSync(full, 'utf8')) ? [full] : [];
  });
}

/**
 * What client code may not import as values, because it would put it in a
 * page's first-load JavaScript (budget: 200 kB gzip per page; `npm run bench:js`).
 */
const forbidden: { pattern: RegExp; why: string; allowedIn?: string[] }[] = [
  { pattern: /from '@\/i18n\/messages'/, why: 'every message of both languages; import @/i18n/locale' },
  {
    pattern: /^import \{[^}]*\} from 'zod'|^import \* as \w+ from 'zod'|^import z from 'zod'/m,
    why: 'zod; forms validate through useForm',
  },
  {
    pattern: /^import \{[^}]*\} from '\.\/form-schemas'|from '@\/components\/forms\/form-schemas'/m,
    why: 'the form schemas load on demand',
  },
  {
    pattern: /from 'recharts'/,
    why: 'recharts (~120 kB gz); load a chart with next/dynamic',
    allowedIn: ['features/assessments/assessment-charts.tsx'],
  },
  { pattern: /from '(exceljs|n3|csv-parse|csv-stringify)'/, why: 'a server-side library' },
];

describe('client components', () => {
  it('import nothing that would bloat every page', () => {
    const offenders: string[] = [];
    for (const file of clientFiles(root)) {
      const relative = path.relative(root, file);
      const source = readFileSync(file, 'utf8');
      for (const rule of forbidden) {
        if (rule.pattern.test(source) && !rule.allowedIn?.includes(relative))
          offenders.push(`${relative}: ${rule.why}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('import no zod schema from the domain (its constants and rules are zod-free; schemas load with the forms)', () => {
    const offenders = clientFiles(root).flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const values = [...source.matchAll(/^import \{([^}]*)\} from '@srw\/domain';/gm)].flatMap((m) =>
        (m[1] ?? '')
          .split(',')
          .map((name) => name.trim())
          .filter((name) => name && !name.startsWith('type ')),
      );
      return values.filter((name) => /Schema$/.test(name)).map((name) => `${path.relative(root, file)}: ${name}`);
    });
    expect(offenders).toEqual([]);
  });

  it('load the recharts module only through next/dynamic', () => {
    const importers = clientFiles(root)
      .filter((file) =>
        /from '\.\/assessment-charts'|from '@\/features\/assessments\/assessment-charts'/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => path.relative(root, file));
    expect(importers).toEqual([]);
  });
});
