import { describe, expect, it } from 'vitest';
import { codeOf } from '../common/testing';
import {
  assertValidScores,
  categoriesSideBySide,
  categoryAverages,
  combinedScores,
  comparableScores,
  compareAssessments,
  indicatorsSideBySide,
  largestGaps,
  weakestIndicators,
  type OrganisationScore,
  type ScoredIndicator,
} from './assessments.rules';

const latest: ScoredIndicator[] = [
  { conditionId: '1.1.a', score: 4 },
  { conditionId: '1.2.a', score: 5 },
  { conditionId: '1.4.a', score: 2 },
  { conditionId: '2.3.c', score: 1 },
  { conditionId: '2.5.b', score: 3 },
  { conditionId: '2.2.a', score: null },
  { conditionId: '3.1.b', score: 2 },
  { conditionId: '3.1.c', score: 1 },
  { conditionId: '3.1.e', score: null },
];
const previous: ScoredIndicator[] = [
  { conditionId: '1.1.a', score: 3 },
  { conditionId: '1.4.a', score: 2 },
  { conditionId: '2.3.c', score: 2 },
  { conditionId: '3.1.b', score: null },
  { conditionId: '4.1.b', score: 3 },
];

describe('score validation', () => {
  const known = ['1.1.a', '1.2.a', '3.1.b'];
  it('accepts known indicators once each', () => {
    expect(
      codeOf(() =>
        assertValidScores(
          [
            { conditionId: '1.1.a', score: 3 },
            { conditionId: '3.1.b', score: null },
          ],
          known,
        ),
      ),
    ).toBeNull();
  });
  it('refuses empty, unknown and repeated indicators', () => {
    expect(codeOf(() => assertValidScores([], known))).toBe('NO_SCORES');
    expect(codeOf(() => assertValidScores([{ conditionId: '9.9.z', score: 3 }], known))).toBe('UNKNOWN_INDICATOR');
    expect(
      codeOf(() =>
        assertValidScores(
          [
            { conditionId: '1.1.a', score: 3 },
            { conditionId: '1.1.a', score: 4 },
          ],
          known,
        ),
      ),
    ).toBe('DUPLICATE_INDICATOR');
  });
});

describe('category averages', () => {
  it('averages per Triad category, leaving n.v.t. out of the mean', () => {
    expect(categoryAverages(latest)).toEqual([
      { categoryId: '1', average: 3.67, scored: 3, notApplicable: 0 },
      { categoryId: '2', average: 2, scored: 2, notApplicable: 1 },
      { categoryId: '3', average: 1.5, scored: 2, notApplicable: 1 },
    ]);
  });
  it('gives null when a category has only n.v.t.', () => {
    expect(categoryAverages([{ conditionId: '3.1.e', score: null }])).toEqual([
      { categoryId: '3', average: null, scored: 0, notApplicable: 1 },
    ]);
  });
});

describe('comparison with the previous assessment', () => {
  it('pairs indicators and computes the change where both are scored', () => {
    const comparison = compareAssessments(latest, previous);
    const byId = Object.fromEntries(comparison.map((c) => [c.conditionId, c]));
    expect(comparison).toHaveLength(10);
    expect(byId['1.1.a']).toEqual({ conditionId: '1.1.a', latest: 4, previous: 3, delta: 1 });
    expect(byId['2.3.c']?.delta).toBe(-1);
    expect(byId['1.4.a']?.delta).toBe(0);
    expect(byId['3.1.b']).toEqual({ conditionId: '3.1.b', latest: 2, previous: null, delta: null });
    expect(byId['4.1.b']).toEqual({ conditionId: '4.1.b', latest: undefined, previous: 3, delta: null });
    expect(byId['1.2.a']?.previous).toBeUndefined();
  });
  it('works without a previous assessment', () => {
    expect(compareAssessments(latest, null).every((c) => c.previous === undefined && c.delta === null)).toBe(true);
  });
});

describe('weakest indicators', () => {
  it('lists scores of 2 or lower, lowest first, then in model order', () => {
    expect(weakestIndicators(latest)).toEqual([
      { conditionId: '2.3.c', score: 1 },
      { conditionId: '3.1.c', score: 1 },
      { conditionId: '1.4.a', score: 2 },
      { conditionId: '3.1.b', score: 2 },
    ]);
  });
  it('respects limit and threshold and never lists n.v.t.', () => {
    expect(weakestIndicators(latest, { limit: 2 }).map((w) => w.conditionId)).toEqual(['2.3.c', '3.1.c']);
    expect(weakestIndicators(latest, { threshold: 3 }).map((w) => w.conditionId)).toEqual([
      '2.3.c',
      '3.1.c',
      '1.4.a',
      '3.1.b',
      '2.5.b',
    ]);
    expect(weakestIndicators([{ conditionId: '3.1.e', score: null }])).toEqual([]);
  });
});

