import { federatedSignInErrors, type FederatedSignInErrorCode } from './identity-providers.errors';

export interface FederatingProvider {
  organisationId: string;
  allowAccountCreation: boolean;
  enabled: boolean;
}

export interface ExistingAccount {
  organisationId: string;
  active: boolean;
}

export type FederatedSignInDecision =
  | { outcome: 'sign_in' }
  | { outcome: 'create'; organisationId: string }
  | { outcome: 'refuse'; code: FederatedSignInErrorCode };

/**
 * Who gets in through an organisation's provider. The provider is authoritative
 * for the e-mail addresses of its own organisation (the admin configured it for
 * that organisation), so an account is linked by its e-mail address; but the
 * organisation always follows the provider: an account of another organisation
 * is refused, never signed in, so a Politie provider cannot sign anyone in as
 * Defensie. Unknown people are refused unless the provider may create accounts;
 * then they become members of the provider's organisation, with no group.
 */
export function decideFederatedSignIn(input: {
  provider: FederatingProvider | null;
  email: string | null;
  account: ExistingAccount | null;
}): FederatedSignInDecision {
  const { provider, email, account } = input;
  if (!provider?.enabled) return refuse('OIDC_PROVIDER_UNAVAILABLE');
  if (!email) return refuse('OIDC_NO_EMAIL');
  if (!account) {
    return provider.allowAccountCreation
      ? { outcome: 'create', organisationId: provider.organisationId }
      : refuse('OIDC_UNKNOWN_ACCOUNT');
  }
  if (account.organisationId !== provider.organisationId) return refuse('OIDC_OTHER_ORGANISATION');
  if (!account.active) return refuse('OIDC_ACCOUNT_INACTIVE');
  return { outcome: 'sign_in' };
}

function refuse(code: FederatedSignInErrorCode): FederatedSignInDecision {
  return { outcome: 'refuse', code };
}

/**
 * Whether the provider's own sign-in counted as multi-factor, under that
 * provider's setting: one of its `amr` values (RFC 8176: `mfa`, `otp`, `hwk`…)
 * or its `acr` value is among those the admin named. Nothing named: never.
 */
export function providerAssertsMfa(
  setting: { mfaAmrValues: readonly string[]; mfaAcrValues: readonly string[] },
  claims: { amr?: unknown; acr?: unknown },
): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === 'string') : [];
  if (amr.some((value) => setting.mfaAmrValues.includes(value))) return true;
  return typeof claims.acr === 'string' && setting.mfaAcrValues.includes(claims.acr);
}

/** A claim read as text: providers send e-mail and name as strings; anything else counts as absent. */
export function claimText(claims: Record<string, unknown>, name: string): string | null {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * The code the sign-in page shows for `?fout=`: our refusals by name, anything
 * else (better-auth's protocol errors, a provider's `error`) as one generic code.
 */
export function signInErrorCode(raw: string | null | undefined): FederatedSignInErrorCode | null {
  if (!raw) return null;
  if (Object.hasOwn(federatedSignInErrors, raw)) return raw as FederatedSignInErrorCode;
  return Object.hasOwn(protocolErrorAliases, raw) ? (protocolErrorAliases[raw] ?? 'OIDC_FAILED') : 'OIDC_FAILED';
}

/** better-auth's own codes that mean one of ours. */
const protocolErrorAliases: Record<string, FederatedSignInErrorCode> = {
  email_not_found: 'OIDC_NO_EMAIL',
  provider_not_found: 'OIDC_PROVIDER_UNAVAILABLE',
};
