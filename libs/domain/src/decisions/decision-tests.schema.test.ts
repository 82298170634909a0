import { describe, expect, it } from 'vitest';
import { decisionTestTargetSchema, recordDecisionTestSchema } from './decision-tests.schema';

const id = '6f1c2d7e-0000-4000-8000-000000000001';

describe('decision test link schemas', () => {
  it('needs exactly one scenario or exercise for a test link', () => {
    const base = { decisionId: id, result: 'HELD' };
    const issue = (value: object) =>
      recordDecisionTestSchema.safeParse(value).error?.issues.find((i) => i.path.join('.') === 'scenarioId')?.message;
    expect(issue(base)).toBe('validation.exactlyOne');
    expect(issue({ ...base, scenarioId: id, exerciseId: id })).toBe('validation.exactlyOne');
    expect(recordDecisionTestSchema.safeParse({ ...base, exerciseId: id }).success).toBe(true);
    expect(recordDecisionTestSchema.safeParse({ ...base, scenarioId: id, exerciseId: null }).success).toBe(true);
    expect(decisionTestTargetSchema.safeParse({}).success).toBe(false);
    expect(decisionTestTargetSchema.safeParse({ scenarioId: id, exerciseId: id }).success).toBe(false);
    expect(decisionTestTargetSchema.parse({ exerciseId: id })).toEqual({ scenarioId: null, exerciseId: id });
  });

  it('knows only the results HELD and FAILED', () => {
    expect(recordDecisionTestSchema.safeParse({ decisionId: id, scenarioId: id, result: 'PARTLY' }).success).toBe(
      false,
    );
  });
});
