import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getSessionUser } from '@srw/api/server';
import { backupPermissions } from '@srw/domain';
import { BackupAdmin } from '@/features/admin/backup-admin';

export default async function BackupPage() {
  const user = await getSessionUser(new Headers(await headers()));
  if (!user || !backupPermissions(user).download) notFound();
  return <BackupAdmin />;
}
