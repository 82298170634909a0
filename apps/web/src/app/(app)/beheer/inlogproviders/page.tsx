import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getSessionUser } from '@srw/api/server';
import { canManageIdentityProviders } from '@srw/domain';
import { IdentityProviderAdmin } from '@/features/admin/identity-provider-admin';

export default async function IdentityProvidersPage() {
  const user = await getSessionUser(new Headers(await headers()));
  if (!user || !canManageIdentityProviders(user)) notFound();
  return <IdentityProviderAdmin />;
}
