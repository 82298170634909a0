import { describe, expect, it } from 'vitest';
import { emptyRecommendationListQuery } from '@srw/domain';
import { recommendationListInput, withLensOrganisation } from './recommendation-queries';

const politie = '0b7e4bde-8f0e-4a55-9d43-5b1f7b4b1c11';
const defensie = '5d1c3a9e-2f4b-4c8d-9e7f-1a2b3c4d5e6f';

describe('withLensOrganisation', () => {
  it('makes the lens organisation the addressee unless one is chosen on the page', () => {
    expect(withLensOrganisation(emptyRecommendationListQuery, politie).organisationId).toBe(politie);
    expect(
      withLensOrganisation({ ...emptyRecommendationListQuery, organisationId: defensie }, politie).organisationId,
    ).toBe(defensie);
    expect(withLensOrganisation(emptyRecommendationListQuery, null)).toBe(emptyRecommendationListQuery);
  });
});

describe('recommendationListInput', () => {
  it('trims the search, leaves out an empty one and asks for overdue only when set', () => {
    const input = recommendationListInput({ ...emptyRecommendationListQuery, search: '  drones ', overdue: true });
    expect(input).toMatchObject({ search: 'drones', overdue: true, limit: 25 });
    const plain = recommendationListInput({ ...emptyRecommendationListQuery, search: '   ' });
    expect(plain.search).toBeUndefined();
    expect(plain.overdue).toBeUndefined();
    expect(plain.status).toBeUndefined();
  });
});
