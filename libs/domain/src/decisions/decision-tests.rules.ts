import { DomainError } from '../errors';
import { decisionsErrors } from './decisions.errors';

export type DecisionTestTarget = { kind: 'scenario'; id: string } | { kind: 'exercise'; id: string };

/** A test link names exactly one scenario or one exercise, never both or neither. */
export function decisionTestTargetOf(ref: {
  scenarioId: string | null;
  exerciseId: string | null;
}): DecisionTestTarget {
  if (ref.scenarioId !== null && ref.exerciseId === null) return { kind: 'scenario', id: ref.scenarioId };
  if (ref.exerciseId !== null && ref.scenarioId === null) return { kind: 'exercise', id: ref.exerciseId };
  throw new DomainError(decisionsErrors.ONE_TEST_TARGET, { field: 'scenarioId' });
}
