'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import {
  readsEveryGroup,
  recommendationLevels,
  type RecommendationFilterQuery,
  type RecommendationLevel,
} from '@srw/domain';
import { SelectField, TextField } from '@/components/forms/fields';
import { useSessionUser } from '@/components/shell/session-user';
import { useTRPC } from '@/lib/trpc/client';
import { useLocalisedLabel } from '@/i18n/use-localised-label';

/** Group, organisation, level, condition and period: shared by the register and the dashboard. */
export function RecommendationFilters({
  values,
  onChange,
}: {
  values: RecommendationFilterQuery;
  onChange: (next: RecommendationFilterQuery) => void;
}) {
  const t = useTranslations('recommendations');
  const localised = useLocalisedLabel();
  const trpc = useTRPC();
  const user = useSessionUser();
  const groups = useQuery(
    trpc.workingGroups.list.queryOptions({ scope: readsEveryGroup(user) ? 'all' : 'mine', limit: 100 }),
  );
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  const conditions = useQuery(trpc.reference.conditions.queryOptions());
  const set = <K extends keyof RecommendationFilterQuery>(key: K, value: RecommendationFilterQuery[K]) =>
    onChange({ ...values, [key]: value });
  const conditionOptions = (conditions.data ?? [])
    .filter((node) => node.kind !== 'sub_variable')
    .map((node) => ({
      value: node.id,
      label: node.kind === 'category' ? `${node.id}. ${t(`category.${node.id}`)}` : `   ${node.id} ${localised(node)}`,
    }));

  return (
    <fieldset className="no-print mb-6 grid gap-3 rounded border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3">
      <legend className="sr-only">{t('filters.label')}</legend>
      <SelectField
        label={t('filters.group')}
        placeholder={t('filters.all')}
        options={[
          { value: 'none', label: t('managementLevel') },
          ...(groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name })),
        ]}
        value={values.groupId ?? ''}
        onChange={(e) => set('groupId', e.target.value || null)}
      />
      <SelectField
        label={t('filters.organisation')}
        placeholder={t('filters.all')}
        options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        value={values.organisationId ?? ''}
        onChange={(e) => set('organisationId', e.target.value || null)}
      />
      <SelectField
        label={t('filters.level')}
        placeholder={t('filters.all')}
        options={recommendationLevels.map((level) => ({ value: level, label: t(`level.${level}`) }))}
        value={values.level ?? ''}
        onChange={(e) => set('level', (e.target.value || null) as RecommendationLevel | null)}
      />
      <SelectField
        label={t('filters.condition')}
        placeholder={t('filters.all')}
        options={conditionOptions}
        value={values.condition ?? ''}
        onChange={(e) => set('condition', e.target.value || null)}
      />
      <TextField
        type="date"
        label={t('filters.from')}
        value={values.from ?? ''}
        onChange={(e) => set('from', e.target.value || null)}
      />
      <TextField
        type="date"
        label={t('filters.to')}
        value={values.to ?? ''}
        onChange={(e) => set('to', e.target.value || null)}
      />
    </fieldset>
  );
}
