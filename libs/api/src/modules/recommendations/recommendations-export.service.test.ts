import { describe, expect, it } from 'vitest';
import { toCsv } from './recommendations-export.service';

describe('CSV export', () => {
  it('separates with semicolons, quotes where needed and starts with a BOM', () => {
    expect(
      toCsv([
        ['Code', 'Titel'],
        ['B1', 'Urgentie; en "bevoegdheden"'],
      ]),
    ).toBe('\uFEFFCode;Titel\r\nB1;"Urgentie; en ""bevoegdheden"""\r\n');
  });
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    expect(toCsv([['=SUM(A1)', '-1', 'gewoon']])).toBe("\uFEFF'=SUM(A1);'-1;gewoon\r\n");
  });
});
