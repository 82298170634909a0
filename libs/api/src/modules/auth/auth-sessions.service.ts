import { deleteOtherSessionsOfUser, deleteSessionOfUser, listSessionsOfUser } from '@srw/db';
import { DomainError, mfaErrors, summariseUserAgent, type DeviceSummary, type SessionIdInput } from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { Context, SessionState, SessionUser } from '../../context';

type SignedInContext = Context & { user: SessionUser; session: SessionState };

export interface SessionSummary {
  id: string;
  device: DeviceSummary;
  ipAddress: string | null;
  createdAt: Date;
  lastActiveAt: Date;
  /** The session this request came with. */
  current: boolean;
}

/** "Mijn sessies": every session of the signed-in person. */
export async function listMySessions(ctx: SignedInContext): Promise<SessionSummary[]> {
  const rows = await listSessionsOfUser(ctx.db, ctx.user.userId);
  return rows.map((row) => ({
    id: row.id,
    device: summariseUserAgent(row.userAgent),
    ipAddress: row.ipAddress || null,
    createdAt: row.createdAt,
    lastActiveAt: row.lastActiveAt,
    current: row.id === ctx.session.id,
  }));
}

/** Ends another session of one's own; that browser is signed out at its next request. */
export async function endMySession(ctx: SignedInContext, input: SessionIdInput): Promise<{ ok: true }> {
  if (input.sessionId === ctx.session.id) throw new DomainError(mfaErrors.CANNOT_END_CURRENT_SESSION);
  await ctx.db.transaction(async (tx) => {
    const ended = await deleteSessionOfUser(tx, { userId: ctx.user.userId, sessionId: input.sessionId });
    if (!ended) throw new DomainError('NOT_FOUND');
    await recordAudit(tx, ctx, {
      actorId: ctx.user.userId,
      action: 'session_ended',
      entityType: 'session',
      entityId: input.sessionId,
    });
  });
  return { ok: true };
}

/** Ends every session of one's own but this one. */
export async function endMyOtherSessions(ctx: SignedInContext): Promise<{ ended: number }> {
  return ctx.db.transaction(async (tx) => {
    const ended = await deleteOtherSessionsOfUser(tx, { userId: ctx.user.userId, keepSessionId: ctx.session.id });
    if (ended > 0) {
      await recordAudit(tx, ctx, {
        actorId: ctx.user.userId,
        action: 'session_ended',
        entityType: 'user',
        entityId: ctx.user.userId,
        after: { ended },
      });
    }
    return { ended };
  });
}
