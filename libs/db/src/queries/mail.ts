import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  defaultMailPreference,
  failedMailStatus,
  sentMailStatus,
  type MailKind,
  type MailLocale,
  type MailPreference,
} from '@srw/domain';
import type { Executor } from '../client';
import { caughtMails, inboxMailedItems, mailMessages, organisations, userMailPreferences, users } from '../schema';

/** A person's e-mail choice and mail language (the defaults when they never chose). */
export async function findMailPreference(
  db: Executor,
  userId: string,
): Promise<{ preference: MailPreference; locale: MailLocale }> {
  const [row] = await db
    .select({ preference: userMailPreferences.preference, locale: userMailPreferences.locale })
    .from(userMailPreferences)
    .where(eq(userMailPreferences.userId, userId));
  return row ?? { preference: defaultMailPreference, locale: 'nl' };
}

export async function upsertMailPreference(
  db: Executor,
  userId: string,
  preference: MailPreference,
  locale?: MailLocale,
): Promise<void> {
  await db
    .insert(userMailPreferences)
    .values({ userId, preference, ...(locale ? { locale } : {}) })
    .onConflictDoUpdate({
      target: userMailPreferences.userId,
      set: { preference, ...(locale ? { locale } : {}), updatedAt: sql`now()` },
    });
}

/** Active people whose choice (or the default) is the given one, with what a mail needs. */
export async function listActiveUsersWithMailPreference(db: Executor, preference: MailPreference) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      organisationId: users.organisationId,
      globalRole: users.globalRole,
      locale: sql<MailLocale>`coalesce(${userMailPreferences.locale}, 'nl')`,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(userMailPreferences, eq(userMailPreferences.userId, users.id))
    .where(
      and(
        eq(users.active, true),
        sql`coalesce(${userMailPreferences.preference}, ${defaultMailPreference}::mail_preference) = ${preference}::mail_preference`,
      ),
    )
    .orderBy(asc(users.id));
}

export async function findMailRecipient(db: Executor, userId: string) {
  const [row] = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      organisationId: users.organisationId,
      globalRole: users.globalRole,
      active: users.active,
      locale: sql<MailLocale>`coalesce(${userMailPreferences.locale}, 'nl')`,
      preference: sql<MailPreference>`coalesce(${userMailPreferences.preference}, ${defaultMailPreference}::mail_preference)`,
    })
    .from(users)
    .leftJoin(userMailPreferences, eq(userMailPreferences.userId, users.id))
    .where(eq(users.id, userId));
  return row ?? null;
}

/** Claims inbox item keys as mailed; returns only the keys this call claimed (another instance's are left out). */
export async function claimMailedInboxItems(db: Executor, userId: string, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .insert(inboxMailedItems)
    .values(keys.map((itemKey) => ({ userId, itemKey })))
    .onConflictDoNothing()
    .returning({ itemKey: inboxMailedItems.itemKey });
  return rows.map((r) => r.itemKey);
}

/** Item keys already mailed to the person, out of those given. */
export async function findMailedInboxItems(db: Executor, userId: string, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .select({ itemKey: inboxMailedItems.itemKey })
    .from(inboxMailedItems)
    .where(and(eq(inboxMailedItems.userId, userId), inArray(inboxMailedItems.itemKey, [...keys])));
  return rows.map((r) => r.itemKey);
}

/** Puts a mail in the outbox unless one with the same dedupe key exists; returns its id only when this call wrote it. */
export async function insertMailMessage(
  db: Executor,
  values: {
    dedupeKey: string;
    kind: MailKind;
    userId: string | null;
    toAddress: string;
    subject: string;
    text: string;
    html: string;
  },
): Promise<string | null> {
  const [row] = await db
    .insert(mailMessages)
    .values(values)
    .onConflictDoNothing({ target: mailMessages.dedupeKey })
    .returning({ id: mailMessages.id });
  return row?.id ?? null;
}

export async function findMailMessage(db: Executor, id: string) {
  const [row] = await db.select().from(mailMessages).where(eq(mailMessages.id, id));
  return row ?? null;
}

export async function markMailSent(db: Executor, id: string): Promise<void> {
  await db
    .update(mailMessages)
    .set({ status: sentMailStatus, sentAt: sql`now()`, attempts: sql`${mailMessages.attempts} + 1`, lastError: null })
    .where(eq(mailMessages.id, id));
}

/** Records a failed attempt; `final` when no retry follows. */
export async function markMailAttemptFailed(db: Executor, id: string, error: string, final: boolean): Promise<void> {
  await db
    .update(mailMessages)
    .set({
      attempts: sql`${mailMessages.attempts} + 1`,
      lastError: error.slice(0, 1000),
      ...(final ? { status: failedMailStatus } : {}),
    })
    .where(eq(mailMessages.id, id));
}

/** The outbox for admins, newest first. */
export async function listMailMessages(db: Executor, limit: number) {
  return db
    .select({
      id: mailMessages.id,
      kind: mailMessages.kind,
      toAddress: mailMessages.toAddress,
      subject: mailMessages.subject,
      status: mailMessages.status,
      attempts: mailMessages.attempts,
      lastError: mailMessages.lastError,
      createdAt: mailMessages.createdAt,
      sentAt: mailMessages.sentAt,
    })
    .from(mailMessages)
    .orderBy(desc(mailMessages.createdAt), desc(mailMessages.id))
    .limit(limit);
}

export async function insertCaughtMail(
  db: Executor,
  values: { fromAddress: string; toAddress: string; subject: string; text: string; html: string },
): Promise<void> {
  await db.insert(caughtMails).values(values);
}

/** Mails the local SMTP catcher caught, newest first. */
export async function listCaughtMails(db: Executor, limit: number) {
  return db.select().from(caughtMails).orderBy(desc(caughtMails.receivedAt), desc(caughtMails.id)).limit(limit);
}
