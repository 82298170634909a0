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

// A module-level value built by calling zod (or a helper that does), or an object of such values.
const SCHEMA_CALL = /^(z\s*$|z\.|\w+Schema\.|textString\(|requiredText\(|optionalText\()/;
const CALL_INSIDE = /\bz\.|\w+Schema\.|textString\(|requiredText\(|optionalText\(/;

/** The lines of a top-level object literal starting at `index` (up to its closing `};`). */
function objectLines(lines: readonly string[], index: number): string {
  const end = lines.findIndex((line, i) => i > index && /^}/.test(line));
  return lines.slice(index + 1, end < 0 ? undefined : end).join('\n');
}

describe('module-level schemas', () => {
  it('are written /* @__PURE__ */ (() => …)(), so client bundles drop the unused ones and zod with them', () => {
    const offenders: string[] = [];
    for (const file of sources(root)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        const declaration = /^(?:export )?const \w+(?:: [^=]+)? =\s*(.*)$/.exec(line);
        if (!declaration) return;
        const initializer = (declaration[1] || (lines[index + 1] ?? '')).trim();
        const schemaObject = initializer === '{' && CALL_INSIDE.test(objectLines(lines, index));
        if (SCHEMA_CALL.test(initializer) || schemaObject) offenders.push(`${path.relative(root, file)}:${index + 1}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
