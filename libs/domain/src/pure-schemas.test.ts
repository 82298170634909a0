import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

// A module-level value built by calling zod (or a helper that does).
const SCHEMA_CALL = /^(z\.|\w+Schema\.|textString\(|requiredText\(|optionalText\()/;

describe('module-level schemas', () => {
  it('are written /* @__PURE__ */ (() => …)(), so client bundles drop the unused ones and zod with them', () => {
    const offenders: string[] = [];
    for (const file of sources(root)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        const declaration = /^(?:export )?const \w+(?:: [^=]+)? =\s*(.*)$/.exec(line);
        if (!declaration) return;
        const initializer = (declaration[1] || (lines[index + 1] ?? '')).trim();
        if (SCHEMA_CALL.test(initializer)) offenders.push(`${path.relative(root, file)}:${index + 1}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
