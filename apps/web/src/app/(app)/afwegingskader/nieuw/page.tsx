import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { uuidSchema } from '@srw/domain';
import { PageHeader } from '@/components/ui/page-header';
import { CreateDecisionForm } from '@/features/decisions/decision-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('decisions.form');
  return { title: t('createTitle') };
}

function uuidOrNull(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && uuidSchema.safeParse(value).success ? value : null;
}

export default async function NewDecisionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const t = await getTranslations('decisions.form');
  return (
    <>
      <PageHeader title={t('createTitle')} />
      <CreateDecisionForm initialGroupId={uuidOrNull(params.werkgroep)} supersedesId={uuidOrNull(params.vervangt)} />
    </>
  );
}