describe('two organisations in one round', () => {
  const D = 'defensie';
  const P = 'politie';
  const round: OrganisationScore[] = [
    { organisationId: D, conditionId: '1.1.a', score: 4, evidence: 'Staat in het jaarplan.' },
    { organisationId: P, conditionId: '1.1.a', score: 3 },
    { organisationId: D, conditionId: '2.3.c', score: 4 },
    { organisationId: P, conditionId: '2.3.c', score: 1, evidence: 'Geen mensen vrij.' },
    { organisationId: D, conditionId: '3.1.b', score: null },
    { organisationId: P, conditionId: '3.1.b', score: 2 },
    { organisationId: D, conditionId: '3.1.c', score: null },
    { organisationId: P, conditionId: '3.1.c', score: null },
    { organisationId: D, conditionId: '2.5.b', score: 5 },
    { organisationId: P, conditionId: '2.5.b', score: 2 },
    { organisationId: D, conditionId: '2.2.a', score: 3 },
  ];

  it('combines each indicator as the mean of the organisations that scored it', () => {
    expect(combinedScores(round)).toEqual([
      { conditionId: '1.1.a', score: 3.5 },
      { conditionId: '2.2.a', score: 3 },
      { conditionId: '2.3.c', score: 2.5 },
      { conditionId: '2.5.b', score: 3.5 },
      { conditionId: '3.1.b', score: 2 },
      { conditionId: '3.1.c', score: null },
    ]);
  });

  it('shows both scores with their onderbouwing and the gap per indicator', () => {
    const byId = Object.fromEntries(indicatorsSideBySide(round, [D, P]).map((i) => [i.conditionId, i]));
    expect(byId['2.3.c']).toEqual({
      conditionId: '2.3.c',
      organisations: [
        { organisationId: D, score: 4, evidence: '' },
        { organisationId: P, score: 1, evidence: 'Geen mensen vrij.' },
      ],
      combined: 2.5,
      gap: 3,
    });
    expect(byId['1.1.a']?.gap).toBe(1);
    expect(byId['3.1.b']).toMatchObject({ combined: 2, gap: null });
    expect(byId['2.2.a']).toMatchObject({ combined: 3, gap: null });
  });

  it('gives the gap per category over the indicators both scored', () => {
    expect(categoriesSideBySide(round, [D, P])).toEqual([
      {
        categoryId: '1',
        organisations: [
          { organisationId: D, average: 4 },
          { organisationId: P, average: 3 },
        ],
        combined: 3.5,
        gap: 1,
      },
      {
        categoryId: '2',
        organisations: [
          { organisationId: D, average: 4 },
          { organisationId: P, average: 1.5 },
        ],
        combined: 3,
        // 2.2.a was scored by Defensie only: the gap is (4 + 5) / 2 − (1 + 2) / 2.
        gap: 3,
      },
      {
        categoryId: '3',
        organisations: [
          { organisationId: D, average: null },
          { organisationId: P, average: 2 },
        ],
        combined: 2,
        gap: null,
      },
    ]);
  });

  it('lists the sides in the order of the group organisations', () => {
    const [first] = indicatorsSideBySide(round, [P, D]);
    expect(first?.organisations.map((o) => o.organisationId)).toEqual([P, D]);
  });

  it('has no gaps when only one organisation scored', () => {
    const oneSide = round.filter((s) => s.organisationId === D);
    expect(indicatorsSideBySide(oneSide, [D, P]).every((i) => i.gap === null)).toBe(true);
    expect(categoriesSideBySide(oneSide, [D, P]).every((c) => c.gap === null)).toBe(true);
  });

  it('lists the largest gaps first, from the threshold up', () => {
    const gaps = largestGaps(indicatorsSideBySide(round, [D, P]));
    expect(gaps.map((g) => [g.conditionId, g.gap])).toEqual([
      ['2.3.c', 3],
      ['2.5.b', 3],
    ]);
    expect(
      largestGaps(indicatorsSideBySide(round, [D, P]), { threshold: 1, limit: 2 }).map((g) => g.conditionId),
    ).toEqual(['2.3.c', '2.5.b']);
    expect(largestGaps(indicatorsSideBySide(round, [D, P]), { threshold: 1 }).map((g) => g.conditionId)).toEqual([
      '2.3.c',
      '2.5.b',
      '1.1.a',
    ]);
  });
});

describe('comparing two rounds', () => {
  it('uses only indicators scored in both rounds', () => {
    const { latest: l, previous: p } = comparableScores(latest, previous);
    expect(l.map((s) => s.conditionId)).toEqual(['1.1.a', '1.4.a', '2.3.c']);
    expect(p.map((s) => s.conditionId)).toEqual(['1.1.a', '1.4.a', '2.3.c']);
    // A partial round does not shrink the category radar: willen is 3 against 2.5 on the same two indicators.
    expect(categoryAverages(l).find((c) => c.categoryId === '1')?.average).toBe(3);
    expect(categoryAverages(p).find((c) => c.categoryId === '1')?.average).toBe(2.5);
  });
  it('compares nothing when the rounds share no scored indicator', () => {
    expect(comparableScores([{ conditionId: '1.1.a', score: 3 }], [{ conditionId: '1.2.a', score: 3 }])).toEqual({
      latest: [],
      previous: [],
    });
  });
});
