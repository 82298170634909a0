import { deleteSession, extendSession, findSessionUser, type Database } from '@srw/db';
import { checkSession, defaultSessionPolicy, type SessionPolicy } from '@srw/domain';
import type { SessionUser } from './context';
import {
  hasDontRemember,
  readSessionToken,
  refreshedSessionCookie,
  sessionCookieSpec,
  type SessionCookieSpec,
} from './session-cookie';

interface AuthLike {
  options: Parameters<typeof sessionCookieSpec>[0]['options'];
}

/**
 * Who a request's session cookie signs in, in one query: the cookie's signature
 * is checked in the process (as better-auth checks it), then the session, its
 * user and their organisation come back together (`findSessionUser`) and the
 * domain's `checkSession` decides. No cache: deactivation, sign-out and deleted
 * sessions count from the next request on.
 *
 * Like better-auth's `getSession`: an expired session is deleted; a session past
 * `updateAge` is extended (a rare write) and, when there is a response, its
 * cookie is sent again with a fresh Max-Age.
 */
export async function findSignedInUser(opts: {
  db: Database;
  auth: AuthLike;
  headers: Headers;
  /** Where a refreshed cookie goes; server components have none to send. */
  resHeaders: Headers | null;
  now?: Date;
  policy?: SessionPolicy;
}): Promise<SessionUser | null> {
  const spec: SessionCookieSpec = sessionCookieSpec(opts.auth);
  const token = await readSessionToken(opts.headers, spec);
  if (!token) return null;
  const row = await findSessionUser(opts.db, token);
  if (!row) return null;
  const now = opts.now ?? new Date();
  const check = checkSession(
    { expiresAt: row.session.expiresAt, userActive: row.user.active },
    now,
    opts.policy ?? defaultSessionPolicy,
  );
  if (check.state === 'expired') {
    await deleteSession(opts.db, row.session.id);
    return null;
  }
  // A deactivated account's sessions are deleted; this guards the gap in between.
  if (check.state === 'inactive') return null;
  if (check.extendTo && !(await hasDontRemember(opts.headers, spec))) {
    if (!(await extendSession(opts.db, row.session.id, check.extendTo))) return null;
    opts.resHeaders?.append('set-cookie', await refreshedSessionCookie(token, spec));
  }
  return {
    userId: row.user.id,
    organisationId: row.user.organisationId,
    globalRole: row.user.globalRole,
    name: row.user.name,
    email: row.user.email,
    organisationCode: row.user.organisationCode,
    organisationName: row.user.organisationName,
  };
}
