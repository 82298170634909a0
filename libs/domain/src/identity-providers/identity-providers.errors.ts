import { defineDomainErrors } from '../errors';

/**
 * Refusals of a sign-in through an organisation's provider. They reach the
 * sign-in page as `?fout=<CODE>` and are worded there (`errors.<CODE>`).
 */
export const federatedSignInErrors = defineDomainErrors({
  OIDC_PROVIDER_UNAVAILABLE: { kind: 'FORBIDDEN' },
  OIDC_NO_EMAIL: { kind: 'FORBIDDEN' },
  OIDC_UNKNOWN_ACCOUNT: { kind: 'FORBIDDEN' },
  OIDC_OTHER_ORGANISATION: { kind: 'FORBIDDEN' },
  OIDC_ACCOUNT_INACTIVE: { kind: 'FORBIDDEN' },
  /** Too many unfinished sign-ins through providers from this address, or for this provider (`evaluateFederatedThrottle`). */
  OIDC_TOO_MANY_ATTEMPTS: { kind: 'TOO_MANY_REQUESTS' },
  /** Anything the protocol refused (state, nonce, signature, code): one message, the detail is logged. */
  OIDC_FAILED: { kind: 'FORBIDDEN' },
});
export type FederatedSignInErrorCode = keyof typeof federatedSignInErrors;

export const identityProviderErrors = defineDomainErrors({
  PROVIDER_SLUG_IN_USE: { kind: 'CONFLICT' },
});
