import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { uuidSchema } from '@srw/domain';
import { PageHeader } from '@/components/ui/page-header';
import { CreateScenarioForm } from '@/features/scenarios/scenario-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('scenarios.create');
  return { title: t('title') };
}

export default async function NewScenarioPage({ searchParams }: { searchParams: Promise<{ groep?: string }> }) {
  const { groep } = await searchParams;
  const t = await getTranslations('scenarios.create');
  const groupId = groep && uuidSchema.safeParse(groep).success ? groep : null;
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <CreateScenarioForm initialGroupId={groupId} />
    </>
  );
}
