'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
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
import type { PlacementData } from './placement-data';

type Lesson = PlacementData['lessons'][number];

/**
 * Turns one debrief lesson into a recommendation in the register. Prefilled
 * from the lesson; addressed to both organisations of the placement.
 */
export function LessonRecommendationForm({
  placement,
  lesson,
  onClose,
}: {
  placement: PlacementData;
  lesson: Lesson;
  onClose: () => void;
}) {
  const t = useTranslations('placements.debrief');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  const form = useForm<ProposedRecommendationValues>(
    proposalFrom({
      text: lesson.lesson,
      description: lesson.lesson,
      addresseeOrganisationIds: [placement.homeOrganisationId, placement.hostOrganisationId],
    }),
  );
  const done = useProposalCallbacks(form, trpc.placements.pathKey(), onClose);
  const convert = useMutation(trpc.placements.createLessonRecommendation.mutationOptions(done));

  return (
    <InlineForm
      title={t('convertTitle')}
      intro={t('convertIntro')}
      pending={convert.isPending}
      error={form.formError}
      onReload={() => queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() })}
      submitLabel={t('convertSubmit')}
      onCancel={onClose}
      onSubmit={async () => {
        const input = await form.validate('createLessonRecommendationSchema', {
          ...proposedRecommendationInput(form.values),
          lessonId: lesson.id,
          version: lesson.version,
        });
        if (input) convert.mutate(input);
      }}
    >
      <ProposedRecommendationFields form={form} organisations={(organisations.data ?? []).filter((o) => o.active)} />
    </InlineForm>
  );
}
