import { describe, expect, it } from 'vitest';
import { csvRecords } from '../common/testing';
import { parseInjectCsv, parseOffset } from './inject-csv';

const lookups = {
  organisationIdByCode: new Map([
    ['DEFENSIE', 'org-d'],
    ['POLITIE', 'org-p'],
  ]),
  legalBasisIdByCode: new Map([['PW2012-58', 'lb-58']]),
};

describe('parseOffset', () => {
  it.each([
    ['0', 0],
    ['90', 90],
    ['01:30', 90],
    ['1:05', 65],
    ['T+02:00', 120],
    [' 15 ', 15],
    ['1:75', null],
    ['abc', null],
    ['-5', null],
    ['', null],
  ])('%s -> %s', (raw, expected) => {
    expect(parseOffset(raw)).toBe(expected);
  });
});

describe('parseInjectCsv', () => {
  it('imports Dutch headers with semicolons and resolves codes', () => {
    const csv = [
      'Tijd;Van;Aan;Bericht;Verwachte actie;Verantwoordelijke;Grondslag',
      '00:00;Meldkamer politie;OvD-P;Melding vermiste wandelaar;Zoekactie starten;politie;PW2012-58',
      '45;OvD-P;NatOps;Steunverzoek voor speurhonden;;;',
    ].join('\n');
    const result = parseInjectCsv(csvRecords(csv), lookups);
    expect(result).toEqual({
      ok: true,
      injects: [
        {
          offsetMinutes: 0,
          fromParty: 'Meldkamer politie',
          toParty: 'OvD-P',
          message: 'Melding vermiste wandelaar',
          expectedAction: 'Zoekactie starten',
          responsibleOrganisationId: 'org-p',
          legalBasisId: 'lb-58',
        },
        {
          offsetMinutes: 45,
          fromParty: 'OvD-P',
          toParty: 'NatOps',
          message: 'Steunverzoek voor speurhonden',
          expectedAction: '',
          responsibleOrganisationId: null,
          legalBasisId: null,
        },
      ],
    });
  });

  it('imports English headers with commas in any column order', () => {
    const result = parseInjectCsv(
      [
        { line: 1, fields: ['message', 'to', 'from', 'offset'] },
        { line: 2, fields: ['Road closed, detour', 'Team B', 'Team A', '10'] },
      ],
      lookups,
    );
    expect(result.ok && result.injects[0]).toMatchObject({
      message: 'Road closed, detour',
      toParty: 'Team B',
      fromParty: 'Team A',
      offsetMinutes: 10,
    });
  });

  it('reports every problem per row and imports nothing', () => {
    const csv = [
      'tijd,van,aan,bericht,verantwoordelijke,grondslag',
      '10,A,B,Goed',
      'xx,,B,Bericht,OM,ONBEKEND',
      '20,A,B,' + 'x'.repeat(4001),
    ].join('\n');
    const result = parseInjectCsv(csvRecords(csv), lookups);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 3, column: 'from', code: 'required' },
      { line: 3, column: 'offset', code: 'invalidOffset' },
      { line: 3, column: 'responsible', code: 'unknownOrganisation' },
      { line: 3, column: 'legalBasis', code: 'unknownLegalBasis' },
      { line: 4, column: 'message', code: 'tooLong' },
    ]);
  });

  it('names missing required columns', () => {
    expect(parseInjectCsv(csvRecords('tijd,van\n1,a\n'), lookups)).toEqual({
      ok: false,
      errors: [
        { line: 1, column: 'to', code: 'missingColumn' },
        { line: 1, column: 'message', code: 'missingColumn' },
      ],
    });
  });

  it('refuses an empty file or a header without rows', () => {
    expect(parseInjectCsv(csvRecords(''), lookups)).toEqual({
      ok: false,
      errors: [{ line: 1, column: null, code: 'empty' }],
    });
    expect(parseInjectCsv(csvRecords('tijd,van,aan,bericht\n'), lookups)).toEqual({
      ok: false,
      errors: [{ line: 1, column: null, code: 'empty' }],
    });
  });
});
