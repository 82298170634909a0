import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getSessionUser } from '@srw/api/server';
import { canManageUsers } from '@srw/domain';
import { OrganisationAdmin } from '@/features/admin/organisation-admin';

export default async function OrganisationsPage() {
  const user = await getSessionUser(new Headers(await headers()));
  if (!user || !canManageUsers(user)) notFound();
  return <OrganisationAdmin />;
}
