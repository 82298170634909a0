import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { AssessmentOverview } from '@/features/assessments/assessment-overview';
import { HydrateClient, prefetch, trpc } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('assessments');
  return { title: t('title') };
}

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  await Promise.all([
    prefetch(trpc.workingGroups.get.queryOptions({ id })),
    // The page starts on the latest round: no round chosen yet.
    prefetch(trpc.assessments.overview.queryOptions({ groupId: id, assessmentId: undefined })),
    prefetch(trpc.assessments.list.queryOptions({ groupId: id })),
    prefetch(trpc.reference.conditions.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <AssessmentOverview groupId={id} />
    </HydrateClient>
  );
}
