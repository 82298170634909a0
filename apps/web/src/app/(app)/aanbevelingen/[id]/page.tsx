import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { RecommendationDetail } from '@/features/recommendations/recommendation-detail';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export default async function RecommendationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  await Promise.all([
    prefetch(trpc.recommendations.get.queryOptions({ id })),
    prefetch(trpc.reference.conditions.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <RecommendationDetail id={id} />
    </HydrateClient>
  );
}
