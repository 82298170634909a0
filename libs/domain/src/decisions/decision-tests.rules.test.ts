import { describe, expect, it } from 'vitest';
import { decisionTestTargetOf } from './decision-tests.rules';

describe('where a decision was tested', () => {
  it('names exactly one scenario or exercise', () => {
    expect(decisionTestTargetOf({ scenarioId: 's', exerciseId: null })).toEqual({ kind: 'scenario', id: 's' });
    expect(decisionTestTargetOf({ scenarioId: null, exerciseId: 'e' })).toEqual({ kind: 'exercise', id: 'e' });
    const oneTarget = expect.objectContaining({ code: 'ONE_TEST_TARGET', field: 'scenarioId' });
    expect(() => decisionTestTargetOf({ scenarioId: null, exerciseId: null })).toThrow(oneTarget);
    expect(() => decisionTestTargetOf({ scenarioId: 's', exerciseId: 'e' })).toThrow(oneTarget);
  });
});
