'use client';

import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { recommendationLevels, type RecommendationLevel } from '@srw/domain';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@/components/forms/fields';
import type { useForm } from '@/components/forms/use-form';
import { useTRPC } from '@/lib/trpc/client';

/** What a user fills in when a record of another module becomes a recommendation. */
export interface ProposedRecommendationValues extends Record<string, unknown> {
  title: string;
  description: string;
  level: RecommendationLevel;
  addresseeOrganisationIds: string[];
  conditionIds: string[];
  dueDate: string;
  priority: boolean;
}

type ProposedRecommendationForm = ReturnType<typeof useForm<ProposedRecommendationValues>>;

const TITLE_MAX = 200;

/** A text as a title: whole when it fits, else cut with an ellipsis. */
export function titleFrom(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length <= TITLE_MAX ? flat : `${flat.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}

/** A proposal prefilled from a source record: its text as the title, at the operational level, without priority. */
export function proposalFrom(source: {
  text: string;
  description: string;
  addresseeOrganisationIds: string[];
  conditionIds?: string[];
  dueDate?: string | null;
}): ProposedRecommendationValues {
  return {
    title: titleFrom(source.text),
    description: source.description,
    level: 'operationeel',
    addresseeOrganisationIds: source.addresseeOrganisationIds,
    conditionIds: source.conditionIds ?? [],
    dueDate: source.dueDate ?? '',
    priority: false,
  };
}

/**
 * The mutation callbacks of an "into a recommendation" form: after success the
 * source module and the register are refreshed and the form closes; an error
 * shows in the form, which keeps its input.
 */
export function useProposalCallbacks(form: ProposedRecommendationForm, sourceModule: QueryKey, onDone: () => void) {
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  return {
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: sourceModule }),
        queryClient.invalidateQueries({ queryKey: trpc.recommendations.pathKey() }),
      ]);
      onDone();
    },
    onError: form.fail,
  };
}

/** The form values as the shared `proposedRecommendationSchema` reads them. */
export function proposedRecommendationInput(values: ProposedRecommendationValues) {
  return {
    title: values.title,
    description: values.description,
    level: values.level,
    addresseeOrganisationIds: values.addresseeOrganisationIds,
    conditionIds: values.conditionIds,
    dueDate: values.dueDate || null,
    priority: values.priority,
  };
}

/**
 * The fields of a recommendation made from an improvement action or a debrief
 * lesson: title, explanation, level, target date, addressees, Triad conditions
 * and priority, with the field errors of the shared schema.
 */
export function ProposedRecommendationFields({
  form,
  organisations,
}: {
  form: ProposedRecommendationForm;
  organisations: readonly { id: string; name: string }[];
}) {
  const t = useTranslations('recommendations');
  const locale = useLocale();
  const trpc = useTRPC();
  const conditions = useQuery(trpc.reference.conditions.queryOptions(undefined, { staleTime: Infinity }));
  const label = (node: { labelNl: string; labelEn: string }) => (locale === 'en' ? node.labelEn : node.labelNl);
  const nodes = conditions.data ?? [];
  const categories = nodes.filter((c) => c.kind === 'category');
  const indicatorsOf = (categoryId: string) => nodes.filter((c) => c.kind === 'indicator' && c.id.startsWith(`${categoryId}.`));
  return (
    <>
      <TextField
        label={t('proposed.title')}
        required
        maxLength={TITLE_MAX}
        value={form.values.title}
        errors={form.fieldErrors.title}
        onChange={(e) => form.set('title', e.target.value)}
      />
      <TextArea
        label={t('proposed.description')}
        rows={3}
        value={form.values.description}
        errors={form.fieldErrors.description}
        onChange={(e) => form.set('description', e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('proposed.level')}
          required
          options={recommendationLevels.map((level) => ({ value: level, label: t(`level.${level}`) }))}
          value={form.values.level}
          errors={form.fieldErrors.level}
          onChange={(e) => form.set('level', e.target.value as RecommendationLevel)}
        />
        <TextField
          type="date"
          label={t('proposed.dueDate')}
          value={form.values.dueDate}
          errors={form.fieldErrors.dueDate}
          onChange={(e) => form.set('dueDate', e.target.value)}
        />
      </div>
      <CheckboxGroup
        legend={t('proposed.addressees')}
        required
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        value={form.values.addresseeOrganisationIds}
        errors={form.fieldErrors.addresseeOrganisationIds}
        onChange={(value) => form.set('addresseeOrganisationIds', value)}
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">
          {t('proposed.conditions')}
          <span aria-hidden className="text-red-700"> *</span>
        </legend>
        <p className="text-xs text-slate-600">{t('proposed.conditionsHint')}</p>
        {form.fieldErrors.conditionIds ? <p className="text-sm text-red-700">{form.fieldErrors.conditionIds.join(' ')}</p> : null}
        {categories.map((category) => (
          <CheckboxGroup
            key={category.id}
            legend={`${category.id}. ${label(category)}`}
            options={indicatorsOf(category.id).map((c) => ({ value: c.id, label: `${c.id} ${label(c)}` }))}
            value={form.values.conditionIds.filter((id) => id.startsWith(`${category.id}.`))}
            onChange={(value) => form.set('conditionIds', [...form.values.conditionIds.filter((id) => !id.startsWith(`${category.id}.`)), ...value])}
          />
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-slate-800">
        <input type="checkbox" className="h-4 w-4 accent-brand-700" checked={form.values.priority} onChange={(e) => form.set('priority', e.target.checked)} />
        {t('proposed.priority')}
      </label>
    </>
  );
}
