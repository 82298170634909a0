import { describe, expect, it } from 'vitest';
import {
  emptyRecommendationFilterQuery,
  emptyRecommendationListQuery,
  parseRecommendationFilterQuery,
  parseRecommendationListQuery,
  recommendationFilterQueryString,
  recommendationListQueryString,
  toRecommendationFilter,
  type RecommendationFilterQuery,
  type RecommendationListQuery,
  invalidRecommendationFilterNames,
} from './recommendations-filter-query';

const groupId = '6f1c2d7e-0000-4000-8000-000000000001';
const organisationId = '6f1c2d7e-0000-4000-8000-000000000042';
const filters: RecommendationFilterQuery = {
  groupId,
  organisationId,
  level: 'operationeel',
  condition: '3.1.b',
  from: '2026-01-01',
  to: '2026-12-31',
};
const read = (text: string) => Object.fromEntries(new URLSearchParams(text));

describe('recommendation filters in the query string', () => {
  it('reads group, organisation, level, condition and period', () => {
    expect(
      parseRecommendationFilterQuery({
        werkgroep: groupId,
        organisatie: organisationId,
        niveau: 'operationeel',
        voorwaarde: '3.1.b',
        van: '2026-01-01',
        tot: '2026-12-31',
      }),
    ).toEqual(filters);
    expect(parseRecommendationFilterQuery({ werkgroep: 'none', voorwaarde: '3' })).toEqual({
      ...emptyRecommendationFilterQuery,
      groupId: 'none',
      condition: '3',
    });
  });

  it('ignores what does not parse, and takes the first of repeated values', () => {
    expect(
      parseRecommendationFilterQuery({
        werkgroep: 'alle',
        organisatie: 'politie',
        niveau: 'strategisch',
        voorwaarde: '3.x',
        van: '2026-13-01',
        tot: '',
      }),
    ).toEqual(emptyRecommendationFilterQuery);
    expect(parseRecommendationFilterQuery({ niveau: ['bestuurlijk', 'operationeel'] }).level).toBe('bestuurlijk');
    // The API's own (English) names are not the address's.
    expect(parseRecommendationFilterQuery({ groupId, condition: '3' })).toEqual(emptyRecommendationFilterQuery);
    expect(parseRecommendationFilterQuery({})).toEqual(emptyRecommendationFilterQuery);
  });

  it('writes nothing for no filters, and reads back what it wrote', () => {
    expect(recommendationFilterQueryString(emptyRecommendationFilterQuery)).toBe('');
    const text = recommendationFilterQueryString(filters);
    expect(text).toBe(
      `?werkgroep=${groupId}&organisatie=${organisationId}&niveau=operationeel&voorwaarde=3.1.b&van=2026-01-01&tot=2026-12-31`,
    );
    expect(parseRecommendationFilterQuery(read(text))).toEqual(filters);
  });

  it('gives the API input without the unset filters', () => {
    expect(toRecommendationFilter(emptyRecommendationFilterQuery)).toEqual({});
    expect(toRecommendationFilter({ ...emptyRecommendationFilterQuery, condition: '3' })).toEqual({ condition: '3' });
    expect(toRecommendationFilter(filters)).toEqual({
      groupId,
      organisationId,
      level: 'operationeel',
      condition: '3.1.b',
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });
});

describe('invalid filter names, for exports', () => {
  it('names the filters that are present but do not parse', () => {
    expect(invalidRecommendationFilterNames({ voorwaarde: '3', niveau: 'bestuurlijk' })).toEqual([]);
    expect(invalidRecommendationFilterNames({ voorwaarde: 'drie', van: '2026-13-01', niveau: 'bestuurlijk' })).toEqual([
      'voorwaarde',
      'van',
    ]);
    expect(invalidRecommendationFilterNames({})).toEqual([]);
    // Names that are not filters (format, English spellings) are not this function's business.
    expect(invalidRecommendationFilterNames({ format: 'xlsx', condition: 'x' })).toEqual([]);
  });
});

describe('register filters in the query string', () => {
  const list: RecommendationListQuery = { ...filters, status: 'in_uitvoering', overdue: true, search: 'AB-3 & co' };

  it('reads the shared filters plus status, overdue and search', () => {
    expect(
      parseRecommendationListQuery({ voorwaarde: '2', status: 'aanvaard', overtermijn: 'ja', zoek: ' begrippen ' }),
    ).toEqual({
      ...emptyRecommendationListQuery,
      condition: '2',
      status: 'aanvaard',
      overdue: true,
      search: 'begrippen',
    });
  });

  it('ignores what does not parse', () => {
    expect(parseRecommendationListQuery({ status: 'klaar', overtermijn: 'true', zoek: 'x'.repeat(101) })).toEqual(
      emptyRecommendationListQuery,
    );
    expect(parseRecommendationListQuery({ zoek: '   ' }).search).toBeNull();
    expect(parseRecommendationListQuery({})).toEqual(emptyRecommendationListQuery);
  });

  it('writes nothing for no filters, and reads back what it wrote', () => {
    expect(recommendationListQueryString(emptyRecommendationListQuery)).toBe('');
    expect(recommendationListQueryString({ ...emptyRecommendationListQuery, search: '  ' })).toBe('');
    expect(recommendationListQueryString({ ...emptyRecommendationListQuery, overdue: true })).toBe('?overtermijn=ja');
    expect(parseRecommendationListQuery(read(recommendationListQueryString(list)))).toEqual(list);
  });
});
