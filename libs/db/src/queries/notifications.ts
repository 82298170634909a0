import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { auditEvents, notifications, users, workingGroups } from '../schema';

/**
 * Writes the notification log for one audited change: a row for each member of
 * the change's group except whoever made it. Called in the change's transaction.
 */
export async function insertNotificationsForEvent(
  db: Executor,
  event: { auditEventId: string; groupId: string | null; actorId: string | null },
): Promise<void> {
  if (!event.groupId) return;
  await db.execute(sql`
    insert into notifications (user_id, audit_event_id)
    select m.user_id, ${event.auditEventId}::uuid from memberships m
    where m.group_id = ${event.groupId}::uuid and m.user_id is distinct from ${event.actorId}::uuid`);
}

/** A person's notifications, newest first, with what happened and who did it. */
export async function listNotificationsOfUser(
  db: Executor,
  userId: string,
  query: { unreadOnly: boolean; limit: number },
) {
  return db
    .select({
      id: notifications.id,
      readAt: notifications.readAt,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      groupId: auditEvents.groupId,
      groupName: workingGroups.name,
      actorName: users.name,
    })
    .from(notifications)
    .innerJoin(auditEvents, eq(auditEvents.id, notifications.auditEventId))
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(workingGroups, eq(workingGroups.id, auditEvents.groupId))
    .where(and(eq(notifications.userId, userId), query.unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.limit);
}

export async function countUnreadNotifications(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the person's notifications read; false when it is not theirs (or does not exist). */
export async function markNotificationRead(db: Executor, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllNotificationsRead(db: Executor, userId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
