import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every entity type the API writes to the audit trail: `entityType: '…'` and `…ENTITY = '…'` in its sources. */
function auditedEntityTypes(): string[] {
  const types = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/entityType: '([a-z_]+)'|_?ENTITY = '([a-z_]+)'/g))
          types.add(match[1] ?? match[2] ?? '');
      }
    }
  };
  walk(join(repoRoot, 'libs/api/src'));
  types.delete('');
  return [...types].sort();
}

function entityLabels(locale: 'nl' | 'en'): Record<string, string> {
  return messages[locale].workingGroups.audit.entities as Record<string, string>;
}

describe('audit trail labels', () => {
  it('finds the audited entity types in the API sources', () => {
    // Guards the scan itself: these are written by the foundation and three modules.
    expect(auditedEntityTypes()).toEqual(
      expect.arrayContaining(['working_group', 'membership', 'exercise_inject', 'recommendation', 'calendar_feed']),
    );
  });

  it.each(['nl', 'en'] as const)('has a %s label for every audited entity type', (locale) => {
    const labels = entityLabels(locale);
    expect(auditedEntityTypes().filter((type) => !labels[type])).toEqual([]);
  });
});
