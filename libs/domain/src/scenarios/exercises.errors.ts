import { defineDomainErrors } from '../errors';

/** Codes of exercises and their injects, observations and improvement actions. */
export const exercisesErrors = defineDomainErrors({
  NOT_A_GROUP_MEMBER: { kind: 'INVALID' },
  CANCELLATION_REASON_REQUIRED: { kind: 'INVALID' },
  EVALUATION_NEEDS_OBSERVATIONS: { kind: 'CONFLICT' },
  /** Marked evaluated while observations still lack a Triad indicator (parameter `count`). */
  EVALUATION_NEEDS_INDICATORS: { kind: 'CONFLICT' },
  /** An observation without a Triad indicator cannot become a recommendation yet. */
  OBSERVATION_NEEDS_INDICATOR: { kind: 'CONFLICT' },
  EXERCISE_LOCKED: { kind: 'CONFLICT' },
  EVALUATION_CLOSED: { kind: 'CONFLICT' },
  ACTIONS_CLOSED: { kind: 'CONFLICT' },
  RATING_DOES_NOT_FIT: { kind: 'INVALID' },
  ACTION_NEEDS_IMPROVEMENT: { kind: 'INVALID' },
  ACTION_ALREADY_RECOMMENDED: { kind: 'CONFLICT' },
  RECOMMENDED_ACTION_LOCKED: { kind: 'CONFLICT' },
  OBSERVATION_ALREADY_RECOMMENDED: { kind: 'CONFLICT' },
  OBSERVATION_HAS_RECOMMENDATIONS: { kind: 'CONFLICT' },
  END_BEFORE_START: { kind: 'INVALID' },
  INJECT_ORDER_MISMATCH: { kind: 'CONFLICT' },
  /** Marked executed before its start moment (parameters `startDate` and `startTime`, in the Netherlands). */
  EXERCISE_NOT_STARTED: { kind: 'CONFLICT' },
  /** Skipping an inject needs a reason. */
  SKIP_REASON_REQUIRED: { kind: 'INVALID' },
  /** Deliveries and ad-hoc injects are recorded only while the exercise is being held (planned or in preparation). */
  CONDUCT_CLOSED: { kind: 'CONFLICT' },
});
