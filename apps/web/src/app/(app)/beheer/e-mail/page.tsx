import { notFound } from 'next/navigation';
import { canViewMailLog } from '@srw/domain';
import { MailAdmin } from '@/features/admin/mail-admin';
import { HydrateClient, prefetch, requestUser, trpc } from '@/lib/trpc/server';

export default async function MailAdminPage() {
  const user = await requestUser();
  if (!user || !canViewMailLog(user)) notFound();
  await Promise.all([
    prefetch(trpc.mail.outbox.queryOptions()),
    prefetch(trpc.mail.caught.queryOptions()),
    prefetch(trpc.backup.status.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <MailAdmin />
    </HydrateClient>
  );
}
