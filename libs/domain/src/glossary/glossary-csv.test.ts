import { describe, expect, it } from 'vitest';
import { csvRecords } from '../common/testing';
import { glossaryCsvHeader, glossaryTermToCsvRow, parseGlossaryCsv, type GlossaryCsvTerm } from './glossary-csv';

const codes = ['DEFENSIE', 'POLITIE'];

const officier: GlossaryCsvTerm = {
  prefLabel: 'officier',
  abbreviations: [],
  synonyms: ['officier van dienst'],
  hiddenLabels: ['oficier', 'offcier'],
  jointDefinition: '',
  jointDefinitionSource: '',
  scopeNote: 'Let op: "officier" betekent per organisatie iets anders; vraag door.',
  divergent: true,
  divergenceNote: 'Verwarring bij gezamenlijke inzet',
  status: 'vastgesteld',
  classification: 'ONGERUBRICEERD',
  definitions: {
    DEFENSIE: {
      text: 'Militair met een officiersrang, vanaf luitenant.',
      source: 'AMAR, art. 1',
      explanation: '',
      example: '',
    },
    POLITIE: {
      text: 'Officier van Justitie;\nde aanklager.',
      source: '',
      explanation: 'De aanklager',
      example: '=1+1',
    },
  },
};

describe('CSV', () => {
  it('maps a term to a row and back, undoing the formula guard', () => {
    const header = glossaryCsvHeader(codes);
    const row = glossaryTermToCsvRow(officier, codes).map((cell) => (cell.startsWith('=') ? `'${cell}` : cell));
    const parsed = parseGlossaryCsv(
      [
        { line: 1, fields: header },
        { line: 2, fields: row },
      ],
      codes,
    );
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]?.errors).toEqual([]);
    expect(parsed.rows[0]?.term).toEqual(officier);
  });

  it('adds validity, review date, relations by label, the replacement and the working group, which the import ignores', () => {
    const header = glossaryCsvHeader(codes);
    const row = glossaryTermToCsvRow(officier, codes, {
      validFrom: '2026-01-01',
      validUntil: '2027-12-31',
      reviewDate: '2026-06-01',
      broader: ['functionaris'],
      narrower: ['hoofdofficier', 'luitenant'],
      related: ['OvJ'],
      replacedBy: 'officier (nieuw)',
      maintainingGroupName: 'Werkgroep Informatiedeling',
    });
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('geldig_vanaf')).toBe('2026-01-01');
    expect(cell('geldig_tot')).toBe('2027-12-31');
    expect(cell('herzieningsdatum')).toBe('2026-06-01');
    expect(cell('breder')).toBe('functionaris');
    expect(cell('smaller')).toBe('hoofdofficier | luitenant');
    expect(cell('gerelateerd')).toBe('OvJ');
    expect(cell('vervangen_door')).toBe('officier (nieuw)');
    expect(cell('werkgroep')).toBe('Werkgroep Informatiedeling');
    const guarded = row.map((value) => (value.startsWith('=') ? `'${value}` : value));
    const parsed = parseGlossaryCsv(
      [
        { line: 1, fields: header },
        { line: 2, fields: guarded },
      ],
      codes,
    );
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows[0]?.term).toEqual(officier);
  });

  it('refuses unknown columns and a missing term column', () => {
    expect(parseGlossaryCsv(csvRecords('naam,definitie_MARINE\nx,y\n'), codes).fileErrors).toEqual([
      { code: 'missingTermColumn' },
      { code: 'unknownColumn', params: { column: 'naam' } },
      { code: 'unknownColumn', params: { column: 'definitie_marine' } },
    ]);
  });

  it('reports errors per row with line and column', () => {
    const csv = [
      'begrip,afwijkende_betekenis,status,rubricering,definitie_DEFENSIE,bron_POLITIE',
      ',nee,,,iets,',
      'eenheid,misschien,klaar,GEHEIM,iets,',
      'restcapaciteit,ja,,,iets,Politiewet',
      'goed,nee,,,Een definitie,',
    ].join('\n');
    const parsed = parseGlossaryCsv(csvRecords(csv), codes);
    expect(parsed.rows.map((r) => r.errors.map((e) => `${e.line}:${e.column}:${e.code}`))).toEqual([
      ['2:begrip:termRequired'],
      ['3:afwijkende_betekenis:yesOrNo', '3:status:unknownStatus', '3:rubricering:unknownClassification'],
      ['4:definitie_POLITIE:definitionMissing'],
      [],
    ]);
    expect(parsed.rows[1]?.errors[1]?.params).toEqual({ value: 'klaar' });
    expect(parsed.rows[2]?.errors[0]?.params).toEqual({ organisation: 'POLITIE' });
    expect(parsed.rows[3]?.term).toMatchObject({
      prefLabel: 'goed',
      status: 'in_bewerking',
      definitions: { DEFENSIE: { text: 'Een definitie' } },
    });
  });

  it('needs two definitions for a divergent meaning', () => {
    const parsed = parseGlossaryCsv(csvRecords('begrip,afwijkende_betekenis,definitie_DEFENSIE\nx,ja,iets\n'), codes);
    expect(parsed.rows[0]?.errors).toEqual([{ line: 2, column: 'afwijkende_betekenis', code: 'divergentNeedsTwo' }]);
  });
});
