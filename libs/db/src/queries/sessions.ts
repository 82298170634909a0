import { eq } from 'drizzle-orm';
import type { GlobalRole } from '@srw/domain';
import type { Executor } from '../client';
import { organisations, sessions, users } from '../schema';

/** A session with its user and the user's organisation: everything a request needs to know who acts. */
export interface SessionUserRow {
  session: { id: string; token: string; expiresAt: Date; createdAt: Date; updatedAt: Date };
  user: {
    id: string;
    name: string;
    email: string;
    globalRole: GlobalRole;
    active: boolean;
    organisationId: string;
    organisationCode: string;
    organisationName: string;
  };
}

/**
 * The one look-up behind every signed-in request: the session by its token,
 * joined with its user and organisation. Expired sessions and deactivated users
 * are returned too; the session rule (`checkSession`) decides, so an expired
 * session can be cleaned up like better-auth does.
 */
export async function findSessionUser(db: Executor, token: string): Promise<SessionUserRow | null> {
  const [row] = await db
    .select({
      session: {
        id: sessions.id,
        token: sessions.token,
        expiresAt: sessions.expiresAt,
        createdAt: sessions.createdAt,
        updatedAt: sessions.updatedAt,
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
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(sessions.token, token));
  return row ?? null;
}

/** Extends a session (better-auth's refresh); false when it was deleted meanwhile (signed out elsewhere). */
export async function extendSession(db: Executor, id: string, expiresAt: Date): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ expiresAt, updatedAt: new Date() })
    .where(eq(sessions.id, id))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Removes a session that has expired (better-auth does the same when it meets one). */
export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}
