import { notFound } from 'next/navigation';
import { canManageUsers } from '@srw/domain';
import { OrganisationAdmin } from '@/features/admin/organisation-admin';
import { HydrateClient, prefetch, requestUser, trpc } from '@/lib/trpc/server';

export default async function OrganisationsPage() {
  const user = await requestUser();
  if (!user || !canManageUsers(user)) notFound();
  await prefetch(trpc.backup.status.queryOptions());
  return (
    <HydrateClient>
      <OrganisationAdmin />
    </HydrateClient>
  );
}
