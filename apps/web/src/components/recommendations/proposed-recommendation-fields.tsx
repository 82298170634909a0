'use client';

import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { recommendationLevels, type RecommendationLevel } from '@srw/domain';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@/components/forms/fields';
import type { useForm } from '@/components/forms/use-form';
import { useTRPC } from '@/lib/trpc/client';
import { IndicatorPicker } from './indicator-picker';

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
      <IndicatorPicker
        legend={t('proposed.conditions')}
        hint={t('proposed.conditionsHint')}
        value={form.values.conditionIds}
        errors={form.fieldErrors.conditionIds}
        onChange={(value) => form.set('conditionIds', value)}
      />
      <label className="flex items-center gap-2 text-slate-800">
        <input
          type="checkbox"
          className="h-4 w-4 accent-brand-700"
          checked={form.values.priority}
          onChange={(e) => form.set('priority', e.target.checked)}
        />
        {t('proposed.priority')}
      </label>
    </>
  );
}
