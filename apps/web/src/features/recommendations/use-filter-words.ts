'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import type { RecommendationFilterQuery } from '@srw/domain';
import { describeFilters } from '@/components/print/print-css';
import { useTRPC } from '@/lib/trpc/client';
import type { DashboardData } from './dashboard-figures';

/** The dashboard's filters in words, as its filter fields name them, for a printed page; `null` when none is set. */
export function useFilterWords(): (filterQuery: RecommendationFilterQuery, data: DashboardData) => string | null {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  return (filterQuery, data) => {
    const groupName = (id: string) =>
      id === 'none' ? t('recommendations.managementLevel') : (data.byGroup.find((g) => g.key === id)?.label ?? id);
    const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00`), { dateStyle: 'medium' });
    return describeFilters([
      {
        label: t('recommendations.filters.group'),
        value: filterQuery.groupId ? groupName(filterQuery.groupId) : null,
      },
      {
        label: t('recommendations.filters.organisation'),
        value: filterQuery.organisationId
          ? (organisations.data?.find((o) => o.id === filterQuery.organisationId)?.name ?? filterQuery.organisationId)
          : null,
      },
      {
        label: t('recommendations.filters.level'),
        value: filterQuery.level ? t(`recommendations.level.${filterQuery.level}`) : null,
      },
      { label: t('recommendations.filters.condition'), value: filterQuery.condition },
      { label: t('recommendations.filters.from'), value: filterQuery.from ? date(filterQuery.from) : null },
      { label: t('recommendations.filters.to'), value: filterQuery.to ? date(filterQuery.to) : null },
    ]);
  };
}
