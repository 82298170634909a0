import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '@srw/domain';
import { tableCsv } from '../../csv';
import {
  createTestHarness,
  roleNames,
  seedRoleFixture,
  userOf,
  type RoleFixture,
  type RoleName,
  type TestHarness,
} from '../../testing';
import { csvFields, exportContext, readXlsx, sheetValues } from '../../testing/exports';
import { tableXlsx } from '../../xlsx';
import { auditExportTable } from './audit-export.service';

let h: TestHarness;
let f: RoleFixture;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
  const group = await h.callerFor(f.admin).workingGroups.get({ id: f.groupId });
  await h.callerFor(f.chair).workingGroups.update({
    id: f.groupId,
    version: group.version,
    name: group.name,
    theme: 'Aangescherpt thema',
    description: group.description,
    organisationIds: group.organisations.map((o) => o.id),
    classification: group.classification,
  });
});
afterAll(async () => h.close());

/** Runs the export as `role`; anonymous has no export at all (the route answers 401 before). */
async function exportAs(role: RoleName, filter: { groupId?: string } = {}) {
  const user = userOf(f, role);
  if (!user) return 'UNAUTHORIZED';
  try {
    await auditExportTable(exportContext(h), user, filter, 'nl');
    return 'OK';
  } catch (error) {
    return isDomainError(error) ? error.kind : 'THREW';
  }
}

describe('audit trail export', () => {
  it.each(roleNames)('all history as %s: admins only', async (role) => {
    expect(await exportAs(role)).toBe(role === 'admin' ? 'OK' : role === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN');
  });

  it.each(roleNames)('a group’s history as %s: its chairs and admins', async (role) => {
    const expected: Record<RoleName, string> = {
      anonymous: 'UNAUTHORIZED',
      outsider: 'NOT_FOUND',
      observer: 'FORBIDDEN',
      member: 'FORBIDDEN',
      chair: 'OK',
      management: 'FORBIDDEN',
      admin: 'OK',
    };
    expect(await exportAs(role, { groupId: f.groupId })).toBe(expected[role]);
  });

  it('writes who did what to which record in the UI labels, with the changes', async () => {
    const rows = csvFields(tableCsv(await auditExportTable(exportContext(h), f.chair, { groupId: f.groupId }, 'nl')));
    expect(rows[0]).toEqual(['Wanneer', 'Wie', 'Handeling', 'Soort record', 'Record (id)', 'Wijzigingen', 'IP-adres']);
    const update = rows.find((r) => r[2] === 'gewijzigd' && r[3] === 'Werkgroep');
    expect(update?.[1]).toBe('Voorzitter Vera');
    expect(update?.[5]).toContain('theme: Thema van Groep Alfa → Aangescherpt thema');
    expect(update?.[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows.flat().join(' ')).not.toMatch(/\bworking_group\b|\bupdate\b/);
  });

  it('writes the time as a real date in the XLSX, in English', async () => {
    const sheet = await readXlsx(await tableXlsx(await auditExportTable(exportContext(h), f.admin, {}, 'en')));
    const rows = sheetValues(sheet);
    expect(rows[0]?.slice(0, 4)).toEqual(['When', 'Who', 'Action', 'Kind of record']);
    expect(rows[1]?.[0]).toBeInstanceOf(Date);
    expect(rows.some((r) => r[2] === 'changed' && r[3] === 'Working group')).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(1).numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('follows the page filters: person, period, sign-ins only when asked', async () => {
    const chairOnly = await auditExportTable(exportContext(h), f.admin, { actorId: f.chair.userId }, 'nl');
    const who = csvFields(tableCsv(chairOnly))
      .slice(1)
      .map((r) => r[1]);
    expect(who.length).toBeGreaterThan(0);
    expect(new Set(who)).toEqual(new Set(['Voorzitter Vera']));
    const future = await auditExportTable(exportContext(h), f.admin, { from: '2999-01-01' }, 'nl');
    expect(csvFields(tableCsv(future))).toHaveLength(1);
  });
});
