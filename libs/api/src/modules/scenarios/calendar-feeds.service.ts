import { createHash, randomBytes } from 'node:crypto';
import {
  deleteCalendarFeed,
  findCalendarFeed,
  findCalendarFeedByTokenHash,
  findUserView,
  insertCalendarFeed,
  touchCalendarFeed,
  type Database,
} from '@srw/db';
import { isDomainError, type Actor, type Classification } from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { exportGroupCalendar } from './exercises-calendar.service';

const ENTITY = 'calendar_feed';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether the actor has a feed for the group, and when it was made and last read. Never the token itself. */
export async function getCalendarFeed(ctx: ServiceContext, actor: Actor, groupId: string) {
  await loadGroupAccess(ctx.db, actor, groupId);
  const feed = await findCalendarFeed(ctx.db, actor.userId, groupId);
  return feed
    ? { active: true as const, createdAt: feed.createdAt, lastUsedAt: feed.lastUsedAt }
    : { active: false as const, createdAt: null, lastUsedAt: null };
}

/**
 * Makes a new feed token for the actor and group, replacing any earlier one
 * (which stops working). The token is returned once; only its hash is kept.
 */
export async function createCalendarFeed(ctx: ServiceContext, actor: Actor, groupId: string) {
  await loadGroupAccess(ctx.db, actor, groupId);
  const token = randomBytes(32).toString('base64url');
  return ctx.db.transaction(async (tx) => {
    const [replaced] = await deleteCalendarFeed(tx, actor.userId, groupId);
    const feed = await insertCalendarFeed(tx, { userId: actor.userId, groupId, tokenHash: hashToken(token) });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: ENTITY,
      entityId: feed.id,
      groupId,
      before: replaced ? { id: replaced.id, createdAt: replaced.createdAt } : null,
      after: { id: feed.id, createdAt: feed.createdAt },
    });
    return { token, createdAt: feed.createdAt };
  });
}

/** Stops the actor's feed of the group. */
export async function revokeCalendarFeed(ctx: ServiceContext, actor: Actor, groupId: string) {
  await loadGroupAccess(ctx.db, actor, groupId);
  return ctx.db.transaction(async (tx) => {
    const [removed] = await deleteCalendarFeed(tx, actor.userId, groupId);
    if (removed) {
      await recordAudit(tx, ctx, {
        actorId: actor.userId,
        action: 'delete',
        entityType: ENTITY,
        entityId: removed.id,
        groupId,
        before: { id: removed.id, createdAt: removed.createdAt },
      });
    }
    return { revoked: Boolean(removed) };
  });
}

export type CalendarFeedResult = { status: 200; filename: string; content: string } | { status: 404 };

/**
 * What a calendar program gets for a feed token: the group's exercises as
 * iCalendar, read with the token owner's rights at this moment. An unknown or
 * replaced token, a deactivated account or lost access all give 404 alike.
 */
export async function readCalendarFeed(
  deps: { db: Database; classificationCeiling: Classification },
  token: string,
): Promise<CalendarFeedResult> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { status: 404 };
  const feed = await findCalendarFeedByTokenHash(deps.db, hashToken(token));
  if (!feed) return { status: 404 };
  const user = await findUserView(deps.db, feed.userId);
  if (!user?.active) return { status: 404 };
  const actor: Actor = { userId: user.id, organisationId: user.organisationId, globalRole: user.globalRole };
  try {
    const file = await exportGroupCalendar(
      { db: deps.db, classificationCeiling: deps.classificationCeiling, origin: { ip: null, userAgent: null } },
      actor,
      feed.groupId,
    );
    await touchCalendarFeed(deps.db, feed.id, new Date());
    return { status: 200, ...file };
  } catch (error) {
    if (isDomainError(error) && error.code === 'NOT_FOUND') return { status: 404 };
    throw error;
  }
}
