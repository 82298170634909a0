import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { WorkingGroupDetail } from '@/features/working-groups/working-group-detail';
import { fetchOrNull, HydrateClient, prefetchInfinite, trpc } from '@/lib/trpc/server';

export default async function WorkingGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const [group] = await Promise.all([
    fetchOrNull(trpc.workingGroups.get.queryOptions({ id })),
    prefetchInfinite(
      trpc.memberships.list.infiniteQueryOptions(
        { groupId: id, limit: 50 },
        { getNextPageParam: (last) => last.nextCursor },
      ),
    ),
  ]);
  // The group's activity, for those who may see it (the page shows the section only then).
  if (group?.permissions.viewAudit) {
    await prefetchInfinite(
      trpc.audit.list.infiniteQueryOptions({ groupId: id, limit: 25 }, { getNextPageParam: (last) => last.nextCursor }),
    );
  }
  return (
    <HydrateClient>
      <WorkingGroupDetail id={id} />
    </HydrateClient>
  );
}
