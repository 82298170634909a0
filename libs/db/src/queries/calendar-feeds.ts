import { and, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { calendarFeeds } from '../schema';

export async function findCalendarFeed(db: Executor, userId: string, groupId: string) {
  const [row] = await db
    .select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), eq(calendarFeeds.groupId, groupId)));
  return row ?? null;
}

export async function findCalendarFeedByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, tokenHash));
  return row ?? null;
}

/** Removes the user's feed of the group (if any) and returns what was removed. */
export async function deleteCalendarFeed(db: Executor, userId: string, groupId: string) {
  return db
    .delete(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), eq(calendarFeeds.groupId, groupId)))
    .returning({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt });
}

export async function insertCalendarFeed(db: Executor, values: { userId: string; groupId: string; tokenHash: string }) {
  const [row] = await db
    .insert(calendarFeeds)
    .values(values)
    .returning({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt });
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function touchCalendarFeed(db: Executor, id: string, at: Date) {
  await db.update(calendarFeeds).set({ lastUsedAt: at }).where(eq(calendarFeeds.id, id));
}
