import type { Database } from '@srw/db';
import { TRPCError } from '@trpc/server';
import { isDatabaseUnavailable } from '@srw/db';
import { DomainError, type Actor, type Classification, type MfaRequirement } from '@srw/domain';
import type { Auth } from './auth';
import { clientAddress } from './http/client-address';
import { findSignedInUser } from './session-check';
import { checkSessionSecurity, type SessionSecuritySettings } from './session-security';
import type { AuditOrigin } from '@srw/db';

/** Everything a service needs: the database, who acts, from where, and the deployment's ceiling. */
export interface ServiceContext {
  db: Database;
  origin: AuditOrigin;
  classificationCeiling: Classification;
}

export interface SessionUser extends Actor {
  name: string;
  email: string;
  organisationCode: string;
  organisationName: string;
}

/** A valid session, whatever its second-factor state (issue 13). */
export interface SessionState {
  id: string;
  user: SessionUser;
  /** `ok`: usable; `enrol`/`verify`: only the second-factor procedures and sign-out. */
  mfa: MfaRequirement;
  /** The person's role must use a second factor (`MFA_REQUIRED_ROLES`). */
  secondFactorRequired: boolean;
  /** The account has a confirmed second factor. */
  twoFactorEnabled: boolean;
}

export interface Context extends ServiceContext {
  auth: Auth;
  /** The signed-in user of a fully usable session (`session.mfa` is `ok`); null otherwise. */
  user: SessionUser | null;
  session: SessionState | null;
  /** Request headers, for calls into better-auth (cookies) and the origin check. */
  headers: Headers;
  /** The app's public address (`APP_URL`): mutations must come from its origin. */
  appUrl: string;
  /** Response headers: sign-in and sign-out set cookies here. */
  resHeaders: Headers;
}

/** Where a request comes from, as throttling and the audit trail record it (see `clientAddress`). */
export function originOf(headers: Headers, trustedProxyHops: number): AuditOrigin {
  return { ip: clientAddress(headers, trustedProxyHops), userAgent: headers.get('user-agent')?.slice(0, 300) ?? null };
}

/**
 * Builds the tRPC context from a plain Request's headers, with no framework in
 * sight: any adapter (Next route handler, bare Node server, tests) can call it.
 */
export async function createContext(opts: {
  headers: Headers;
  resHeaders: Headers;
  db: Database;
  auth: Auth;
  classificationCeiling: Classification;
  appUrl: string;
  trustedProxyHops: number;
  /** Second factor and session lifetime settings (issue 13). */
  security: SessionSecuritySettings;
}): Promise<Context> {
  let state: SessionState | null = null;
  if (opts.headers.get('cookie')) {
    try {
      // One look-up: the signed cookie's session with its user and organisation.
      const found = await findSignedInUser({ db: opts.db, auth: opts.auth, headers: opts.headers });
      if (found) {
        // Issue 13: idle timeout, absolute lifetime, last use and the second-factor state, on the same row.
        const { twoFactorEnabled, ...user } = found.user;
        const security = await checkSessionSecurity(
          opts.db,
          found.session,
          { globalRole: user.globalRole, twoFactorEnabled },
          opts.security,
        );
        if (security) state = { id: found.session.id, user, ...security };
      }
    } catch (error) {
      // No session check without the database: say so (503), do not answer as if signed out.
      if (isDatabaseUnavailable(error)) {
        const unavailable = new DomainError('DATABASE_UNAVAILABLE');
        throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: unavailable.code, cause: unavailable });
      }
      throw error;
    }
  }
  return {
    db: opts.db,
    auth: opts.auth,
    user: state?.mfa === 'ok' ? state.user : null,
    session: state,
    headers: opts.headers,
    appUrl: opts.appUrl,
    resHeaders: opts.resHeaders,
    origin: originOf(opts.headers, opts.trustedProxyHops),
    classificationCeiling: opts.classificationCeiling,
  };
}
