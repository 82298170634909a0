import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationByCode } from '@srw/db';
import type { CreateRecommendationInput } from '@srw/domain';
import {
  createTestHarness,
  seedRoleFixture,
  userOf,
  type RoleFixture,
  type RoleName,
  type TestHarness,
} from '../../testing';
import { csvFields, exportContext, readXlsx, sheetValues } from '../../testing/exports';
import { recommendationRegisterCsv, recommendationRegisterXlsx } from './recommendations-export.service';

let h: TestHarness;
let f: RoleFixture;
let defensieId: string;

const caller = (role: RoleName) => h.callerFor(userOf(f, role));

function input(overrides: Partial<CreateRecommendationInput> = {}) {
  return {
    title: 'Gezamenlijke oefenkalender bijhouden',
    description: 'Beide organisaties plannen hun oefeningen in één kalender.',
    sourceType: 'thesis' as const,
    level: 'operationeel' as const,
    conditionIds: ['1.4.c'],
    addresseeOrganisationIds: [defensieId],
    ...overrides,
  };
}

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
  defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
  await caller('chair').recommendations.create(
    input({ code: 'A1', groupId: f.groupId, dueDate: '2027-03-31', sourceType: 'exercise_evaluation' }),
  );
  await caller('management').recommendations.create(input({ code: 'M1', level: 'bestuurlijk', groupId: null }));
});
afterAll(async () => h.close());

describe('recommendations export', () => {
  it('writes the UI labels in Dutch to the CSV, and "Bestuurlijk" for a recommendation without a group', async () => {
    const rows = csvFields(await recommendationRegisterCsv(exportContext(h), f.admin, {}, 'nl'));
    expect(rows[0]).toEqual([
      'Code',
      'Titel',
      'Status',
      'Niveau',
      'Bron',
      'Werkgroep',
      'Eigenaar',
      'Termijn',
      'Over de termijn',
      'Prioriteit',
      'Geadresseerden',
      'Voorwaarden',
      'Voorgesteld op',
      'Rubricering',
    ]);
    const a1 = rows.find((r) => r[0] === 'A1');
    const m1 = rows.find((r) => r[0] === 'M1');
    expect(a1?.slice(2, 6)).toEqual(['Voorgesteld', 'Operationeel', 'Oefenevaluatie', 'Groep Alfa']);
    expect(a1?.[7]).toBe('2027-03-31');
    expect(a1?.[10]).toBe('DEFENSIE: Nog niet gestart');
    expect(a1?.[13]).toBe('Ongerubriceerd');
    expect(m1?.slice(3, 6)).toEqual(['Bestuurlijk', 'Scriptie', 'Bestuurlijk']);
    expect(rows.flat().join(' ')).not.toMatch(/thesis|exercise_evaluation|voorgesteld\b|ONGERUBRICEERD|: open/);
  });

  it('writes the English labels when the export is asked in English', async () => {
    const rows = csvFields(await recommendationRegisterCsv(exportContext(h), f.admin, {}, 'en'));
    expect(rows[0]?.slice(0, 6)).toEqual(['Code', 'Title', 'Status', 'Level', 'Source', 'Working group']);
    const m1 = rows.find((r) => r[0] === 'M1');
    expect(m1?.slice(2, 6)).toEqual(['Proposed', 'Governance', 'Thesis', 'Governance']);
    expect(m1?.[10]).toBe('DEFENSIE: Not started');
  });

  it('writes an XLSX with real dates, an autofilter, a frozen bold header and the classification marking', async () => {
    const sheet = await readXlsx(await recommendationRegisterXlsx(exportContext(h), f.admin, {}, 'nl'));
    const rows = sheetValues(sheet);
    expect(rows[0]?.[0]).toBe('Code');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.headerFooter.oddHeader).toContain('Rubricering: Ongerubriceerd');
    const a1 = rows.find((r) => r[0] === 'A1');
    expect(a1?.[7]).toBeInstanceOf(Date);
    expect((a1?.[7] as Date).toISOString().slice(0, 10)).toBe('2027-03-31');
    expect(a1?.[12]).toBeInstanceOf(Date);
    expect(sheet.getColumn(8).numFmt).toBe('dd-mm-yyyy');
    // Widths follow the content, within bounds.
    const widths = sheet.columns.map((c) => c.width ?? 0);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
    expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(1).width ?? 0);
  });

  it('labels the figures sheet in the export language', async () => {
    const figures = sheetValues(
      await readXlsx(await recommendationRegisterXlsx(exportContext(h), f.admin, {}, 'en'), 1),
    );
    const text = figures.flat().map(String).join(' ');
    expect(text).toContain('Governance');
    expect(text).toContain('Thesis');
    expect(text).not.toMatch(/\bthesis\b|exercise_evaluation|Managementniveau/);
  });

  it('marks the export with the highest classification among the rows', async () => {
    const c = await createTestHarness({ classificationCeiling: 'DEPARTEMENTAAL_VERTROUWELIJK' });
    try {
      const g = await seedRoleFixture(c);
      await c.callerFor(g.management).recommendations.create({
        ...input({ code: 'V1', groupId: null }),
        addresseeOrganisationIds: [(await findOrganisationByCode(c.handle.db, 'POLITIE'))?.id ?? ''],
        classification: 'DEPARTEMENTAAL_VERTROUWELIJK',
      });
      const sheet = await readXlsx(await recommendationRegisterXlsx(exportContext(c), g.admin, {}, 'en'));
      expect(sheet.headerFooter.oddHeader).toContain('Classification: Departmental confidential');
    } finally {
      await c.close();
    }
  });
});
