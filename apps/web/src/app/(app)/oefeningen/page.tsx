import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ExerciseCalendar } from '@/features/scenarios/exercise-calendar';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('scenarios.calendar');
  return { title: t('title') };
}

export default function ExercisesPage() {
  return <ExerciseCalendar />;
}
