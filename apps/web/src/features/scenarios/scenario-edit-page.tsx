'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { PageHeader } from '@/components/ui/page-header';
import { LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { useNotFoundAware } from './scenario-detail';
import { EditScenarioForm } from './scenario-form';

// Its own module, so the scenario's detail page does not ship the edit form.
export function EditScenarioPage({ id }: { id: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const query = useQuery(trpc.scenarios.get.queryOptions({ id }));
  const notFound = useNotFoundAware(query.error);
  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <LoadError
        message={notFound ? t('notFound.body') : undefined}
        onRetry={notFound ? undefined : () => query.refetch()}
      />
    );
  const scenario = query.data;
  if (!scenario.permissions.canEdit) return <LoadError message={t('errors.FORBIDDEN')} />;
  return (
    <>
      <PageHeader title={t('scenarios.edit.title', { title: scenario.title })} />
      <EditScenarioForm scenario={scenario} />
    </>
  );
}
