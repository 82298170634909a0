import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { insertCaughtMail, type Executor } from '@srw/db';

export interface SmtpCatcher {
  port: number;
  close(): Promise<void>;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((a) => a.text).join(', ');
}

/**
 * A local SMTP server for the embedded default: it accepts every mail on
 * 127.0.0.1 (no TLS, no sign-in) and stores it in `caught_mails`, where admins
 * read it at /beheer/e-mail. It sends nothing on. Port 0: any free port.
 */
export async function startSmtpCatcher(db: Executor, options: { port?: number } = {}): Promise<SmtpCatcher> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) =>
          insertCaughtMail(db, {
            fromAddress: addresses(parsed.from),
            toAddress: addresses(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          }),
        )
        .then(
          () => callback(),
          (error: unknown) => callback(error instanceof Error ? error : new Error('catch failed')),
        );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
