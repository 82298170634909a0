import { listCaughtMails, listMailMessages } from '@srw/db';
import { canViewMailLog, DomainError, failedMailStatus, type Actor } from '@srw/domain';
import type { ServiceContext } from '../../context';

function assertCanViewMailLog(actor: Actor): void {
  if (!canViewMailLog(actor)) throw new DomainError('FORBIDDEN');
}

/** The outbox (newest first) with the mails that kept failing counted apart. */
export async function listOutbox(ctx: ServiceContext, actor: Actor) {
  assertCanViewMailLog(actor);
  const items = await listMailMessages(ctx.db, 200);
  return { items, failed: items.filter((m) => m.status === failedMailStatus).length };
}

/** What the local SMTP catcher caught (the embedded default sends nothing out). */
export async function listCaught(ctx: ServiceContext, actor: Actor) {
  assertCanViewMailLog(actor);
  return { items: await listCaughtMails(ctx.db, 100) };
}
