import type { DatabaseHandle } from '@srw/db';
import type { ServerConfig } from './config';
import { startMailJobs, type MailJobs } from './mail/mail-jobs';
import { smtpMailer, type Mailer } from './mail/mailer';
import { startSmtpCatcher, type SmtpCatcher } from './mail/smtp-catcher';

export interface BackgroundWork {
  jobs: MailJobs;
  mailer: Mailer;
  catcher: SmtpCatcher | null;
  stop(): Promise<void>;
}

/**
 * What an app server runs beside its requests: the job queue with the reminder
 * and mail workers, and, without SMTP_URL, the local SMTP catcher the mails go
 * to (on a free port of 127.0.0.1, so several instances never collide).
 */
export async function startBackgroundWork(
  handle: DatabaseHandle,
  config: ServerConfig,
  log: (message: string) => void,
): Promise<BackgroundWork | null> {
  if (!config.jobsEnabled) return null;
  const catcher = config.smtpUrl ? null : await startSmtpCatcher(handle.db);
  const mailer = smtpMailer(config.smtpUrl ?? `smtp://127.0.0.1:${catcher?.port ?? 0}`, config.mailFrom);
  const jobs = await startMailJobs({
    handle,
    settings: { appUrl: config.appUrl, authSecret: config.authSecret },
    mailer,
    digestCron: config.digestCron,
    log,
  });
  if (catcher) {
    // Locally (no SMTP_URL) today's digests go out at start, so a newcomer finds at /beheer/e-mail what the
    // app would send; once a day per person still holds (the outbox's dedupe key), also at the scheduled time.
    await jobs.queueDigests();
  }
  log(
    catcher
      ? `Taken gestart; e-mail gaat naar de lokale SMTP-opvang (127.0.0.1:${catcher.port}, te lezen op /beheer/e-mail).`
      : 'Taken gestart; e-mail gaat via SMTP_URL.',
  );
  return {
    jobs,
    mailer,
    catcher,
    async stop() {
      await jobs.stop();
      mailer.close();
      await catcher?.close();
    },
  };
}
