import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from './csv';

describe('readCsv', () => {
  it('reads quoted separators, doubled quotes and line breaks, with the line each record starts on', () => {
    const result = readCsv('\uFEFFa;b\r\n"x; y";"he said ""hi"""\n\n"multi\nline";z\n;;\nlast;1');
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x; y', 'he said "hi"'] },
        { line: 4, fields: ['multi\nline', 'z'] },
        { line: 7, fields: ['last', '1'] },
      ],
    });
  });

  it('takes commas when the header uses them', () => {
    expect(readCsv('begrip,afkortingen\nofficier,"OvJ, OvD"\n')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['begrip', 'afkortingen'] },
        { line: 2, fields: ['officier', 'OvJ, OvD'] },
      ],
    });
  });

  it('refuses an unclosed quote and names the line of the record it opens', () => {
    expect(readCsv('a;b\nok;1\n"open;x\nmore\n')).toEqual({ ok: false, error: { code: 'unterminatedQuote', line: 3 } });
  });
});

describe('writeCsv', () => {
  it('writes the Dutch Excel dialect: BOM, semicolons, CRLF, quoting only where needed', () => {
    expect(
      writeCsv([
        ['begrip', 'uitleg'],
        ['officier', 'een; twee "drie"\nvier'],
        ['x', 3],
      ]),
    ).toBe('\uFEFFbegrip;uitleg\r\nofficier;"een; twee ""drie""\nvier"\r\nx;3\r\n');
  });

  it('guards cells a spreadsheet would run as a formula, and reads them back as written', () => {
    const csv = writeCsv([['=SUM(A1)', '-1', 'gewoon', '@x']]);
    expect(csv).toBe("\uFEFF'=SUM(A1);'-1;gewoon;'@x\r\n");
    const read = readCsv(csv);
    expect(read.ok && read.records[0]?.fields).toEqual(["'=SUM(A1)", "'-1", 'gewoon', "'@x"]);
  });
});
