import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { canCreateGroup } from '@srw/domain';
import { PageHeader } from '@/components/ui/page-header';
import { CreateWorkingGroupForm } from '@/features/working-groups/working-group-form';
import { requestUser } from '@/lib/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('workingGroups.create');
  return { title: t('title') };
}

export default async function NewWorkingGroupPage() {
  const user = await requestUser();
  if (!user || !canCreateGroup(user)) notFound();
  const t = await getTranslations('workingGroups.create');
  return (
    <>
      <PageHeader title={t('title')} />
      <CreateWorkingGroupForm />
    </>
  );
}
