import { describe, expect, it } from 'vitest';
import { decisionFilterQueryString, parseDecisionFilterQuery } from './decisions-filter-query';

const group = '6f1c2d7e-0000-4000-8000-000000000001';

describe('the framework filters in the address bar', () => {
  it('reads the Dutch names', () => {
    expect(
      parseDecisionFilterQuery({
        werkgroep: group,
        uitkomst: 'UNCLEAR',
        status: 'vastgesteld',
        trefwoord: 'Drones',
        niveau: 'ASSISTANCE',
      }),
    ).toEqual({
      groupId: group,
      outcome: 'UNCLEAR',
      status: 'vastgesteld',
      tag: 'drones',
      cooperationLevel: 'ASSISTANCE',
    });
  });

  it('ignores empty and unknown parameters, and shows everything when one does not parse', () => {
    expect(parseDecisionFilterQuery({ werkgroep: '', zoek: 'x' })).toEqual({});
    expect(parseDecisionFilterQuery({ uitkomst: 'MAYBE', status: 'vastgesteld' })).toEqual({});
    expect(parseDecisionFilterQuery({ grondslag: 'not-a-uuid' })).toEqual({});
  });

  it('writes only the filters that are set, and reads back what it wrote', () => {
    expect(decisionFilterQueryString({})).toBe('');
    const filters = { groupId: group, outcome: 'NOT_ALLOWED' as const, legalBasisId: group };
    const text = decisionFilterQueryString(filters);
    expect(text).toBe(`?werkgroep=${group}&uitkomst=NOT_ALLOWED&grondslag=${group}`);
    expect(parseDecisionFilterQuery(Object.fromEntries(new URLSearchParams(text)))).toEqual(filters);
  });
});
