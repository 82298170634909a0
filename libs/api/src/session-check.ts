import { deleteSessionById, findSessionUser, type Database, type SessionUserRow } from '@srw/db';
import { checkSession } from '@srw/domain';
import type { SessionUser } from './context';
import { readSessionToken, sessionCookieSpec, type SessionCookieSpec } from './session-cookie';

interface AuthLike {
  options: Parameters<typeof sessionCookieSpec>[0]['options'];
}

/** A session the cookie names, still within its end and of an active account. */
export interface SignedInSession {
  session: SessionUserRow['session'];
  user: SessionUser & { twoFactorEnabled: boolean };
}

/**
 * Who a request's session cookie signs in, in one query: the cookie's signature
 * is checked in the process (as better-auth checks it), then the session, its
 * user and their organisation come back together (`findSessionUser`) and the
 * domain's `checkSession` decides. No cache: deactivation, sign-out and deleted
 * sessions count from the next request on. An expired session is deleted, as
 * better-auth's `getSession` does. A session is never extended: its absolute
 * lifetime and idle timeout (issue 13) are applied next by `checkSessionSecurity`
 * on the same row, without another look-up.
 */
export async function findSignedInUser(opts: {
  db: Database;
  auth: AuthLike;
  headers: Headers;
  now?: Date;
}): Promise<SignedInSession | null> {
  const spec: SessionCookieSpec = sessionCookieSpec(opts.auth);
  const token = readSessionToken(opts.headers, spec);
  if (!token) return null;
  const row = await findSessionUser(opts.db, token);
  if (!row) return null;
  const check = checkSession({ expiresAt: row.session.expiresAt, userActive: row.user.active }, opts.now ?? new Date());
  if (check === 'expired') {
    await deleteSessionById(opts.db, row.session.id);
    return null;
  }
  // A deactivated account's sessions are deleted; this guards the gap in between.
  if (check === 'inactive') return null;
  return {
    session: row.session,
    user: {
      userId: row.user.id,
      organisationId: row.user.organisationId,
      globalRole: row.user.globalRole,
      name: row.user.name,
      email: row.user.email,
      organisationCode: row.user.organisationCode,
      organisationName: row.user.organisationName,
      twoFactorEnabled: row.user.twoFactorEnabled,
    },
  };
}
