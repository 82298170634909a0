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
