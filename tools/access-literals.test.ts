import * as domain from '@srw/domain';
import { describe, expect, it } from 'vitest';
import {
  findAccessLiterals,
  formatFindings,
  isCheckedFile,
  vocabularyFrom,
  type AccessVocabulary,
} from './access-literals';

const vocabulary: AccessVocabulary = {
  globalRoles: new Set(['admin', 'management', 'member']),
  groupRoles: new Set(['chair', 'member', 'observer']),
  statuses: new Set(['actief', 'afgerond', 'gearchiveerd', 'voorgesteld']),
};

/** The findings of one snippet as `kind: text`. */
const found = (source: string, file = 'x.ts') =>
  findAccessLiterals(file, source, vocabulary).map((f) => `${f.kind}: ${f.text}`);

describe('findAccessLiterals', () => {
  it('finds roles and statuses compared with a literal, either way round and through ?. ! () and [..]', () => {
    expect(found(`const a = actor.globalRole === 'admin' || actor.globalRole === 'management';`)).toEqual([
      "globalRole: actor.globalRole === 'admin'",
      "globalRole: actor.globalRole === 'management'",
    ]);
    expect(found(`if ('chair' === g.myRole) run();`)).toEqual(["groupRole: 'chair' === g.myRole"]);
    expect(found(`const open = group?.status !== 'gearchiveerd';`)).toEqual([
      "status: group?.status !== 'gearchiveerd'",
    ]);
    expect(found(`const x = (group!.status) == 'actief' && row['status'] != 'afgerond';`)).toEqual([
      "status: (group!.status) == 'actief'",
      "status: row['status'] != 'afgerond'",
    ]);
    expect(
      found(
        `const chair = role === 'chair'; const g = groupRole !== 'observer'; const n = targetGroupStatus === 'gearchiveerd';`,
      ),
    ).toEqual([
      "groupRole: role === 'chair'",
      "groupRole: groupRole !== 'observer'",
      "status: targetGroupStatus === 'gearchiveerd'",
    ]);
  });

  it('tells a global role from a group role by the name and the value', () => {
    expect(found(`a.globalRole === 'member'; b.myRole === 'member'; c.role === 'admin';`)).toEqual([
      "globalRole: a.globalRole === 'member'",
      "groupRole: b.myRole === 'member'",
      "globalRole: c.role === 'admin'",
    ]);
  });

  it('finds lists of roles or statuses, switch cases and drizzle conditions', () => {
    expect(found(`['chair', 'member'].includes(g.myRole);`)).toEqual([
      "groupRole: ['chair', 'member'].includes(g.myRole)",
    ]);
    expect(found(`switch (row.status) {\n  case 'actief':\n    break;\n  case 'onbekend':\n    break;\n}`)).toEqual([
      "status: case 'actief': break;",
    ]);
    expect(found(`where(and(eq(placements.status, 'actief'), ne('gearchiveerd', groups.status)));`)).toEqual([
      "status: eq(placements.status, 'actief')",
      "status: ne('gearchiveerd', groups.status)",
    ]);
    expect(
      found(`inArray(memberships.role, ['chair', 'member']); notInArray(groups.status, ['gearchiveerd']);`),
    ).toEqual([
      "groupRole: inArray(memberships.role, ['chair', 'member'])",
      "status: notInArray(groups.status, ['gearchiveerd'])",
    ]);
  });

  it('finds roles and statuses written into SQL text, not the values passed as parameters', () => {
    expect(
      found("sql`exists (select 1 from memberships m where m.user_id = ${id} and m.role in ('chair', 'member'))`;"),
    ).toHaveLength(1);
    expect(found("sql`g.status <> 'gearchiveerd'`; sql`decisions.status = 'voorgesteld'`;")).toEqual([
      "sql: sql`g.status <> 'gearchiveerd'`",
      "sql: sql`decisions.status = 'voorgesteld'`",
    ]);
    expect(
      found("sql`m.role = ${role} and g.status <> ${archivedGroupStatus}`; sql`u.global_role = 'admin'`;"),
    ).toEqual(["sql: sql`u.global_role = 'admin'`"]);
  });

  it('finds them in JSX and gives the line', () => {
    const source = `export function A({ group }: { group: { status: string } }) {\n  return (\n    <div>{group.status === 'gearchiveerd' ? <p>x</p> : null}</div>\n  );\n}\n`;
    expect(findAccessLiterals('a.tsx', source, vocabulary)).toEqual([
      { line: 3, text: "group.status === 'gearchiveerd'", kind: 'status' },
    ]);
  });

  it('leaves alone what decides nothing about roles or statuses of the domain', () => {
    const source = [
      `const ok = report.status === 'ok';`,
      `const key = field === 'status' ? 'a' : field === 'role' ? 'b' : null;`,
      `const text = typeof event.before?.status === 'string';`,
      `const planners = people.filter((p) => p.role === 'planner');`,
      `const all = input.scope === 'all';`,
      `const tone = tones[group.status];`,
      `const archived = isArchivedGroupStatus(group.status) || contributingGroupRoles.includes(role);`,
      `const created = { status: 'actief', role: 'chair' };`,
      `// group.status === 'gearchiveerd' in a comment`,
      `const words = "role === 'chair'";`,
      `const same = a.status === b.status;`,
    ].join('\n');
    expect(found(source)).toEqual([]);
  });
});

