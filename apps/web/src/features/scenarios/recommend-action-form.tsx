'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { recommendImprovementActionSchema } from '@srw/domain';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import {
  ProposedRecommendationFields,
  proposedRecommendationInput,
  titleFrom,
  type ProposedRecommendationValues,
} from '@/components/recommendations/proposed-recommendation-fields';
import { Button } from '@/components/ui/button';
import { useTRPC } from '@/lib/trpc/client';
import type { ExerciseView } from './types';

type Action = ExerciseView['improvementActions'][number];
type Observation = ExerciseView['observations'][number];

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
  const form = useForm<ProposedRecommendationValues>({
    title: titleFrom(action.action),
    description: observation.text,
    level: 'operationeel',
    addresseeOrganisationIds: action.ownerOrganisationId ? [action.ownerOrganisationId] : exercise.groupOrganisations.map((o) => o.id),
    conditionIds: isIndicator(observation.conditionId) ? [observation.conditionId] : [],
    dueDate: action.dueDate ?? '',
    priority: false,
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
  return (
    <form
      noValidate
      aria-label={t('scenarios.actions.recommendTitle')}
      className="mt-3 rounded border border-brand-100 bg-brand-50 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        const input = form.validate(recommendImprovementActionSchema, {
          ...proposedRecommendationInput(form.values),
          actionId: action.id,
          version: action.version,
        });
        if (input) recommend.mutate(input);
      }}
    >
      <fieldset disabled={recommend.isPending} className="space-y-3">
        <h4 className="font-semibold text-brand-800">{t('scenarios.actions.recommendTitle')}</h4>
        <p className="text-sm text-slate-700">{t('scenarios.actions.recommendIntro')}</p>
        <FormAlert error={form.formError} />
        <ProposedRecommendationFields form={form} organisations={exercise.groupOrganisations} />
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
