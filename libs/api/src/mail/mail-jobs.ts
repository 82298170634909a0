import PgBoss from 'pg-boss';
import {
  claimMailedInboxItems,
  findMailMessage,
  findMailRecipient,
  insertMailMessage,
  listActiveUsersWithMailPreference,
  markMailAttemptFailed,
  markMailSent,
  type DatabaseHandle,
  type Executor,
} from '@srw/db';
import {
  actionMailDedupeKey,
  digestDedupeKey,
  MAIL_RETRY_DELAY_SECONDS,
  MAIL_RETRY_LIMIT,
  sentMailStatus,
  todayInNetherlands,
  type IsoDate,
} from '@srw/domain';
import { computeInbox } from '../modules/inbox/inbox-read.service';
import { composeInboxMail } from './inbox-mail';
import type { Mailer } from './mailer';
import { unsubscribeToken } from './unsubscribe-token';

/*
 * Reminders and mail run as jobs in PostgreSQL (pg-boss, schema `pgboss`): on a
 * server through a small pool of its own, on PGlite through `handle.executeSql`,
 * the app's one in-process connection. Exactly once across instances comes from the data: a mail is a
 * row in `mail_messages` with a unique `dedupe_key` (one digest per person per
 * day, one immediate mail per set of newly claimed inbox items in
 * `inbox_mailed_items`), and only the instance whose insert wrote the row
 * queues its `mail-send` job; pg-boss hands each job to one worker and retries a
 * failed send with back-off.
 */

export const mailQueues = {
  digestAll: 'inbox-digest-all',
  digest: 'inbox-digest',
  immediateScan: 'inbox-immediate-scan',
  send: 'mail-send',
} as const;

export interface MailJobSettings {
  appUrl: string;
  authSecret: string;
}

export function unsubscribeUrl(settings: MailJobSettings, userId: string): string {
  return `${settings.appUrl}/api/afmelden?token=${unsubscribeToken(userId, settings.authSecret)}`;
}

async function recipientActor(db: Executor, userId: string) {
  const recipient = await findMailRecipient(db, userId);
  if (!recipient?.active) return null;
  return recipient;
}

/** Writes today's digest for the person into the outbox; the mail's id when this call wrote it (null: nothing to say, or written already). */
export async function prepareDigest(
  db: Executor,
  settings: MailJobSettings,
  userId: string,
  day: IsoDate,
): Promise<string | null> {
  const recipient = await recipientActor(db, userId);
  if (!recipient) return null;
  const items = await computeInbox(db, recipient, day);
  if (items.length === 0) return null;
  const mail = composeInboxMail({
    kind: 'digest',
    locale: recipient.locale,
    name: recipient.name,
    items,
    appUrl: settings.appUrl,
    unsubscribeUrl: unsubscribeUrl(settings, userId),
  });
  return insertMailMessage(db, {
    dedupeKey: digestDedupeKey(userId, day),
    kind: 'digest',
    userId,
    toAddress: recipient.email,
    ...mail,
  });
}

/**
 * For someone who wants mail at once: claims the action items not mailed before
 * and writes one mail about them. Two instances scanning together claim each
 * item once, so each item is mailed once.
 */
export async function prepareImmediate(
  db: Executor,
  settings: MailJobSettings,
  userId: string,
  today: IsoDate,
): Promise<string | null> {
  const recipient = await recipientActor(db, userId);
  if (!recipient) return null;
  const actionItems = (await computeInbox(db, recipient, today)).filter((item) => item.needsAction);
  const claimed = new Set(
    await claimMailedInboxItems(
      db,
      userId,
      actionItems.map((item) => item.key),
    ),
  );
  const fresh = actionItems.filter((item) => claimed.has(item.key));
  if (fresh.length === 0) return null;
  const mail = composeInboxMail({
    kind: 'action',
    locale: recipient.locale,
    name: recipient.name,
    items: fresh,
    appUrl: settings.appUrl,
    unsubscribeUrl: unsubscribeUrl(settings, userId),
  });
  return insertMailMessage(db, {
    dedupeKey: actionMailDedupeKey(
      userId,
      fresh.map((item) => item.key),
    ),
    kind: 'action',
    userId,
    toAddress: recipient.email,
    ...mail,
  });
}

/**
 * Sends one mail from the outbox. A failure is recorded on the row and thrown,
 * so the queue retries it; after the last retry the row says `failed` and the
 * admin page shows it.
 */
