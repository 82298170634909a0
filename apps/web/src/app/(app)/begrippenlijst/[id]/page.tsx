import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { GlossaryTermDetail } from '@/features/glossary/glossary-term-detail';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export default async function GlossaryTermPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  await Promise.all([
    prefetch(trpc.glossary.get.queryOptions({ id })),
    prefetch(trpc.glossary.history.queryOptions({ id })),
    prefetch(trpc.glossary.usages.queryOptions({ id })),
    prefetch(trpc.glossary.comments.queryOptions({ id })),
  ]);
  return (
    <HydrateClient>
      <GlossaryTermDetail id={id} />
    </HydrateClient>
  );
}
