import { describe, expect, it } from 'vitest';
import {
  changeDecisionStatusSchema,
  createDecisionSchema,
  decisionFiltersSchema,
  updateDecisionSchema,
} from './decisions.schema';

const valid = {
  groupId: '6f1c2d7e-0000-4000-8000-000000000001',
  question: 'Mogen militairen drones inzetten bij een zoekactie?',
  cooperationLevel: 'ASSISTANCE',
  topic: 'Zoekacties',
  outcome: 'ALLOWED',
  organisationIds: ['6f1c2d7e-0000-4000-8000-000000000002'],
};

describe('decision schemas', () => {
  it('fills defaults and normalises tags', () => {
    const parsed = createDecisionSchema.parse({ ...valid, tags: ['Drones', 'drones', 'NatOps'] });
    expect(parsed.tags).toEqual(['drones', 'natops']);
    expect(parsed.conditions).toEqual([]);
    expect(parsed.supersedesId).toBeNull();
    expect(parsed.classification).toBe('ONGERUBRICEERD');
  });

  it('reports missing fields as i18n keys', () => {
    const result = createDecisionSchema.safeParse({ ...valid, question: ' ', organisationIds: [] });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(messages.question).toBe('validation.required');
    expect(messages.organisationIds).toBe('validation.atLeastOne');
  });

  it('drops repeated organisations and legal bases, and reads empty dates as none', () => {
    const basis = '6f1c2d7e-0000-4000-8000-000000000003';
    const parsed = updateDecisionSchema.parse({
      ...valid,
      id: valid.groupId,
      version: 2,
      organisationIds: [...valid.organisationIds, ...valid.organisationIds],
      legalBasisIds: [basis, basis],
      decisionDate: null,
      reviewDate: '2026-05-01',
    });
    expect(parsed.organisationIds).toEqual(valid.organisationIds);
    expect(parsed.legalBasisIds).toEqual([basis]);
    expect(parsed.decisionDate).toBeNull();
    expect(parsed.reviewDate).toBe('2026-05-01');
    expect(
      updateDecisionSchema.safeParse({ ...valid, id: valid.groupId, version: 2, reviewDate: '1 mei' }).success,
    ).toBe(false);
  });

  it('lets a user ask for every status but vervangen, which only a successor brings', () => {
    const ask = (status: string) =>
      changeDecisionStatusSchema.safeParse({ id: valid.groupId, version: 1, status }).success;
    expect(['concept', 'voorgesteld', 'vastgesteld', 'ingetrokken'].map(ask)).toEqual([true, true, true, true]);
    expect(ask('vervangen')).toBe(false);
  });

  it('lower-cases the tag filter and refuses an unknown outcome', () => {
    expect(decisionFiltersSchema.parse({ tag: ' Drones ' }).tag).toBe('drones');
    expect(decisionFiltersSchema.safeParse({ outcome: 'MAYBE' }).success).toBe(false);
  });
});
