import { describe, expect, it } from 'vitest';
import { detectCsvDelimiter, guardFormula, unguardFormula } from './csv-dialect';

describe('CSV dialect', () => {
  it('takes the separator the header line uses most', () => {
    expect(detectCsvDelimiter('begrip;afkortingen;synoniemen')).toBe(';');
    expect(detectCsvDelimiter('begrip,afkortingen')).toBe(',');
    expect(detectCsvDelimiter('tijd;van, bij;aan')).toBe(';');
  });

  it.each(['=SUM(A1)', '+31 6', '-1', '@x', '\tTAB', '\rCR'])('guards %j as text and undoes it', (cell) => {
    expect(guardFormula(cell)).toBe(`'${cell}`);
    expect(unguardFormula(guardFormula(cell))).toBe(cell);
  });

  it('leaves ordinary cells and ordinary apostrophes alone', () => {
    expect(guardFormula('Officier van Justitie')).toBe('Officier van Justitie');
    expect(unguardFormula("'t Harde")).toBe("'t Harde");
  });
});
