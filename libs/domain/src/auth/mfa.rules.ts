import { globalRoles, type GlobalRole } from '../access/roles';

/**
 * What a signed-in session may do about the second factor:
 * - `ok`: the session is fully usable;
 * - `enrol`: the person's role requires a second factor they have not set up, so
 *   the session serves only the enrolment pages until they have;
 * - `verify`: they have a second factor but this session never gave it (e.g. a
 *   sign-in through an identity provider that did not assert MFA), so it serves
 *   only the step that verifies a code.
 */
export type MfaRequirement = 'ok' | 'enrol' | 'verify';

export interface MfaSituation {
  globalRole: GlobalRole;
  /** Roles that must use a second factor (`MFA_REQUIRED_ROLES`). */
  requiredRoles: readonly GlobalRole[];
  /** The account has a confirmed TOTP second factor. */
  twoFactorEnabled: boolean;
  /** This session was created or confirmed with a TOTP or recovery code. */
  secondFactorVerified: boolean;
  /** The identity provider of this session asserted MFA (its amr/acr, when the provider's setting counts it). */
  providerAssertedMfa: boolean;
}

export function mfaRequirement(situation: MfaSituation): MfaRequirement {
  if (situation.secondFactorVerified || situation.providerAssertedMfa) return 'ok';
  if (situation.twoFactorEnabled) return 'verify';
  if (situation.requiredRoles.includes(situation.globalRole)) return 'enrol';
  return 'ok';
}

/** Whether this role must use a second factor at all (the pages say so; enrolment cannot be switched off then). */
export function isMfaRequiredFor(globalRole: GlobalRole, requiredRoles: readonly GlobalRole[]): boolean {
  return requiredRoles.includes(globalRole);
}

/**
 * How a person proves it is them before enrolling, taking new recovery codes or
 * switching the second factor off:
 * - `password`: they have a password here and must give it (the plugin checks it);
 * - `recent-provider-sign-in`: they have none (the account was made through their
 *   organisation's provider) and this session signed in through that provider (or
 *   gave its second factor) less than `PASSWORDLESS_PROOF_MINUTES` ago;
 * - `sign-in-again`: they have none and the session is older, or did not come from
 *   a provider: they must sign in through their provider again first.
 */
export type SecondFactorProof = 'password' | 'recent-provider-sign-in' | 'sign-in-again';

/** How fresh a password-less person's session must be to manage the second factor. */
export const PASSWORDLESS_PROOF_MINUTES = 10;

export interface SecondFactorProofSituation {
  /** The account has a password here (a credential account with a hash). */
  hasPassword: boolean;
  /** The session was created by a sign-in through an organisation's provider (`sessions.identity_provider_id`). */
  signedInThroughProvider: boolean;
  /** When the session was created (the provider's sign-in, or the code that replaced it at enrolment). */
  sessionCreatedAt: Date;
  now: Date;
}

export function secondFactorProof(situation: SecondFactorProofSituation): SecondFactorProof {
  if (situation.hasPassword) return 'password';
  return canManageSecondFactorWithoutPassword(situation) ? 'recent-provider-sign-in' : 'sign-in-again';
}

/** A person without a password may manage the second factor from a provider session of the last few minutes. */
export function canManageSecondFactorWithoutPassword(situation: SecondFactorProofSituation): boolean {
  if (situation.hasPassword || !situation.signedInThroughProvider) return false;
  const age = situation.now.getTime() - situation.sessionCreatedAt.getTime();
  return age >= 0 && age < PASSWORDLESS_PROOF_MINUTES * 60 * 1000;
}

export const DEFAULT_MFA_REQUIRED_ROLES: readonly GlobalRole[] = ['admin', 'management'];

/**
 * Parses `MFA_REQUIRED_ROLES` (comma separated global role names; empty: none).
 * Null when a name is not a global role, so the configuration can name it.
 */
export function parseMfaRequiredRoles(value: string | undefined): GlobalRole[] | null {
  if (value === undefined) return [...DEFAULT_MFA_REQUIRED_ROLES];
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '' && name !== 'none');
  const roles: GlobalRole[] = [];
  for (const name of names) {
    const role = globalRoles.find((candidate) => candidate === name);
    if (!role) return null;
    if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}
