import { insertAuditEvent, insertNotificationsForEvent, markChangeActor, type Executor } from '@srw/db';
import { toAuditSnapshot, type AuditAction, type AuditEntityType } from '@srw/domain';
import type { ServiceContext } from './context';

/**
 * Records a mutation in the audit trail. Call it with the transaction that
 * makes the change, so both commit or neither does. It also names the actor
 * for the live change notifications the transaction sends when it commits.
 */
export async function recordAudit(
  tx: Executor,
  ctx: Pick<ServiceContext, 'origin'>,
  event: {
    actorId: string | null;
    action: AuditAction;
    entityType: AuditEntityType;
    entityId: string;
    groupId?: string | null;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  },
): Promise<void> {
  // The change notifications this transaction sends at commit name its actor (live updates).
  await markChangeActor(tx, event.actorId);
  const auditEventId = await insertAuditEvent(tx, {
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    groupId: event.groupId ?? null,
    before: toAuditSnapshot(event.before),
    after: toAuditSnapshot(event.after),
    origin: ctx.origin,
  });
  // The notification log: the group's other members follow what changes in it.
  await insertNotificationsForEvent(tx, { auditEventId, groupId: event.groupId ?? null, actorId: event.actorId });
}
