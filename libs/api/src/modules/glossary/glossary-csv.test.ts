import { glossaryCsvHeader, glossaryTermToCsvRow, parseGlossaryCsv, type GlossaryCsvTerm } from '@srw/domain';
import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '../../csv';

const codes = ['DEFENSIE', 'POLITIE'];

const officier: GlossaryCsvTerm = {
  prefLabel: 'officier',
  abbreviations: ['OvJ'],
  synonyms: ['officier van dienst'],
  hiddenLabels: ['oficier'],
  jointDefinition: '',
  jointDefinitionSource: '',
  scopeNote: 'Let op: "officier" betekent per organisatie iets anders; vraag door.',
  divergent: true,
  divergenceNote: 'Verwarring bij gezamenlijke inzet',
  status: 'vastgesteld',
  classification: 'ONGERUBRICEERD',
  definitions: {
    DEFENSIE: { text: 'Militair met een officiersrang.', source: 'AMAR', explanation: '', example: '' },
    POLITIE: {
      text: 'Officier van Justitie;\nde aanklager.',
      source: '',
      explanation: 'De aanklager',
      example: '=1+1',
    },
  },
};

describe('glossary CSV in the one dialect', () => {
  it('round-trips a term through the export file and the import, formulas guarded in the file', () => {
    const csv = writeCsv([glossaryCsvHeader(codes), glossaryTermToCsvRow(officier, codes)]);
    expect(csv.startsWith('\uFEFFbegrip;afkortingen;')).toBe(true);
    expect(csv).toContain("'=1+1");
    const file = readCsv(csv);
    if (!file.ok) throw new Error('the export did not read back');
    const parsed = parseGlossaryCsv(file.records, codes);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows).toEqual([{ line: 2, term: officier, errors: [] }]);
  });
});
