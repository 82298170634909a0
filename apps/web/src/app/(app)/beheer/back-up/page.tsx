import { notFound } from 'next/navigation';
import { backupPermissions } from '@srw/domain';
import { BackupAdmin } from '@/features/admin/backup-admin';
import { HydrateClient, prefetch, requestUser, trpc } from '@/lib/trpc/server';

export default async function BackupPage() {
  const user = await requestUser();
  if (!user || !backupPermissions(user).download) notFound();
  await prefetch(trpc.backup.status.queryOptions());
  return (
    <HydrateClient>
      <BackupAdmin />
    </HydrateClient>
  );
}
