'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import { createLessonRecommendationSchema, recommendationLevels, type RecommendationLevel } from '@srw/domain';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { useTRPC } from '@/lib/trpc/client';
import type { PlacementData } from './placement-data';

type Lesson = PlacementData['lessons'][number];

interface LessonRecommendationValues extends Record<string, unknown> {
  title: string;
  description: string;
  level: RecommendationLevel;
  addresseeOrganisationIds: string[];
  conditionIds: string[];
  dueDate: string;
  priority: boolean;
}

const TITLE_MAX = 200;

/** The lesson as a title: whole when it fits, else cut with an ellipsis. */
function titleFrom(lesson: string): string {
  const text = lesson.trim().replace(/\s+/g, ' ');
  return text.length <= TITLE_MAX ? text : `${text.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}

/**
 * Turns one debrief lesson into a recommendation in the register. Prefilled
 * from the lesson; addressed to both organisations of the placement.
 */
export function LessonRecommendationForm({ placement, lesson, onClose }: { placement: PlacementData; lesson: Lesson; onClose: () => void }) {
  const t = useTranslations('placements.debrief');
  const tActions = useTranslations('actions');
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  const conditions = useQuery(trpc.reference.conditions.queryOptions(undefined, { staleTime: Infinity }));
  const form = useForm<LessonRecommendationValues>({
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
  const label = (node: { labelNl: string; labelEn: string }) => (locale === 'en' ? node.labelEn : node.labelNl);
  const nodes = conditions.data ?? [];
  const categories = nodes.filter((c) => c.kind === 'category');
  const indicatorsOf = (categoryId: string) => nodes.filter((c) => c.kind === 'indicator' && c.id.startsWith(`${categoryId}.`));

  return (
    <form
      noValidate
      aria-labelledby={headingId}
      className="mt-3 space-y-4 rounded border border-slate-300 bg-slate-50 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        const input = form.validate(createLessonRecommendationSchema, {
          ...form.values,
          dueDate: form.values.dueDate || null,
          lessonId: lesson.id,
          version: lesson.version,
        });
        if (input) convert.mutate(input);
      }}
    >
      <h3 id={headingId} className="font-semibold text-slate-900">
        {t('convertTitle')}
      </h3>
      <p className="text-sm text-slate-600">{t('convertIntro')}</p>
      <FormAlert error={form.formError} onReload={() => queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() })} />
      <TextField
        label={t('fields.title')}
        required
        maxLength={TITLE_MAX}
        value={form.values.title}
        errors={form.fieldErrors.title}
        onChange={(e) => form.set('title', e.target.value)}
      />
      <TextArea
        label={t('fields.description')}
        rows={3}
        value={form.values.description}
        errors={form.fieldErrors.description}
        onChange={(e) => form.set('description', e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('fields.level')}
          required
          options={recommendationLevels.map((level) => ({ value: level, label: t(`level.${level}`) }))}
          value={form.values.level}
          errors={form.fieldErrors.level}
          onChange={(e) => form.set('level', e.target.value as RecommendationLevel)}
        />
        <TextField
          type="date"
          label={t('fields.dueDate')}
          value={form.values.dueDate}
          errors={form.fieldErrors.dueDate}
          onChange={(e) => form.set('dueDate', e.target.value)}
        />
      </div>
      <CheckboxGroup
        legend={t('fields.addressees')}
        required
        options={(organisations.data ?? []).filter((o) => o.active).map((o) => ({ value: o.id, label: o.name }))}
        value={form.values.addresseeOrganisationIds}
        errors={form.fieldErrors.addresseeOrganisationIds}
        onChange={(value) => form.set('addresseeOrganisationIds', value)}
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">
          {t('fields.conditions')}
          <span aria-hidden className="text-red-700"> *</span>
        </legend>
        <p className="text-xs text-slate-600">{t('fields.conditionsHint')}</p>
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
        {t('fields.priority')}
      </label>
      <div className="flex gap-2">
        <Button type="submit" disabled={convert.isPending}>
          {convert.isPending ? tActions('saving') : t('convertSubmit')}
        </Button>
        <Button variant="ghost" onClick={onClose}>
          {tActions('cancel')}
        </Button>
      </div>
    </form>
  );
}
