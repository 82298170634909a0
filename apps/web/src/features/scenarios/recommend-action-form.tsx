'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { recommendationLevels, recommendImprovementActionSchema, type RecommendationLevel } from '@srw/domain';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { useTRPC } from '@/lib/trpc/client';
import { useReferenceData } from './reference-data';
import type { ExerciseView } from './types';

type Action = ExerciseView['improvementActions'][number];
type Observation = ExerciseView['observations'][number];

interface RecommendFormValues extends Record<string, unknown> {
  title: string;
  description: string;
  level: RecommendationLevel;
  addresseeOrganisationIds: string[];
  conditionId: string;
  dueDate: string;
}

const isIndicator = (id: string) => /^\d+\.\d+\.[a-z]$/.test(id);

/**
 * Turns an improvement action into a recommendation in the register, prefilled
 * from the action and its observation; the user checks and completes it.
 */
export function RecommendActionForm({
  exercise,
  action,
  observation,
  onDone,
}: {
  exercise: ExerciseView;
  action: Action;
  observation: Observation;
  onDone: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reference = useReferenceData();
  const form = useForm<RecommendFormValues>({
    title: action.action.slice(0, 200),
    description: observation.text,
    level: 'operationeel',
    addresseeOrganisationIds: action.ownerOrganisationId ? [action.ownerOrganisationId] : exercise.groupOrganisations.map((o) => o.id),
    conditionId: isIndicator(observation.conditionId) ? observation.conditionId : '',
    dueDate: action.dueDate ?? '',
  });
  const recommend = useMutation(
    trpc.exercises.recommendImprovementAction.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.recommendations.pathKey() }),
        ]);
        onDone();
      },
      onError: form.fail,
    }),
  );
  const indicatorOptions = reference.conditionTree.flatMap((category) =>
    category.options.filter((o) => o.kind === 'indicator').map((o) => ({ value: o.value, label: o.label })),
  );
  return (
    <form
      noValidate
      aria-label={t('scenarios.actions.recommendTitle')}
      className="mt-3 rounded border border-brand-100 bg-brand-50 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        const input = form.validate(recommendImprovementActionSchema, {
          actionId: action.id,
          version: action.version,
          title: form.values.title,
          description: form.values.description,
          level: form.values.level,
          addresseeOrganisationIds: form.values.addresseeOrganisationIds,
          conditionIds: form.values.conditionId ? [form.values.conditionId] : [],
          dueDate: form.values.dueDate || null,
        });
        if (input) recommend.mutate(input);
      }}
    >
      <fieldset disabled={recommend.isPending} className="space-y-3">
        <h4 className="font-semibold text-brand-800">{t('scenarios.actions.recommendTitle')}</h4>
        <p className="text-sm text-slate-700">{t('scenarios.actions.recommendIntro')}</p>
        <FormAlert error={form.formError} />
        <TextField
          required
          label={t('scenarios.actions.recommendation.title')}
          value={form.values.title}
          errors={form.fieldErrors.title}
          onChange={(e) => form.set('title', e.target.value)}
        />
        <TextArea
          rows={3}
          label={t('scenarios.actions.recommendation.description')}
          value={form.values.description}
          errors={form.fieldErrors.description}
          onChange={(e) => form.set('description', e.target.value)}
        />
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField
            required
            label={t('scenarios.actions.recommendation.level')}
            options={recommendationLevels.map((level) => ({ value: level, label: t(`recommendations.level.${level}`) }))}
            value={form.values.level}
            errors={form.fieldErrors.level}
            onChange={(e) => form.set('level', e.target.value as RecommendationLevel)}
          />
          <SelectField
            required
            label={t('scenarios.actions.recommendation.condition')}
            placeholder={t('scenarios.fields.choose')}
            options={indicatorOptions}
            value={form.values.conditionId}
            errors={form.fieldErrors.conditionIds}
            onChange={(e) => form.set('conditionId', e.target.value)}
          />
          <TextField
            type="date"
            label={t('scenarios.actions.dueDate')}
            value={form.values.dueDate}
            errors={form.fieldErrors.dueDate}
            onChange={(e) => form.set('dueDate', e.target.value)}
          />
        </div>
        <CheckboxGroup
          required
          legend={t('scenarios.actions.recommendation.addressees')}
          options={exercise.groupOrganisations.map((o) => ({ value: o.id, label: o.name }))}
          value={form.values.addresseeOrganisationIds}
          errors={form.fieldErrors.addresseeOrganisationIds}
          onChange={(value) => form.set('addresseeOrganisationIds', value)}
        />
        <div className="flex gap-2">
          <Button type="submit">{recommend.isPending ? t('actions.saving') : t('scenarios.actions.recommendSubmit')}</Button>
          <Button variant="secondary" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
