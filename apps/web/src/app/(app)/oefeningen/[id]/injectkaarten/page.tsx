import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { InjectCards } from '@/features/scenarios/exercise-printables';
import { prefetchExercise } from '@/features/scenarios/scenario-prefetch';
import { HydrateClient } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('scenarios.printables');
  return { title: t('cardsTitle') };
}

export default async function InjectCardsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  await prefetchExercise(id);
  return (
    <HydrateClient>
      <InjectCards id={id} />
    </HydrateClient>
  );
}
