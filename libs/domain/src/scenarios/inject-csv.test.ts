import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsvRecords, parseInjectCsv, parseOffset } from './inject-csv';

const lookups = {
  organisationIdByCode: new Map([
    ['DEFENSIE', 'org-d'],
    ['POLITIE', 'org-p'],
  ]),
  legalBasisIdByCode: new Map([['PW2012-58', 'lb-58']]),
};

describe('parseCsvRecords', () => {
  it('handles quotes, escaped quotes, delimiters and line breaks inside quotes, CRLF and blank lines', () => {
    const { records, error } = parseCsvRecords('a,b\r\n"x, y","he said ""go"""\n\n"multi\nline",z\n', ',');
    expect(error).toBeNull();
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'he said "go"'] },
      { line: 4, fields: ['multi\nline', 'z'] },
    ]);
  });

  it('reports an unterminated quote with its line', () => {
    expect(parseCsvRecords('a,b\n"open,c\n', ',').error).toBe(2);
  });

  it('strips a byte-order mark and keeps a last line without newline', () => {
    expect(parseCsvRecords('\uFEFFa;b', ';').records).toEqual([{ line: 1, fields: ['a', 'b'] }]);
  });
});

describe('detectDelimiter and parseOffset', () => {
  it('detects semicolons and commas', () => {
    expect(detectDelimiter('tijd;van;aan;bericht')).toBe(';');
    expect(detectDelimiter('time,from,to,message')).toBe(',');
  });

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
    const result = parseInjectCsv(csv, lookups);
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
    const result = parseInjectCsv('message,to,from,offset\n"Road closed, detour",Team B,Team A,10\n', lookups);
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
    const result = parseInjectCsv(csv, lookups);
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
    expect(parseInjectCsv('tijd,van\n1,a\n', lookups)).toEqual({
      ok: false,
      errors: [
        { line: 1, column: 'to', code: 'missingColumn' },
        { line: 1, column: 'message', code: 'missingColumn' },
      ],
    });
  });

  it('refuses an empty file or a header without rows', () => {
    expect(parseInjectCsv('', lookups)).toEqual({ ok: false, errors: [{ line: 1, column: null, code: 'empty' }] });
    expect(parseInjectCsv('tijd,van,aan,bericht\n', lookups)).toEqual({
      ok: false,
      errors: [{ line: 1, column: null, code: 'empty' }],
    });
  });

  it('reports an unterminated quote', () => {
    expect(parseInjectCsv('tijd,van,aan,bericht\n1,a,b,"open\n', lookups)).toEqual({
      ok: false,
      errors: [{ line: 2, column: null, code: 'unterminatedQuote' }],
    });
  });
});
