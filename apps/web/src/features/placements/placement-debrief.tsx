'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { isClosedStatus } from '@srw/domain';
import { TextArea } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { EditConflictPanel } from '@/components/forms/edit-conflict';
import { useEditForm } from '@/components/forms/use-edit-form';
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

function debriefValues(placement: PlacementData): DebriefValues {
  return {
    whatWorked: placement.debriefWhatWorked ?? '',
    whatDidNotWork: placement.debriefWhatDidNotWork ?? '',
    lessons: placement.lessons.map((l) => ({ id: l.id, text: l.lesson })),
  };
}

interface DebriefValues extends Record<string, unknown> {
  whatWorked: string;
  whatDidNotWork: string;
  lessons: DraftLesson[];
}

/** The conflict view names the debrief's fields as the form does. */
function debriefFieldLabel(t: (key: 'whatWorked' | 'whatDidNotWork' | 'lessons') => string, path: readonly string[]) {
  const [field] = path;
  return field === 'whatWorked' || field === 'whatDidNotWork' || field === 'lessons' ? t(field) : null;
}

/**
 * The debrief stays mounted while the placement changes: text being typed is
 * kept, a change by someone else is announced and compared like every edit
 * form (`useEditForm`), and a stale save becomes a conflict, never a loss.
 */
function DebriefForm({ placement }: { placement: PlacementData }) {
  const t = useTranslations('placements.debrief');
  const tActions = useTranslations('actions');
  const tStates = useTranslations('states');
  const trpc = useTRPC();
  const edit = useEditForm({
    record: placement,
    toValues: debriefValues,
    update: trpc.placements.saveDebrief,
    latest: trpc.placements.get.queryOptions({ id: placement.id }),
    invalidates: trpc.placements.pathKey(),
    live: 'placement',
  });
  const { form, submit, pending, saved } = edit;
  // Looked up on every render: a lesson converted while this form is open locks at once, with its stored text.
  // A lesson added in this form has no id until the page reloads it: it is matched by place and text.
  const convertedText = new Map(placement.lessons.filter((l) => l.converted).map((l) => [l.id, l.lesson]));
  const lockedText = (draft: DraftLesson, index: number) => {
    if (draft.id !== null) return convertedText.get(draft.id);
    const stored = placement.lessons[index];
    return stored?.converted && stored.lesson === draft.text ? stored.lesson : undefined;
  };
  return (
    <form
      method="post"
      noValidate
      className="max-w-3xl space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        await submit('saveDebriefSchema', {
          whatWorked: form.values.whatWorked,
          whatDidNotWork: form.values.whatDidNotWork,
          lessons: form.values.lessons.map((l, index) => lockedText(l, index) ?? l.text),
        });
      }}
    >
      <FormAlert error={form.formError} />
      <EditConflictPanel edit={edit} fieldLabel={(path) => debriefFieldLabel(t, path)} />
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
          const locked = lockedText(lesson, index);
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
      <Button type="submit" disabled={pending}>
        {pending ? tActions('saving') : t('save')}
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
            <DebriefForm placement={placement} />
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
