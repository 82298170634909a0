import { describe, expect, it } from 'vitest';
import { codeOf } from '../common/testing';
import {
  assertValidScores,
  categoryAverages,
  compareAssessments,
  weakestIndicators,
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
