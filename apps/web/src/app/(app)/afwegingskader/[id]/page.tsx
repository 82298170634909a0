import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { DecisionDetail } from '@/features/decisions/decision-detail';
import { fetchOrNull, HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export default async function DecisionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const { aftekeningen } = await searchParams;
  const [decision] = await Promise.all([
    fetchOrNull(trpc.decisions.get.queryOptions({ id })),
    prefetch(trpc.reference.cooperationLevels.queryOptions()),
    prefetch(trpc.decisions.history.queryOptions({ id })),
    prefetch(trpc.recommendations.list.queryOptions({ decisionId: id, limit: 50 })),
  ]);
  // The form to record where the decision was tested opens with its targets, for those who may record one.
  if (decision?.permissions.canRecordTest) {
    await prefetch(trpc.decisions.testTargets.queryOptions({ decisionId: id, search: '' }));
  }
  return (
    <HydrateClient>
      <DecisionDetail id={id} signOffsReset={aftekeningen === 'vervallen'} />
    </HydrateClient>
  );
}
