import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { ControllerMsel } from '@/features/scenarios/exercise-printables';
import { prefetchExercise } from '@/features/scenarios/scenario-prefetch';
import { HydrateClient } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('scenarios.printables');
  return { title: t('mselTitle') };
}

export default async function ControllerMselPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ volgorde?: string | string[] }>;
}) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  // ?volgorde=tijd sorts by planned time; anything else keeps the planners' order.
  const { volgorde } = await searchParams;
  await prefetchExercise(id);
  return (
    <HydrateClient>
      <ControllerMsel id={id} order={volgorde === 'tijd' ? 'time' : 'position'} />
    </HydrateClient>
  );
}
