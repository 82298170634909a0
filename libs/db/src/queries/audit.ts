import { and, asc, desc, eq, gte, lt, notInArray, or, sql } from 'drizzle-orm';
import {
  auditPeriodInstants,
  decodeCursor,
  signInAuditActions,
  toPage,
  type AuditAction,
  type AuditEntityType,
  type Page,
} from '@srw/domain';
import type { Executor } from '../client';
import { auditEvents, organisations, users, workingGroups } from '../schema';

export interface AuditOrigin {
  ip: string | null;
  userAgent: string | null;
}

export interface NewAuditEvent {
  actorId: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  groupId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  origin: AuditOrigin;
}

/** Call inside the transaction of the change it records. */
export async function insertAuditEvent(db: Executor, event: NewAuditEvent): Promise<string> {
  const [row] = await db
    .insert(auditEvents)
    .values({
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      groupId: event.groupId ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
      originIp: event.origin.ip,
      originUserAgent: event.origin.userAgent,
    })
    .returning({ id: auditEvents.id });
  if (!row) throw new Error('insert audit_events returned no row');
  return row.id;
}

export interface AuditEventView {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  groupId: string | null;
  groupName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  originIp: string | null;
}

export interface AuditQuery {
  actorId?: string | undefined;
  groupId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeSignIns?: boolean | undefined;
  entityType?: AuditEntityType | undefined;
  entityId?: string | undefined;
  cursor?: string | null | undefined;
  limit: number;
}

/** Newest first, keyset on (occurred_at, id); sign-ins only when asked for. */
export async function listAuditEvents(db: Executor, query: AuditQuery): Promise<Page<AuditEventView>> {
  const cursor = decodeCursor(query.cursor, 'instant');
  const period = auditPeriodInstants(query);
  const conditions = [
    query.actorId ? eq(auditEvents.actorId, query.actorId) : undefined,
    period.from ? gte(auditEvents.occurredAt, period.from) : undefined,
    period.until ? lt(auditEvents.occurredAt, period.until) : undefined,
    query.includeSignIns ? undefined : notInArray(auditEvents.action, [...signInAuditActions]),
    query.groupId ? eq(auditEvents.groupId, query.groupId) : undefined,
    query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
    query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
    cursor
      ? or(
          lt(auditEvents.occurredAt, new Date(cursor.key)),
          and(eq(auditEvents.occurredAt, new Date(cursor.key)), lt(auditEvents.id, cursor.id)),
        )
      : undefined,
  ];
  const rows = await db
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      actorId: auditEvents.actorId,
      actorName: users.name,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      groupId: auditEvents.groupId,
      groupName: workingGroups.name,
      before: auditEvents.before,
      after: auditEvents.after,
      originIp: auditEvents.originIp,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(workingGroups, eq(workingGroups.id, auditEvents.groupId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => ({ key: row.occurredAt.toISOString(), id: row.id }));
}

export async function countAuditEvents(db: Executor, entityId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId));
  return row?.n ?? 0;
}

/**
 * Everyone and every group the audit filter can choose from, complete (no page
 * limit): names only, sorted. People are few enough for one list (thousands at most).
 */
export async function listAuditFilterOptions(db: Executor) {
  const [people, groups] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, organisationCode: organisations.code })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .orderBy(asc(users.name), asc(users.id)),
    db
      .select({ id: workingGroups.id, name: workingGroups.name })
      .from(workingGroups)
      .orderBy(asc(workingGroups.name), asc(workingGroups.id)),
  ]);
  return { people, groups };
}
