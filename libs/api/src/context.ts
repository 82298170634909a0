import type { Database } from '@srw/db';
import { TRPCError } from '@trpc/server';
import { isDatabaseUnavailable } from '@srw/db';
import { DomainError, type Actor, type Classification } from '@srw/domain';
import type { Auth } from './auth';
import { clientAddress } from './http/client-address';
import { findSignedInUser } from './session-check';
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

export interface Context extends ServiceContext {
  auth: Auth;
  user: SessionUser | null;
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
}): Promise<Context> {
  let user: SessionUser | null = null;
  if (opts.headers.get('cookie')) {
    try {
      user = await findSignedInUser({
        db: opts.db,
        auth: opts.auth,
        headers: opts.headers,
        resHeaders: opts.resHeaders,
      });
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
    user,
    headers: opts.headers,
    appUrl: opts.appUrl,
    resHeaders: opts.resHeaders,
    origin: originOf(opts.headers, opts.trustedProxyHops),
    classificationCeiling: opts.classificationCeiling,
  };
}
