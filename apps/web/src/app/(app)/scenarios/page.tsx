import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ScenarioList } from '@/features/scenarios/scenario-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('scenarios');
  return { title: t('title') };
}

export default function ScenariosPage() {
  return <ScenarioList />;
}
