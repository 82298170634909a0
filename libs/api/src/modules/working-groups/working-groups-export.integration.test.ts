import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCsv } from '../../csv';
import { createTestHarness, seedRoleFixture, type RoleFixture, type TestHarness } from '../../testing';
import { csvFields, exportContext, readXlsx, sheetValues } from '../../testing/exports';
import { tableXlsx } from '../../xlsx';
import { workingGroupsExportTable } from './working-groups-export.service';

let h: TestHarness;
let f: RoleFixture;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
});
afterAll(async () => h.close());

describe('working groups export', () => {
  it('lists the reader’s own groups with their role, in the UI labels', async () => {
    const rows = csvFields(
      tableCsv(await workingGroupsExportTable(exportContext(h), f.member, { scope: 'mine' }, 'nl')),
    );
    expect(rows[0]).toEqual([
      'Naam',
      'Vraagstuk',
      'Status',
      'Organisaties',
      'Leden',
      'Jouw rol',
      'Laatst gewijzigd',
      'Rubricering',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Groep Alfa']);
    expect(rows[1]?.[2]).toBe('Actief');
    expect(rows[1]?.[5]).toBe('Lid');
    expect(rows[1]?.[6]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows[1]?.[7]).toBe('Ongerubriceerd');
  });

  it('gives "all groups" only to those who may read every group', async () => {
    const names = async (user: typeof f.member) =>
      csvFields(tableCsv(await workingGroupsExportTable(exportContext(h), user, { scope: 'all' }, 'en')))
        .slice(1)
        .map((r) => r[0]);
    expect(await names(f.member)).toEqual(['Groep Alfa']);
    expect(await names(f.management)).toEqual(['Groep Alfa', 'Groep Bravo']);
  });

  it('writes an XLSX with the change time as a date, a filter and a frozen header, in English', async () => {
    const sheet = await readXlsx(
      await tableXlsx(await workingGroupsExportTable(exportContext(h), f.admin, { scope: 'all' }, 'en')),
    );
    const rows = sheetValues(sheet);
    expect(rows[0]?.slice(0, 3)).toEqual(['Name', 'Issue', 'Status']);
    expect(rows[1]?.[2]).toBe('Active');
    expect(rows[1]?.[6]).toBeInstanceOf(Date);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.headerFooter.oddHeader).toContain('Classification: Unclassified');
  });
});
