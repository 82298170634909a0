import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getSessionUser } from '@srw/api/server';
import { canViewAllAudit } from '@srw/domain';
import { PageHeader, Section } from '@/components/ui/page-header';
import { FilteredAuditList } from '@/features/audit/audit-list';

export default async function AuditTrailPage() {
  const user = await getSessionUser(new Headers(await headers()));
  if (!user || !canViewAllAudit(user)) notFound();
  const t = await getTranslations('admin.audit');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Section id="audit" title={t('title')}>
        <FilteredAuditList />
      </Section>
    </>
  );
}
