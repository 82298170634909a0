import { and, asc, eq, gt, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { organisations, recordPresence, users } from '../schema';

/**
 * Names the actor of the current transaction for the change notifications its
 * commit sends (the live-notify trigger reads `srw.actor_id`). Local to the
 * transaction; outside one it ends with the statement and does nothing.
 */
export async function markChangeActor(db: Executor, actorId: string | null): Promise<void> {
  if (!actorId) return;
  await db.execute(sql`select set_config('srw.actor_id', ${actorId}, true)`);
}

/** Records (or renews) that the user has the record open now. */
export async function upsertRecordPresence(
  db: Executor,
  values: { userId: string; recordKind: string; recordId: string; at: Date },
): Promise<void> {
  await db
    .insert(recordPresence)
    .values({ userId: values.userId, recordKind: values.recordKind, recordId: values.recordId, seenAt: values.at })
    .onConflictDoUpdate({
      target: [recordPresence.userId, recordPresence.recordKind, recordPresence.recordId],
      set: { seenAt: values.at },
    });
}

/** The user closed the record (page left). */
export async function deleteRecordPresence(
  db: Executor,
  values: { userId: string; recordKind: string; recordId: string },
): Promise<void> {
  await db
    .delete(recordPresence)
    .where(
      and(
        eq(recordPresence.userId, values.userId),
        eq(recordPresence.recordKind, values.recordKind),
        eq(recordPresence.recordId, values.recordId),
      ),
    );
}

/** Forgets heartbeats older than `before` (of anyone, any record): bounded work per call. */
export async function deleteStaleRecordPresence(db: Executor, before: Date): Promise<void> {
  await db.delete(recordPresence).where(lt(recordPresence.seenAt, before));
}

export interface RecordViewer {
  userId: string;
  name: string;
  organisationCode: string;
}

/** Who else has the record open (a heartbeat after `since`), by name. */
export async function listRecordViewers(
  db: Executor,
  query: { recordKind: string; recordId: string; since: Date; exceptUserId: string },
): Promise<RecordViewer[]> {
  return db
    .select({ userId: users.id, name: users.name, organisationCode: organisations.code })
    .from(recordPresence)
    .innerJoin(users, eq(users.id, recordPresence.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(recordPresence.recordKind, query.recordKind),
        eq(recordPresence.recordId, query.recordId),
        gt(recordPresence.seenAt, query.since),
        ne(recordPresence.userId, query.exceptUserId),
      ),
    )
    .orderBy(asc(users.name));
}

/** Display names of users (who made a change), for the live stream's "Sanne heeft dit zojuist gewijzigd". */
export async function findUserNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
