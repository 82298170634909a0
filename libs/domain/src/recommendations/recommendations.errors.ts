import { defineDomainErrors } from '../errors';

export const recommendationsErrors = defineDomainErrors({
  REASON_REQUIRED: { kind: 'INVALID' },
  EVIDENCE_REQUIRED: { kind: 'INVALID' },
  JOINT_COMPLETION_PENDING: { kind: 'CONFLICT' },
  RECOMMENDATION_CLOSED: { kind: 'CONFLICT' },
  ADDRESSEE_PROGRESS_CLOSED: { kind: 'CONFLICT' },
  NOT_AN_ADDRESSEE: { kind: 'INVALID' },
  ADDRESSEES_LOCKED: { kind: 'CONFLICT' },
  EVIDENCE_TOO_EARLY: { kind: 'INVALID' },
  UNKNOWN_CONDITION: { kind: 'INVALID' },
  UNKNOWN_DECISION: { kind: 'INVALID' },
  OWNER_NOT_ELIGIBLE: { kind: 'INVALID' },
});
