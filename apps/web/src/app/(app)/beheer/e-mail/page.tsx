import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getSessionUser } from '@srw/api/server';
import { canViewMailLog } from '@srw/domain';
import { MailAdmin } from '@/features/admin/mail-admin';

export default async function MailAdminPage() {
  const user = await getSessionUser(new Headers(await headers()));
  if (!user || !canViewMailLog(user)) notFound();
  return <MailAdmin />;
}
