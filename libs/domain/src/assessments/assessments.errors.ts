import { defineDomainErrors } from '../errors';

export const assessmentsErrors = defineDomainErrors({
  NO_SCORES: { kind: 'INVALID' },
  UNKNOWN_INDICATOR: { kind: 'INVALID' },
  DUPLICATE_INDICATOR: { kind: 'INVALID' },
  /** An organisation speaks only for itself: the actor may not score for this one. */
  NOT_OWN_ORGANISATION: { kind: 'FORBIDDEN' },
  /** An admin scoring for an organisation must write why (break-glass). */
  BREAK_GLASS_REASON_REQUIRED: { kind: 'INVALID' },
  /** Scores are only for the organisations that take part in the group. */
  ORGANISATION_NOT_IN_GROUP: { kind: 'INVALID' },
});
