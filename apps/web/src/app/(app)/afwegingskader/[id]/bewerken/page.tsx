import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { PageHeader } from '@/components/ui/page-header';
import { EditDecisionForm } from '@/features/decisions/decision-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('decisions.form');
  return { title: t('editTitle') };
}

export default async function EditDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const t = await getTranslations('decisions.form');
  return (
    <>
      <PageHeader title={t('editTitle')} />
      <EditDecisionForm id={id} />
    </>
  );
}
