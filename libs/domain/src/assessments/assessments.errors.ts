import { defineDomainErrors } from '../errors';

export const assessmentsErrors = defineDomainErrors({
  NO_SCORES: { kind: 'INVALID', message: 'Geef minstens één indicator een score (of n.v.t.).' },
  UNKNOWN_INDICATOR: { kind: 'INVALID', message: 'Scoor alleen indicatoren uit het voorwaardenmodel.' },
  DUPLICATE_INDICATOR: { kind: 'INVALID', message: 'Elke indicator mag maar één keer gescoord worden.' },
});
