'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { conditionIndicatorIdSchema, recommendImprovementActionSchema } from '@srw/domain';
import { InlineForm } from '@/components/forms/inline-form';
import { useForm } from '@/components/forms/use-form';
import {
  ProposedRecommendationFields,
  proposedRecommendationInput,
  titleFrom,
  type ProposedRecommendationValues,
} from '@/components/recommendations/proposed-recommendation-fields';
import { useTRPC } from '@/lib/trpc/client';
import type { ExerciseView } from './types';

type Action = ExerciseView['improvementActions'][number];
type Observation = ExerciseView['observations'][number];

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
    // A recommendation addresses indicators; an observation may name a whole category or sub-variable.
    conditionIds: conditionIndicatorIdSchema.safeParse(observation.conditionId).success ? [observation.conditionId] : [],
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
    <InlineForm
      title={t('scenarios.actions.recommendTitle')}
      intro={t('scenarios.actions.recommendIntro')}
      heading="h4"
      tone="brand"
      pending={recommend.isPending}
      error={form.formError}
      submitLabel={t('scenarios.actions.recommendSubmit')}
      onCancel={onDone}
      onSubmit={() => {
        const input = form.validate(recommendImprovementActionSchema, {
          ...proposedRecommendationInput(form.values),
          actionId: action.id,
          version: action.version,
        });
        if (input) recommend.mutate(input);
      }}
    >
      <ProposedRecommendationFields form={form} organisations={exercise.groupOrganisations} />
    </InlineForm>
  );
}
