import { defineDomainErrors } from '../errors';

export const actingErrors = defineDomainErrors({
  /** Only that organisation's own people (or an admin, with a reason) record its state or consent. */
  NOT_YOUR_ORGANISATION: { kind: 'FORBIDDEN' },
  /** An admin recording for an organisation they do not belong to must say why. */
  ON_BEHALF_REASON_REQUIRED: { kind: 'INVALID' },
  /** Nobody approves their own proposal or request. */
  OWN_PROPOSAL: { kind: 'FORBIDDEN' },
  /** Nobody verifies what they recorded as carried out themselves. */
  SECOND_PERSON_REQUIRED: { kind: 'FORBIDDEN' },
});
