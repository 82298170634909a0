import { describe, expect, it } from 'vitest';
import { changeRecommendationStatusSchema, createRecommendationSchema } from './recommendations.schema';

describe('change status schema', () => {
  it('requires a note on every status change', () => {
    const base = { id: '6f1c2d7e-0000-4000-8000-000000000001', version: 1, status: 'aanvaard' };
    expect(changeRecommendationStatusSchema.safeParse({ ...base, note: '' }).success).toBe(false);
    expect(
      changeRecommendationStatusSchema.safeParse({ ...base, note: 'Besproken in het bestuurlijk overleg' }).success,
    ).toBe(true);
  });
});

describe('create schema', () => {
  const valid = {
    title: 'Gezamenlijke oefenkalender',
    sourceType: 'working_group',
    level: 'operationeel',
    conditionIds: ['1.4.c', '1.4.c', '2.5.b'],
    addresseeOrganisationIds: ['6f1c2d7e-0000-4000-8000-000000000001'],
  };
  it('dedupes conditions and defaults the optional fields', () => {
    const parsed = createRecommendationSchema.parse({ ...valid, code: ' o8 ' });
    expect(parsed.conditionIds).toEqual(['1.4.c', '2.5.b']);
    expect(parsed).toMatchObject({
      code: 'O8',
      groupId: null,
      ownerUserId: null,
      dueDate: null,
      priority: false,
      classification: 'ONGERUBRICEERD',
    });
  });
  it('rejects categories as tags, empty addressees and bad dates', () => {
    expect(createRecommendationSchema.safeParse({ ...valid, conditionIds: ['3'] }).success).toBe(false);
    expect(createRecommendationSchema.safeParse({ ...valid, addresseeOrganisationIds: [] }).success).toBe(false);
    expect(createRecommendationSchema.safeParse({ ...valid, dueDate: '2026-13-01' }).success).toBe(false);
  });
});
