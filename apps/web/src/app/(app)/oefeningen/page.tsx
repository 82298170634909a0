import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ExerciseCalendar } from '@/features/scenarios/exercise-calendar';
import { prefetchReadableGroups } from '@/features/scenarios/scenario-prefetch';
import { HydrateClient } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('scenarios.calendar');
  return { title: t('title') };
}

// The month's exercises are not prefetched: the calendar computes its window from the browser's clock and time zone.
export default async function ExercisesPage() {
  await prefetchReadableGroups();
  return (
    <HydrateClient>
      <ExerciseCalendar />
    </HydrateClient>
  );
}