export async function deliverMail(
  db: Executor,
  mailer: Mailer,
  settings: MailJobSettings,
  id: string,
  attempt: { final: boolean },
): Promise<void> {
  const message = await findMailMessage(db, id);
  if (!message || message.status === sentMailStatus) return;
  try {
    await mailer.send({
      to: message.toAddress,
      subject: message.subject,
      text: message.text,
      html: message.html,
      ...(message.userId
        ? {
            headers: {
              'List-Unsubscribe': `<${unsubscribeUrl(settings, message.userId)}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
          }
        : {}),
    });
  } catch (error) {
    await markMailAttemptFailed(db, id, error instanceof Error ? error.message : String(error), attempt.final);
    throw error;
  }
  await markMailSent(db, id);
}

export interface MailJobs {
  boss: PgBoss;
  /** Queues a digest job for everyone who wants the digest (what the daily schedule runs). */
  queueDigests(day?: IsoDate): Promise<number>;
  /** Looks for new action items of everyone who wants mail at once (what the per-minute schedule runs). */
  scanImmediate(): Promise<number>;
  stop(): Promise<void>;
}

const sendOptions = {
  retryLimit: MAIL_RETRY_LIMIT,
  retryDelay: MAIL_RETRY_DELAY_SECONDS,
  retryBackoff: true,
} as const;

/**
 * Starts pg-boss on the app's database with the mail queues, their workers and
 * schedules. Every app instance runs one; they share the jobs.
 */
export async function startMailJobs(options: {
  handle: DatabaseHandle;
  settings: MailJobSettings;
  mailer: Mailer;
  digestCron: string;
  /** Poll interval of the workers (seconds); tests poll faster. */
  pollingIntervalSeconds?: number;
  /** Registers the schedules (digest, immediate scan); off in tests that call the steps themselves. */
  schedule?: boolean;
  /** Override the send retries (tests). */
  retryDelaySeconds?: number;
  retryLimit?: number;
  log?: (message: string) => void;
}): Promise<MailJobs> {
  const { handle, settings, mailer } = options;
  const db = handle.db;
  const log = options.log ?? (() => undefined);
  const boss = new PgBoss({
    // PostgreSQL: a small pool of pg-boss's own. PGlite: the app's one connection, through executeSql.
    ...(handle.connectionString
      ? { connectionString: handle.connectionString, max: 3, application_name: 'samenwerkingsruimte-jobs' }
      : { db: { executeSql: (text: string, values?: unknown[]) => handle.executeSql(text, values) } }),
    schema: 'pgboss',
    // Keep finished jobs a week for the admin's sake; the outbox keeps the mails themselves.
    deleteAfterDays: 7,
  });
  boss.on('error', (error) => log(`job queue: ${error.message}`));
  await boss.start();
  for (const name of Object.values(mailQueues)) await boss.createQueue(name);
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  const retry = {
    ...sendOptions,
    retryDelay: options.retryDelaySeconds ?? sendOptions.retryDelay,
    retryLimit: options.retryLimit ?? sendOptions.retryLimit,
  };

  async function queueSend(id: string | null): Promise<void> {
    if (id) await boss.send(mailQueues.send, { id }, retry);
  }

  async function queueDigests(day: IsoDate = todayInNetherlands()): Promise<number> {
    const people = await listActiveUsersWithMailPreference(db, 'digest');
    for (const person of people) {
      await boss.send(
        mailQueues.digest,
        { userId: person.userId, day },
        { singletonKey: digestDedupeKey(person.userId, day), retryLimit: 2 },
      );
    }
    return people.length;
  }

  async function scanImmediate(): Promise<number> {
    const people = await listActiveUsersWithMailPreference(db, 'immediate');
    const today = todayInNetherlands();
    let written = 0;
    for (const person of people) {
      const id = await prepareImmediate(db, settings, person.userId, today);
      if (id) written += 1;
      await queueSend(id);
    }
    return written;
  }

  await boss.work<{ day?: string }>(mailQueues.digestAll, polling, async () => {
    await queueDigests();
  });
  await boss.work<{ userId: string; day: string }>(mailQueues.digest, polling, async ([job]) => {
    if (job) await queueSend(await prepareDigest(db, settings, job.data.userId, job.data.day));
  });
  await boss.work(mailQueues.immediateScan, polling, async () => {
    await scanImmediate();
  });
  await boss.work<{ id: string }>(
    mailQueues.send,
    { ...polling, includeMetadata: true, batchSize: 1 },
    async ([job]) => {
      if (!job) return;
      await deliverMail(db, mailer, settings, job.data.id, { final: job.retryCount >= job.retryLimit });
    },
  );
  if (options.schedule ?? true) {
    await boss.schedule(mailQueues.digestAll, options.digestCron, {}, { tz: 'Europe/Amsterdam' });
    await boss.schedule(mailQueues.immediateScan, '* * * * *', {}, { tz: 'Europe/Amsterdam' });
  }

  return {
    boss,
    queueDigests,
    scanImmediate,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 5000 }),
  };
}
