import { notFound } from 'next/navigation';
import { canManageUsers } from '@srw/domain';
import { UserAdmin } from '@/features/admin/user-admin';
import { HydrateClient, prefetch, prefetchInfinite, requestUser, trpc } from '@/lib/trpc/server';

export default async function UsersPage() {
  const user = await requestUser();
  if (!user || !canManageUsers(user)) notFound();
  await Promise.all([
    // The list opens without a search.
    prefetchInfinite(
      trpc.users.list.infiniteQueryOptions(
        { search: undefined, limit: 25 },
        { getNextPageParam: (last) => last.nextCursor },
      ),
    ),
    prefetch(trpc.backup.status.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <UserAdmin />
    </HydrateClient>
  );
}
