import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getSessionUser } from '@srw/api/server';
import { canManageUsers } from '@srw/domain';
import { UserAdmin } from '@/features/admin/user-admin';

export default async function UsersPage() {
  const user = await getSessionUser(new Headers(await headers()));
  if (!user || !canManageUsers(user)) notFound();
  return <UserAdmin />;
}
