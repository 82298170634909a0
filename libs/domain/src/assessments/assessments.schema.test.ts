import { describe, expect, it } from 'vitest';
import { createAssessmentSchema } from './assessments.schema';

describe('assessment schema', () => {
  it('takes 1 to 5 or n.v.t. (null) only', () => {
    const base = {
      groupId: '6f1c2d7e-0000-4000-8000-000000000001',
      organisationId: '6f1c2d7e-0000-4000-8000-000000000002',
      assessedOn: '2026-10-01',
    };
    expect(createAssessmentSchema.safeParse({ ...base, scores: [{ conditionId: '1.1.a', score: 5 }] }).success).toBe(
      true,
    );
    expect(createAssessmentSchema.safeParse({ ...base, scores: [{ conditionId: '1.1.a', score: null }] }).success).toBe(
      true,
    );
    expect(createAssessmentSchema.safeParse({ ...base, scores: [{ conditionId: '1.1.a', score: 0 }] }).success).toBe(
      false,
    );
    expect(createAssessmentSchema.safeParse({ ...base, scores: [{ conditionId: '1.1.a', score: 6 }] }).success).toBe(
      false,
    );
    expect(createAssessmentSchema.safeParse({ ...base, scores: [{ conditionId: '1.1.a', score: 2.5 }] }).success).toBe(
      false,
    );
    expect(createAssessmentSchema.safeParse({ ...base, scores: [] }).success).toBe(false);
  });
});
