import { describe, expect, it } from 'vitest';
import {
  buildConditionProgress,
  fillTrend,
  monthsInPeriod,
  percentImplemented,
  summariseStatusRows,
  summariseTotal,
  type ConditionNodeRef,
  type StatusCountRow,
} from './recommendations-dashboard.rules';

/**
 * A fixed dataset of ten recommendations, as the database would count them per organisation:
 *  DEF: voorgesteld 1 (overdue), aanvaard 2 (1 overdue), in_uitvoering 1, uitgevoerd 2, geverifieerd 1, vervallen 1
 *  POL: aanvaard 1, in_uitvoering 2 (2 overdue), uitgevoerd 1, niet_aanvaard 1
 */
const perOrganisation: StatusCountRow[] = [
  { key: 'def', label: 'Defensie', status: 'voorgesteld', count: 1, overdue: 1 },
  { key: 'def', label: 'Defensie', status: 'aanvaard', count: 2, overdue: 1 },
  { key: 'def', label: 'Defensie', status: 'in_uitvoering', count: 1, overdue: 0 },
  { key: 'def', label: 'Defensie', status: 'uitgevoerd', count: 2, overdue: 0 },
  { key: 'def', label: 'Defensie', status: 'geverifieerd', count: 1, overdue: 0 },
  { key: 'def', label: 'Defensie', status: 'vervallen', count: 1, overdue: 0 },
  { key: 'pol', label: 'Politie', status: 'aanvaard', count: 1, overdue: 0 },
  { key: 'pol', label: 'Politie', status: 'in_uitvoering', count: 2, overdue: 2 },
  { key: 'pol', label: 'Politie', status: 'uitgevoerd', count: 1, overdue: 0 },
  { key: 'pol', label: 'Politie', status: 'niet_aanvaard', count: 1, overdue: 0 },
];

describe('dashboard aggregations', () => {
  it('summarises each key with exact figures', () => {
    const [def, pol] = summariseStatusRows(perOrganisation);
    expect(def).toMatchObject({
      key: 'def',
      label: 'Defensie',
      total: 8,
      open: 4,
      implemented: 3,
      verified: 1,
      dropped: 1,
      overdue: 2,
      percentImplemented: 43,
    });
    expect(def?.byStatus).toEqual({
      voorgesteld: 1,
      aanvaard: 2,
      niet_aanvaard: 0,
      in_uitvoering: 1,
      uitgevoerd: 2,
      geverifieerd: 1,
      vervallen: 1,
    });
    expect(pol).toMatchObject({
      key: 'pol',
      total: 5,
      open: 3,
      implemented: 1,
      verified: 0,
      dropped: 1,
      overdue: 2,
      percentImplemented: 25,
    });
  });

  it('totals the rows of one dimension', () => {
    expect(summariseTotal(perOrganisation)).toMatchObject({
      total: 13,
      open: 7,
      implemented: 4,
      dropped: 2,
      overdue: 4,
      percentImplemented: 36,
    });
  });

  it('leaves dropped recommendations out of the percentage and never divides by zero', () => {
    expect(percentImplemented(3, 8, 1)).toBe(43);
    expect(percentImplemented(0, 2, 2)).toBe(0);
    expect(percentImplemented(0, 0, 0)).toBe(0);
    expect(percentImplemented(2, 2, 0)).toBe(100);
  });

  it('adds up rows that repeat a key and status', () => {
    const [only] = summariseStatusRows([
      { key: 'x', status: 'aanvaard', count: 2, overdue: 1 },
      { key: 'x', status: 'aanvaard', count: 3, overdue: 0 },
    ]);
    expect(only).toMatchObject({ label: 'x', total: 5, open: 5, overdue: 1 });
  });
});

