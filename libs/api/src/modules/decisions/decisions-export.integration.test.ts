import { describe, expect, it } from 'vitest';
import { csvFields, exportContext, readXlsx, sheetValues } from '../../testing/exports';
import { useDecisionsFixture } from './decisions.fixture';
import { decisionsExportTable } from './decisions-export.service';
import { tableCsv } from '../../csv';
import { tableXlsx } from '../../xlsx';

const { s, draft, establish } = useDecisionsFixture();

async function exported(role: 'member' | 'outsider' | 'management', filters = {}, locale: 'nl' | 'en' = 'nl') {
  return csvFields(tableCsv(await decisionsExportTable(exportContext(s.h), s.f[role], filters, locale)));
}

describe('decisions export (afwegingskader)', () => {
  it('writes what the overview shows each reader, with its filters, in the UI labels', async () => {
    const adopted = await draft({
      question: 'Mag Defensie beelden delen met de politie?',
      decisionLevel: 'bestuurlijk',
      decidedBy: 'Stuurgroep',
      decisionDate: '2026-11-02',
    });
    await establish(adopted.id);
    await draft({ question: 'Concept: mag de KMar meekijken?', outcome: 'UNCLEAR', conditions: [] });

    const member = await exported('member');
    expect(member[0]).toEqual([
      'Vraag',
      'Werkgroep',
      'Samenwerkingsniveau',
      'Onderwerp',
      'Uitkomst',
      'Voorwaarden',
      'Status',
      'Besluitniveau',
      'Besloten door',
      'Datum besluit',
      'Herzien uiterlijk',
      'Grondslagen',
      'Trefwoorden',
      'Rubricering',
    ]);
    const row = member.find((r) => r[0] === 'Mag Defensie beelden delen met de politie?');
    expect(row?.[4]).toBe('Toegestaan onder voorwaarden');
    expect(row?.[6]).toBe('Vastgesteld');
    expect(row?.[7]).toBe('Bestuurlijk');
    expect(row?.[9]).toBe('2026-11-02');
    expect(row?.[5]).toContain('Politiecapaciteit aantoonbaar uitgeput');
    expect(row?.[2]).not.toBe('ASSISTANCE');
    expect(member.some((r) => r[0] === 'Concept: mag de KMar meekijken?')).toBe(true);
    expect(member.flat().join(' ')).not.toMatch(/ALLOWED|UNCLEAR|vastgesteld\b|ONGERUBRICEERD/);

    // An outsider sees the adopted decision but not the other group's draft.
    const outsider = await exported('outsider');
    expect(outsider.map((r) => r[0])).toContain('Mag Defensie beelden delen met de politie?');
    expect(outsider.map((r) => r[0])).not.toContain('Concept: mag de KMar meekijken?');

    // The overview's filter.
    const unclear = await exported('management', { outcome: 'UNCLEAR' });
    expect(unclear.slice(1).map((r) => r[0])).toEqual(['Concept: mag de KMar meekijken?']);

    const english = await exported('member', {}, 'en');
    expect(english[0]?.slice(0, 5)).toEqual(['Question', 'Working group', 'Cooperation level', 'Topic', 'Outcome']);
    expect(english.find((r) => r[0] === 'Concept: mag de KMar meekijken?')?.[4]).toBe('Unclear, to be investigated');
  });

  it('writes the decision date as a real date in the XLSX, with filter and frozen header', async () => {
    const sheet = await readXlsx(await tableXlsx(await decisionsExportTable(exportContext(s.h), s.f.member, {}, 'nl')));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.headerFooter.oddHeader).toContain('Rubricering: Ongerubriceerd');
    const row = sheetValues(sheet).find((r) => r[0] === 'Mag Defensie beelden delen met de politie?');
    expect(row?.[9]).toBeInstanceOf(Date);
  });
});
