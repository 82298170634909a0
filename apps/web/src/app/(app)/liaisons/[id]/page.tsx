import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { PlacementDetail } from '@/features/placements/placement-detail';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export default async function PlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  await prefetch(trpc.placements.get.queryOptions({ id }));
  return (
    <HydrateClient>
      <PlacementDetail id={id} />
    </HydrateClient>
  );
}
