import type { GlobalRole } from '@srw/domain';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { organisations, sessions, users, verifications } from '../schema';
import { preparedPerDatabase } from './prepared';

export interface SessionListRow {
  id: string;
  createdAt: Date;
  lastActiveAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
}

/** A person's sessions, most recently used first (the sessions page). */
export async function listSessionsOfUser(db: Executor, userId: string): Promise<SessionListRow[]> {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastActiveAt: sessions.lastActiveAt,
      ipAddress: sessions.ipAddress,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.lastActiveAt), desc(sessions.id));
}

/** Ends one session of this person; false when they have no such session. */
export async function deleteSessionOfUser(db: Executor, params: { userId: string; sessionId: string }) {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.id, params.sessionId), eq(sessions.userId, params.userId)))
    .returning({ id: sessions.id });
  return deleted.length > 0;
}

/** Ends every session of this person but one; the number ended. */
export async function deleteOtherSessionsOfUser(db: Executor, params: { userId: string; keepSessionId: string }) {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, params.userId), ne(sessions.id, params.keepSessionId)))
    .returning({ id: sessions.id });
  return deleted.length;
}

/** Ends a session that outlived its idle timeout or lifetime. */
export async function deleteSessionById(db: Executor, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Writes a session's last use (at most every few minutes, see `touchIntervalMinutes`). */
export async function touchSession(db: Executor, sessionId: string, at: Date) {
  await db.update(sessions).set({ lastActiveAt: at }).where(eq(sessions.id, sessionId));
}

/** The session gave the account's second factor after it began (the "verify" step). */
export async function markSessionSecondFactorVerified(db: Executor, sessionId: string) {
  await db.update(sessions).set({ secondFactorVerified: true }).where(eq(sessions.id, sessionId));
}

/** The value of a better-auth verification row (the two-factor plugin's pending code step names the user). */
export async function findVerificationValue(db: Executor, identifier: string): Promise<string | null> {
  const [row] = await db
    .select({ value: verifications.value, expiresAt: verifications.expiresAt })
    .from(verifications)
    .where(eq(verifications.identifier, identifier))
    .limit(1);
  return row && row.expiresAt > new Date() ? row.value : null;
}

/** A session with its user and the user's organisation: everything a request needs to know who acts. */
export interface SessionUserRow {
  session: {
    id: string;
    token: string;
    expiresAt: Date;
    createdAt: Date;
    updatedAt: Date;
    lastActiveAt: Date;
    secondFactorVerified: boolean;
    providerMfa: boolean;
  };
  user: {
    id: string;
    name: string;
    email: string;
    globalRole: GlobalRole;
    active: boolean;
    organisationId: string;
    organisationCode: string;
    organisationName: string;
    twoFactorEnabled: boolean;
  };
}

/**
 * The one look-up behind every signed-in request: the session by its token,
 * joined with its user and organisation. Expired sessions and deactivated users
 * are returned too; the session rules (`checkSession`, then the lifetime and
 * second-factor rules of `checkSessionSecurity`) decide, so an expired session can be
 * cleaned up like better-auth does.
 */
const sessionUserStatement = preparedPerDatabase((db, name) =>
  db
    .select({
      session: {
        id: sessions.id,
        token: sessions.token,
        expiresAt: sessions.expiresAt,
        createdAt: sessions.createdAt,
        updatedAt: sessions.updatedAt,
        lastActiveAt: sessions.lastActiveAt,
        secondFactorVerified: sessions.secondFactorVerified,
        providerMfa: sessions.providerMfa,
      },
      user: {
        id: users.id,
        name: users.name,
        email: users.email,
        globalRole: users.globalRole,
        active: users.active,
        organisationId: users.organisationId,
        organisationCode: organisations.code,
        organisationName: organisations.name,
        twoFactorEnabled: users.twoFactorEnabled,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.token, sql.placeholder('token')))
    .prepare(name),
);

/** Runs on every signed-in request: prepared once per database (see `preparedPerDatabase`). */
export async function findSessionUser(db: Executor, token: string): Promise<SessionUserRow | null> {
  const [row] = await sessionUserStatement(db, 'session_user', undefined).execute({ token });
  return row ?? null;
}
