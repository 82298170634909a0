'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { createLessonRecommendationSchema } from '@srw/domain';
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
import type { PlacementData } from './placement-data';

type Lesson = PlacementData['lessons'][number];

/**
 * Turns one debrief lesson into a recommendation in the register. Prefilled
 * from the lesson; addressed to both organisations of the placement.
 */
export function LessonRecommendationForm({ placement, lesson, onClose }: { placement: PlacementData; lesson: Lesson; onClose: () => void }) {
  const t = useTranslations('placements.debrief');
  const tActions = useTranslations('actions');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  const form = useForm<ProposedRecommendationValues>({
    title: titleFrom(lesson.lesson),
    description: lesson.lesson,
    level: 'operationeel',
    addresseeOrganisationIds: [placement.homeOrganisationId, placement.hostOrganisationId],
    conditionIds: [],
    dueDate: '',
    priority: false,
  });
  const convert = useMutation(
    trpc.placements.createLessonRecommendation.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.recommendations.pathKey() }),
        ]);
        onClose();
      },
      onError: form.fail,
    }),
  );

  return (
    <form
      noValidate
      aria-labelledby={headingId}
      className="mt-3 rounded border border-slate-300 bg-slate-50 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        const input = form.validate(createLessonRecommendationSchema, {
          ...proposedRecommendationInput(form.values),
          lessonId: lesson.id,
          version: lesson.version,
        });
        if (input) convert.mutate(input);
      }}
    >
      <fieldset disabled={convert.isPending} className="space-y-4">
        <h3 id={headingId} className="font-semibold text-slate-900">
          {t('convertTitle')}
        </h3>
        <p className="text-sm text-slate-600">{t('convertIntro')}</p>
        <FormAlert error={form.formError} onReload={() => queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() })} />
        <ProposedRecommendationFields form={form} organisations={(organisations.data ?? []).filter((o) => o.active)} />
        <div className="flex gap-2">
          <Button type="submit">{convert.isPending ? tActions('saving') : t('convertSubmit')}</Button>
          <Button variant="ghost" onClick={onClose}>
            {tActions('cancel')}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
