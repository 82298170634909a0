import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { EditScenarioPage } from '@/features/scenarios/scenario-edit-page';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export default async function EditScenarioRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  await prefetch(trpc.scenarios.get.queryOptions({ id }));
  return (
    <HydrateClient>
      <EditScenarioPage id={id} />
    </HydrateClient>
  );
}
