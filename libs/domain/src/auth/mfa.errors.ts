import { defineDomainErrors } from '../errors';

/** Codes of the second factor and the sessions pages. */
export const mfaErrors = defineDomainErrors({
  /** The session serves only the enrolment pages until a second factor is set up. */
  MFA_ENROLMENT_REQUIRED: { kind: 'FORBIDDEN' },
  /** The session never gave the second factor the account has. */
  MFA_VERIFICATION_REQUIRED: { kind: 'FORBIDDEN' },
  INVALID_SECOND_FACTOR_CODE: { kind: 'INVALID' },
  /** The code step of a sign-in is gone (10 minutes passed, or too many wrong codes): sign in again. */
  SECOND_FACTOR_CHALLENGE_EXPIRED: { kind: 'UNAUTHENTICATED' },
  MFA_ALREADY_ENABLED: { kind: 'CONFLICT' },
  MFA_NOT_ENABLED: { kind: 'CONFLICT' },
  /** A role that must use a second factor cannot switch it off (an admin can reset it). */
  MFA_REQUIRED_FOR_ROLE: { kind: 'INVALID' },
  WRONG_PASSWORD: { kind: 'INVALID' },
  /** A person without a password must sign in through their provider again before managing the second factor. */
  MFA_FRESH_SIGN_IN_REQUIRED: { kind: 'FORBIDDEN' },
  CANNOT_END_CURRENT_SESSION: { kind: 'INVALID' },
});