describe('formatFindings', () => {
  it('writes one line per place with the rule to use instead', () => {
    const lines = formatFindings(
      'libs/api/src/a.ts',
      findAccessLiterals(
        'a.ts',
        `\nconst all = actor.globalRole === 'admin' || actor.globalRole === 'management';`,
        vocabulary,
      ),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^libs\/api\/src\/a\.ts:2 {2}actor\.globalRole === 'admin' · actor\.globalRole === 'management'\n {4}→ globale rol: gebruik readsEveryGroup/,
    );
  });
});

describe('vocabularyFrom', () => {
  it('takes the access roles and every status list from the exports', () => {
    const vocab = vocabularyFrom({
      globalRoles: ['admin'],
      groupRoles: ['chair'],
      exercisePersonRoles: ['planner'],
      placementStatuses: ['actief'],
      addresseeStates: ['open'],
      ratings: ['P'],
    });
    expect([...vocab.globalRoles]).toEqual(['admin']);
    expect([...vocab.groupRoles]).toEqual(['chair']);
    expect([...vocab.statuses].sort()).toEqual(['actief', 'open']);
  });

  it('knows the roles and statuses of libs/domain', () => {
    const vocab = vocabularyFrom(domain);
    expect([...vocab.globalRoles].sort()).toEqual(['admin', 'management', 'member']);
    expect([...vocab.groupRoles].sort()).toEqual(['chair', 'member', 'observer']);
    expect(vocab.statuses).toContain('gearchiveerd');
    expect(vocab.statuses).toContain('vastgesteld');
    expect(vocab.statuses).not.toContain('planner');
  });
});

describe('isCheckedFile', () => {
  it('reads the API, the query functions and the web app, without tests, seeds and libs/domain', () => {
    for (const file of [
      'libs/api/src/modules/users/users-write.service.ts',
      'libs/db/src/queries/decisions.ts',
      'apps/web/src/features/a/b.tsx',
    ]) {
      expect(isCheckedFile(file)).toBe(true);
    }
    for (const file of [
      'libs/domain/src/access/access.rules.ts',
      'libs/api/src/modules/users/users.integration.test.ts',
      'apps/web/src/lib/x.test.ts',
      'libs/api/src/seed/demo-data.ts',
      'libs/api/src/testing/index.ts',
      'libs/db/src/schema/users.ts',
      'libs/db/src/queries/versioned.integration.test.ts',
      'apps/web-e2e/src/admin/users.spec.ts',
      'apps/web/src/messages.json',
    ]) {
      expect(isCheckedFile(file)).toBe(false);
    }
  });
});
