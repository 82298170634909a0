import { defineDomainErrors } from '../errors';

export const assessmentsErrors = defineDomainErrors({
  NO_SCORES: { kind: 'INVALID' },
  UNKNOWN_INDICATOR: { kind: 'INVALID' },
  DUPLICATE_INDICATOR: { kind: 'INVALID' },
});
