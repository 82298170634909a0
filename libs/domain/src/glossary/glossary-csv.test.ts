import { describe, expect, it } from 'vitest';
import {
  glossaryCsvHeader,
  glossaryTermToCsvRow,
  parseCsv,
  parseGlossaryCsv,
  toCsv,
  type GlossaryCsvTerm,
} from './glossary-csv';

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
  it('parses quotes, doubled quotes, line breaks in cells and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","he said ""hi"""\n"multi\nline",z\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"'],
      ['multi\nline', 'z'],
    ]);
  });

  it('detects a semicolon delimiter and skips a BOM and blank lines', () => {
    expect(parseCsv('\uFEFFbegrip;afkortingen\n\nofficier;OvJ\n')).toEqual([
      ['begrip', 'afkortingen'],
      ['officier', 'OvJ'],
    ]);
  });

  it('round-trips a term through export and import, neutralising formulas', () => {
    const csv = toCsv([glossaryCsvHeader(codes), glossaryTermToCsvRow(officier, codes)]);
    expect(csv).toContain("'=1+1");
    const parsed = parseGlossaryCsv(csv, codes);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]?.errors).toEqual([]);
    expect(parsed.rows[0]?.term).toEqual(officier);
  });

  it('refuses unknown columns and a missing term column', () => {
    expect(parseGlossaryCsv('naam,definitie_MARINE\nx,y\n', codes).fileErrors).toEqual([
      'De kolom "begrip" ontbreekt in de eerste regel.',
      'Onbekende kolom "naam".',
      'Onbekende kolom "definitie_marine".',
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
    const parsed = parseGlossaryCsv(csv, codes);
    expect(parsed.rows.map((r) => r.errors.map((e) => `${e.line}:${e.column}`))).toEqual([
      ['2:begrip'],
      ['3:afwijkende_betekenis', '3:status', '3:rubricering'],
      ['4:definitie_POLITIE'],
      [],
    ]);
    expect(parsed.rows[3]?.term).toMatchObject({
      prefLabel: 'goed',
      status: 'in_bewerking',
      definitions: { DEFENSIE: { text: 'Een definitie' } },
    });
  });

  it('needs two definitions for a divergent meaning', () => {
    const parsed = parseGlossaryCsv('begrip,afwijkende_betekenis,definitie_DEFENSIE\nx,ja,iets\n', codes);
    expect(parsed.rows[0]?.errors.map((e) => e.column)).toEqual(['afwijkende_betekenis']);
  });
});
