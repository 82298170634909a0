import { deleteSessionById, touchSession, type Database } from '@srw/db';
import {
  evaluateSessionLifetime,
  isMfaRequiredFor,
  mfaErrors,
  mfaRequirement,
  type DomainErrorDefinition,
  type GlobalRole,
  type MfaRequirement,
  type SessionLifetimePolicy,
} from '@srw/domain';

/** The settings the session look-up applies (`MFA_REQUIRED_ROLES`, `SESSION_IDLE_MINUTES`, `SESSION_MAX_HOURS`). */
export interface SessionSecuritySettings {
  mfaRequiredRoles: readonly GlobalRole[];
  sessionPolicy: SessionLifetimePolicy;
}

export interface SessionRecord {
  id: string;
  createdAt: Date;
  lastActiveAt?: Date | null;
  secondFactorVerified?: boolean | null;
  /** OIDC (issue 13): the provider's amr/acr counted as a second factor (`sessions.provider_mfa`). */
  providerMfa?: boolean | null;
}

/**
 * Issue 13, applied on every session look-up after the session and its user are
 * found: a session idle too long or past its lifetime is deleted and counts as
 * none (null); last use is written at most once per few minutes (one small
 * UPDATE, never one per request); and the answer says whether the session is
 * usable or serves only the second-factor pages (`mfaRequirement`).
 */
export async function checkSessionSecurity(
  db: Database,
  session: SessionRecord,
  user: { globalRole: GlobalRole; twoFactorEnabled: boolean },
  settings: SessionSecuritySettings,
  now = new Date(),
): Promise<{ mfa: MfaRequirement; secondFactorRequired: boolean; twoFactorEnabled: boolean } | null> {
  const lastActiveAt = session.lastActiveAt ?? session.createdAt;
  const verdict = evaluateSessionLifetime({ createdAt: session.createdAt, lastActiveAt }, now, settings.sessionPolicy);
  if (verdict.state === 'expired') {
    await deleteSessionById(db, session.id);
    return null;
  }
  if (verdict.touch) await touchSession(db, session.id, now);
  return {
    mfa: mfaRequirement({
      globalRole: user.globalRole,
      requiredRoles: settings.mfaRequiredRoles,
      twoFactorEnabled: user.twoFactorEnabled,
      secondFactorVerified: session.secondFactorVerified === true,
      // The OIDC sign-in stores the provider's assertion on the session.
      providerAssertedMfa: session.providerMfa === true,
    }),
    secondFactorRequired: isMfaRequiredFor(user.globalRole, settings.mfaRequiredRoles),
    twoFactorEnabled: user.twoFactorEnabled,
  };
}

/** Why a signed-in session may not use an ordinary procedure, if it may not. */
export function secondFactorRefusal(mfa: MfaRequirement): DomainErrorDefinition | null {
  if (mfa === 'enrol') return mfaErrors.MFA_ENROLMENT_REQUIRED;
  if (mfa === 'verify') return mfaErrors.MFA_VERIFICATION_REQUIRED;
  return null;
}
