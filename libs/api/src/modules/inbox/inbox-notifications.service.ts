import {
  countUnreadNotifications,
  findMailPreference,
  listNotificationsOfUser,
  markAllNotificationsRead,
  markNotificationRead,
  upsertMailPreference,
} from '@srw/db';
import {
  auditEntityHref,
  DomainError,
  type Actor,
  type AuditEntityType,
  type ListNotificationsInput,
  type MailPreference,
  type SetMailPreferenceInput,
} from '@srw/domain';
import type { ServiceContext } from '../../context';

/** The person's notification log (changes in their groups by others), newest first. */
export async function listNotifications(ctx: ServiceContext, actor: Actor, input: ListNotificationsInput) {
  const [rows, unread] = await Promise.all([
    listNotificationsOfUser(ctx.db, actor.userId, input),
    countUnreadNotifications(ctx.db, actor.userId),
  ]);
  return {
    unread,
    items: rows.map((row) => ({
      id: row.id,
      read: row.readAt !== null,
      occurredAt: row.occurredAt,
      action: row.action,
      entityType: row.entityType,
      actorName: row.actorName,
      groupName: row.groupName,
      href: auditEntityHref(row.entityType as AuditEntityType, row.entityId, row.groupId),
    })),
  };
}

export async function markRead(ctx: ServiceContext, actor: Actor, id: string): Promise<{ ok: true }> {
  if (!(await markNotificationRead(ctx.db, actor.userId, id))) throw new DomainError('NOT_FOUND');
  return { ok: true };
}

export async function markAllRead(ctx: ServiceContext, actor: Actor): Promise<{ marked: number }> {
  return { marked: await markAllNotificationsRead(ctx.db, actor.userId) };
}

export async function getMailPreference(
  ctx: ServiceContext,
  actor: Actor,
): Promise<{ mailPreference: MailPreference }> {
  return { mailPreference: (await findMailPreference(ctx.db, actor.userId)).preference };
}

export async function setMailPreference(
  ctx: ServiceContext,
  actor: Actor,
  input: SetMailPreferenceInput,
): Promise<{ mailPreference: MailPreference }> {
  await upsertMailPreference(ctx.db, actor.userId, input.mailPreference, input.locale);
  return { mailPreference: input.mailPreference };
}
