import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WorkingGroupList } from '@/features/working-groups/working-group-list';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('workingGroups');
  return { title: t('title') };
}

export default function WorkingGroupsPage() {
  return <WorkingGroupList />;
}
