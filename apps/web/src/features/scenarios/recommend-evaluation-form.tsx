'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { isConditionIndicatorId } from '@srw/domain';
import { InlineForm } from '@/components/forms/inline-form';
import { useForm } from '@/components/forms/use-form';
import {
  ProposedRecommendationFields,
  proposalFrom,
  proposedRecommendationInput,
  useProposalCallbacks,
  type ProposedRecommendationValues,
} from '@/components/recommendations/proposed-recommendation-fields';
import { useTRPC } from '@/lib/trpc/client';
import type { ExerciseView } from './types';

type Action = ExerciseView['improvementActions'][number];
type Observation = ExerciseView['observations'][number];

/**
 * Turns an evaluation record into a recommendation in the register: an
 * improvement action (prefilled from the action and its observation) or, when
 * no action is given, the observation itself. The user checks and completes it.
 */
export function RecommendEvaluationForm({
  exercise,
  observation,
  action,
  onDone,
}: {
  exercise: ExerciseView;
  observation: Observation;
  action?: Action;
  onDone: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<ProposedRecommendationValues>(
    proposalFrom({
      text: action ? action.action : observation.text,
      description: observation.text,
      addresseeOrganisationIds: action?.ownerOrganisationId
        ? [action.ownerOrganisationId]
        : exercise.groupOrganisations.map((o) => o.id),
      // A recommendation addresses indicators; an observation may name a whole category or sub-variable.
      conditionIds:
        observation.conditionId !== null && isConditionIndicatorId(observation.conditionId)
          ? [observation.conditionId]
          : [],
      dueDate: action?.dueDate,
    }),
  );
  const done = useProposalCallbacks(form, trpc.exercises.pathKey(), onDone);
  const fromAction = useMutation(trpc.exercises.recommendImprovementAction.mutationOptions(done));
  const fromObservation = useMutation(trpc.exercises.recommendObservation.mutationOptions(done));
  const texts = action ? 'scenarios.actions' : 'scenarios.observations';
  return (
    <InlineForm
      title={t(`${texts}.recommendTitle`)}
      intro={t(`${texts}.recommendIntro`)}
      heading="h4"
      tone="brand"
      pending={fromAction.isPending || fromObservation.isPending}
      error={form.formError}
      onReload={() => queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() })}
      submitLabel={t('scenarios.actions.recommendSubmit')}
      onCancel={onDone}
      onSubmit={async () => {
        const proposal = proposedRecommendationInput(form.values);
        if (action) {
          const input = await form.validate('recommendImprovementActionSchema', {
            ...proposal,
            actionId: action.id,
            version: action.version,
          });
          if (input) fromAction.mutate(input);
        } else {
          const input = await form.validate('recommendObservationSchema', {
            ...proposal,
            observationId: observation.id,
            version: observation.version,
          });
          if (input) fromObservation.mutate(input);
        }
      }}
    >
      <ProposedRecommendationFields form={form} organisations={exercise.groupOrganisations} />
    </InlineForm>
  );
}
