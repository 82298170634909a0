import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getSessionUser } from '@srw/api/server';
import { canCreateGroup } from '@srw/domain';
import { PageHeader } from '@/components/ui/page-header';
import { CreateWorkingGroupForm } from '@/features/working-groups/working-group-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('workingGroups.create');
  return { title: t('title') };
}

export default async function NewWorkingGroupPage() {
  const user = await getSessionUser(new Headers(await headers()));
  if (!user || !canCreateGroup(user)) notFound();
  const t = await getTranslations('workingGroups.create');
  return (
    <>
      <PageHeader title={t('title')} />
      <CreateWorkingGroupForm />
    </>
  );
}
