import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { canViewAllAudit, parseAuditFilterQuery, type SearchParams } from '@srw/domain';
import { PageHeader, Section } from '@/components/ui/page-header';
import { FilteredAuditList } from '@/features/audit/audit-list';
import { addressParams, HydrateClient, prefetch, prefetchInfinite, requestUser, trpc } from '@/lib/trpc/server';

export default async function AuditTrailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requestUser();
  if (!user || !canViewAllAudit(user)) notFound();
  const filters = parseAuditFilterQuery(addressParams(await searchParams));
  await Promise.all([
    prefetch(trpc.audit.filterOptions.queryOptions()),
    prefetchInfinite(
      trpc.audit.list.infiniteQueryOptions({ ...filters, limit: 25 }, { getNextPageParam: (last) => last.nextCursor }),
    ),
    prefetch(trpc.backup.status.queryOptions()),
  ]);
  const t = await getTranslations('admin.audit');
  return (
    <HydrateClient>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Section id="audit" title={t('title')}>
        <FilteredAuditList />
      </Section>
    </HydrateClient>
  );
}
