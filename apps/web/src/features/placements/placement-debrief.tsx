'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { saveDebriefSchema } from '@srw/domain';
import { TextArea } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/page-header';
import { Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import type { PlacementData } from './placement-data';

function DebriefForm({ placement }: { placement: PlacementData }) {
  const t = useTranslations('placements.debrief');
  const tActions = useTranslations('actions');
  const tStates = useTranslations('states');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm<{ whatWorked: string; whatDidNotWork: string; lessons: string[] }>({
    whatWorked: placement.debriefWhatWorked ?? '',
    whatDidNotWork: placement.debriefWhatDidNotWork ?? '',
    lessons: placement.lessons.map((l) => l.lesson),
  });
  const save = useMutation(
    trpc.placements.saveDebrief.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() });
      },
      onError: (error) => {
        setSaved(false);
        form.fail(error);
      },
    }),
  );
  return (
    <form
      noValidate
      className="max-w-3xl space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        const input = form.validate(saveDebriefSchema, { id: placement.id, version: placement.version, ...form.values });
        if (input) save.mutate(input);
      }}
    >
      <FormAlert error={form.formError} onReload={() => queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() })} />
      {saved ? <Notice>{tStates('saved')}</Notice> : null}
      <TextArea label={t('whatWorked')} value={form.values.whatWorked} errors={form.fieldErrors.whatWorked} onChange={(e) => form.set('whatWorked', e.target.value)} />
      <TextArea
        label={t('whatDidNotWork')}
        value={form.values.whatDidNotWork}
        errors={form.fieldErrors.whatDidNotWork}
        onChange={(e) => form.set('whatDidNotWork', e.target.value)}
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t('lessons')}</legend>
        {form.values.lessons.map((lesson, index) => (
          <div key={index} className="flex items-end gap-2">
            <div className="flex-1">
              <TextArea
                label={t('lesson', { number: index + 1 })}
                rows={2}
                required
                value={lesson}
                errors={form.fieldErrors[`lessons.${index}`]}
                onChange={(e) => form.set('lessons', form.values.lessons.map((l, i) => (i === index ? e.target.value : l)))}
              />
            </div>
            <Button variant="ghost" size="sm" onClick={() => form.set('lessons', form.values.lessons.filter((_, i) => i !== index))}>
              {t('removeLesson')}
              <span className="sr-only"> {index + 1}</span>
            </Button>
          </div>
        ))}
        <Button variant="secondary" size="sm" onClick={() => form.set('lessons', [...form.values.lessons, ''])}>
          {t('addLesson')}
        </Button>
      </fieldset>
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? tActions('saving') : t('save')}
      </Button>
    </form>
  );
}

export function PlacementDebrief({ placement }: { placement: PlacementData }) {
  const t = useTranslations('placements.debrief');
  const closed = placement.status === 'afgerond' || placement.status === 'afgebroken';
  return (
    <Section id="debrief" title={t('title')} intro={t('intro')}>
      {!closed ? (
        <p className="text-slate-600">{t('notYet')}</p>
      ) : (
        <>
          {placement.lessons.length > 0 ? (
            <ul className="mb-4 space-y-2">
              {placement.lessons.map((lesson) => (
                <li key={lesson.id} className="rounded border border-slate-200 p-3">
                  <p className="text-slate-900">{lesson.lesson}</p>
                  <p className="mt-1 text-xs text-slate-600">
                    {lesson.recommendationId ? t('linkedRecommendation', { id: lesson.recommendationId }) : t('notLinked')}
                  </p>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="mb-4 text-sm text-slate-600">{t('recommendationsLater')}</p>
          {placement.permissions.debrief ? (
            <DebriefForm key={placement.version} placement={placement} />
          ) : placement.debriefedAt ? (
            <dl className="space-y-2">
              <dt className="text-sm font-medium text-slate-600">{t('whatWorked')}</dt>
              <dd className="whitespace-pre-line">{placement.debriefWhatWorked}</dd>
              <dt className="text-sm font-medium text-slate-600">{t('whatDidNotWork')}</dt>
              <dd className="whitespace-pre-line">{placement.debriefWhatDidNotWork}</dd>
            </dl>
          ) : (
            <p className="text-slate-600">{t('empty')}</p>
          )}
        </>
      )}
    </Section>
  );
}
