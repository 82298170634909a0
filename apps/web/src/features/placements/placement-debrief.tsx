'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { isClosedStatus } from '@srw/domain';
import { TextArea } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/page-header';
import { Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import type { PlacementData } from './placement-data';
import { LessonRecommendationForm } from './placement-lesson-recommendation';

type Lesson = PlacementData['lessons'][number];

interface DraftLesson {
  /** The stored lesson this draft started from; null for a new one. */
  id: string | null;
  text: string;
}

function DebriefForm({ placement }: { placement: PlacementData }) {
  const t = useTranslations('placements.debrief');
  const tActions = useTranslations('actions');
  const tStates = useTranslations('states');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm<{ whatWorked: string; whatDidNotWork: string; lessons: DraftLesson[] }>({
    whatWorked: placement.debriefWhatWorked ?? '',
    whatDidNotWork: placement.debriefWhatDidNotWork ?? '',
    lessons: placement.lessons.map((l) => ({ id: l.id, text: l.lesson })),
  });
  // Looked up on every render: a lesson converted while this form is open locks at once, with its stored text.
  const convertedText = new Map(placement.lessons.filter((l) => l.converted).map((l) => [l.id, l.lesson]));
  const lockedText = (draft: DraftLesson) => (draft.id === null ? undefined : convertedText.get(draft.id));
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
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved(false);
        const input = await form.validate('saveDebriefSchema', {
          id: placement.id,
          version: placement.version,
          ...form.values,
          lessons: form.values.lessons.map((l) => lockedText(l) ?? l.text),
        });
        if (input) save.mutate(input);
      }}
    >
      <FormAlert
        error={form.formError}
        onReload={() => queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() })}
      />
      {saved ? <Notice>{tStates('saved')}</Notice> : null}
      <TextArea
        label={t('whatWorked')}
        value={form.values.whatWorked}
        errors={form.fieldErrors.whatWorked}
        onChange={(e) => form.set('whatWorked', e.target.value)}
      />
      <TextArea
        label={t('whatDidNotWork')}
        value={form.values.whatDidNotWork}
        errors={form.fieldErrors.whatDidNotWork}
        onChange={(e) => form.set('whatDidNotWork', e.target.value)}
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t('lessons')}</legend>
        {form.fieldErrors.lessons ? <p className="text-sm text-red-700">{form.fieldErrors.lessons.join(' ')}</p> : null}
        {form.values.lessons.map((lesson, index) => {
          const locked = lockedText(lesson);
          return (
            <div key={index} className="flex items-end gap-2">
              <div className="flex-1">
                <TextArea
                  label={t('lesson', { number: index + 1 })}
                  hint={locked !== undefined ? t('lockedLesson') : undefined}
                  rows={2}
                  required
                  readOnly={locked !== undefined}
                  value={locked ?? lesson.text}
                  errors={form.fieldErrors[`lessons.${index}`]}
                  onChange={(e) =>
                    form.set(
                      'lessons',
                      form.values.lessons.map((l, i) => (i === index ? { ...l, text: e.target.value } : l)),
                    )
                  }
                />
              </div>
              {locked !== undefined ? null : (
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() =>
                    form.set(
                      'lessons',
                      form.values.lessons.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('removeLesson')}
                  <span className="sr-only"> {index + 1}</span>
                </Button>
              )}
            </div>
          );
        })}
        <Button
          variant="secondary"
          size="sm"
          onClick={() => form.set('lessons', [...form.values.lessons, { id: null, text: '' }])}
        >
          {t('addLesson')}
        </Button>
      </fieldset>
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? tActions('saving') : t('save')}
      </Button>
    </form>
  );
}

function LessonItem({ placement, lesson }: { placement: PlacementData; lesson: Lesson }) {
  const t = useTranslations('placements.debrief');
  const [converting, setConverting] = useState(false);
  return (
    <li className="rounded border border-slate-200 p-3">
      <p className="whitespace-pre-line text-slate-900">{lesson.lesson}</p>
      <div className="mt-1 text-sm text-slate-600">
        {lesson.recommendation ? (
          <Link
            href={`/aanbevelingen/${lesson.recommendation.id}`}
            className="font-medium text-brand-700 underline underline-offset-2"
          >
            {t('recommendationLink', { code: lesson.recommendation.code })}
          </Link>
        ) : lesson.converted ? (
          t('convertedHidden')
        ) : lesson.permissions.canConvert ? (
          converting ? null : (
            <Button variant="secondary" size="sm" onClick={() => setConverting(true)}>
              {t('convert')}
            </Button>
          )
        ) : (
          t('notLinked')
        )}
        {lesson.recommendation ? <span className="ml-2">{lesson.recommendation.title}</span> : null}
      </div>
      {converting && !lesson.converted ? (
        <LessonRecommendationForm placement={placement} lesson={lesson} onClose={() => setConverting(false)} />
      ) : null}
    </li>
  );
}

export function PlacementDebrief({ placement }: { placement: PlacementData }) {
  const t = useTranslations('placements.debrief');
  const closed = isClosedStatus(placement.status);
  return (
    <Section id="debrief" title={t('title')} intro={t('intro')}>
      {!closed ? (
        <p className="text-slate-600">{t('notYet')}</p>
      ) : (
        <>
          {placement.lessons.length > 0 ? (
            <ul className="mb-4 space-y-2" aria-label={t('lessons')}>
              {placement.lessons.map((lesson) => (
                <LessonItem key={lesson.id} placement={placement} lesson={lesson} />
              ))}
            </ul>
          ) : null}
          {placement.permissions.canDebrief ? (
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
