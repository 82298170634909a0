import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { ScenarioDetail } from '@/features/scenarios/scenario-detail';
import { prefetchReferenceData } from '@/features/scenarios/scenario-prefetch';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export default async function ScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  await Promise.all([
    prefetch(trpc.scenarios.get.queryOptions({ id })),
    prefetch(trpc.exercises.list.queryOptions({ scenarioId: id, limit: 100 })),
    prefetch(trpc.decisions.testedIn.queryOptions({ scenarioId: id })),
    prefetchReferenceData(),
  ]);
  return (
    <HydrateClient>
      <ScenarioDetail id={id} />
    </HydrateClient>
  );
}