describe('trend', () => {
  it('lists the months of a period, across a year end', () => {
    expect(monthsInPeriod('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsInPeriod('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
    expect(monthsInPeriod('2026-04-01', '2026-03-01')).toEqual([]);
  });

  it('fills months without data with zero', () => {
    expect(fillTrend([{ month: '2026-02', open: 5, implemented: 1 }], '2026-01-01', '2026-03-31')).toEqual([
      { month: '2026-01', open: 0, implemented: 0 },
      { month: '2026-02', open: 5, implemented: 1 },
      { month: '2026-03', open: 0, implemented: 0 },
    ]);
  });
});

describe('condition breakdown', () => {
  const nodes: ConditionNodeRef[] = [
    { id: '3', parentId: null, kind: 'category', labelNl: 'mogen', labelEn: 'allowed' },
    { id: '1', parentId: null, kind: 'category', labelNl: 'willen', labelEn: 'willing' },
    { id: '1.4', parentId: '1', kind: 'sub_variable', labelNl: 'begrip', labelEn: 'understanding' },
    { id: '1.4.a', parentId: '1.4', kind: 'indicator', labelNl: 'taal', labelEn: 'language' },
    { id: '1.4.c', parentId: '1.4', kind: 'indicator', labelNl: 'werkwijze', labelEn: 'ways of working' },
    { id: '3.1', parentId: '3', kind: 'sub_variable', labelNl: 'legitimiteit', labelEn: 'legitimacy' },
    { id: '3.1.b', parentId: '3.1', kind: 'indicator', labelNl: 'kaders', labelEn: 'frameworks' },
  ];
  // Two recommendations address 1.4.a and 1.4.c both (counted once for category 1), one addresses 3.1.b.
  const rows: StatusCountRow[] = [
    { key: '1', status: 'uitgevoerd', count: 1, overdue: 0 },
    { key: '1', status: 'aanvaard', count: 1, overdue: 1 },
    { key: '1.4.a', status: 'uitgevoerd', count: 1, overdue: 0 },
    { key: '1.4.a', status: 'aanvaard', count: 1, overdue: 1 },
    { key: '1.4.c', status: 'uitgevoerd', count: 1, overdue: 0 },
    { key: '3', status: 'in_uitvoering', count: 1, overdue: 0 },
    { key: '3.1.b', status: 'in_uitvoering', count: 1, overdue: 0 },
  ];

  it('gives each category and indicator its own figures, with gaps shown as zero', () => {
    const progress = buildConditionProgress(nodes, rows);
    expect(progress.map((c) => c.id)).toEqual(['1', '3']);
    const [willen, mogen] = progress;
    expect(willen?.summary).toMatchObject({ total: 2, implemented: 1, open: 1, overdue: 1, percentImplemented: 50 });
    expect(willen?.indicators.map((i) => [i.id, i.summary.total, i.summary.percentImplemented])).toEqual([
      ['1.4.a', 2, 50],
      ['1.4.c', 1, 100],
    ]);
    expect(mogen?.summary).toMatchObject({ total: 1, implemented: 0, percentImplemented: 0 });
    expect(mogen?.indicators).toHaveLength(1);
  });

  it('lists an unaddressed indicator with zero', () => {
    const progress = buildConditionProgress(
      nodes,
      rows.filter((r) => r.key !== '1.4.c'),
    );
    expect(progress[0]?.indicators[1]).toMatchObject({ id: '1.4.c', summary: { total: 0, percentImplemented: 0 } });
  });

  it('counts one population for a category and its indicators: a declined recommendation in neither', () => {
    const declined: StatusCountRow[] = [
      { key: '3', status: 'niet_aanvaard', count: 1, overdue: 0 },
      { key: '3.1.b', status: 'niet_aanvaard', count: 1, overdue: 0 },
    ];
    const [, mogen] = buildConditionProgress(nodes, [...rows.filter((r) => !r.key.startsWith('3')), ...declined]);
    expect(mogen?.summary).toMatchObject({ active: 0, implemented: 0 });
    expect(mogen?.indicators[0]?.summary).toMatchObject({ active: 0, implemented: 0 });
    const [willen] = buildConditionProgress(nodes, rows);
    expect(willen?.summary.active).toBe(2);
    expect(willen?.indicators.map((i) => i.summary.active)).toEqual([2, 1]);
  });
});
