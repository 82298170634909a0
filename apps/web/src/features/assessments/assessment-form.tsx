'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { createAssessmentSchema, todayInNetherlands } from '@srw/domain';
import { TextArea, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

type ScoreChoice = '' | '1' | '2' | '3' | '4' | '5' | 'nvt';

interface ScanValues extends Record<string, unknown> {
  assessedOn: string;
  note: string;
  scores: Record<string, ScoreChoice>;
  evidence: Record<string, string>;
}

/** Scores each indicator 1–5 or n.v.t.; indicators left empty are not part of the scan. */
export function AssessmentForm({ groupId }: { groupId: string }) {
  const t = useTranslations('assessments');
  const tr = useTranslations('recommendations');
  const tc = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const conditions = useQuery(trpc.reference.conditions.queryOptions());
  const [saved, setSaved] = useState(false);
  const form = useForm<ScanValues>({
    assessedOn: todayInNetherlands(),
    note: '',
    scores: {},
    evidence: {},
  });
  const create = useMutation(
    trpc.assessments.create.mutationOptions({
      onSuccess: async () => {
        setSaved(true);
        form.reset({ assessedOn: form.values.assessedOn, note: '', scores: {}, evidence: {} });
        await queryClient.invalidateQueries({ queryKey: trpc.assessments.pathKey() });
      },
      onError: form.fail,
    }),
  );
  const indicators = (conditions.data ?? []).filter((c) => c.kind === 'indicator');
  const categories = (conditions.data ?? []).filter((c) => c.kind === 'category');

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        const scores = Object.entries(form.values.scores)
          .filter(([, choice]) => choice !== '')
          .map(([conditionId, choice]) => ({
            conditionId,
            score: choice === 'nvt' ? null : Number(choice),
            evidence: form.values.evidence[conditionId] ?? '',
          }));
        const input = form.validate(createAssessmentSchema, {
          groupId,
          assessedOn: form.values.assessedOn,
          note: form.values.note,
          scores,
        });
        if (input) create.mutate(input);
      }}
    >
      <FormAlert error={form.formError} />
      {saved ? <Notice>{t('saved')}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <TextField
          type="date"
          label={t('assessedOn')}
          required
          value={form.values.assessedOn}
          errors={form.fieldErrors.assessedOn}
          onChange={(e) => form.set('assessedOn', e.target.value)}
        />
        <TextArea
          label={t('note')}
          rows={2}
          value={form.values.note}
          errors={form.fieldErrors.note}
          onChange={(e) => form.set('note', e.target.value)}
        />
      </div>
      {form.fieldErrors.scores ? <p className="text-sm text-red-700">{form.fieldErrors.scores.join(' ')}</p> : null}
      {categories.map((category) => (
        <fieldset key={category.id} className="rounded border border-slate-200 p-3">
          <legend className="px-1 font-semibold text-brand-800">
            {category.id}. {tr(`category.${category.id}`)}
          </legend>
          <div className="divide-y divide-slate-100">
            {indicators
              .filter((i) => i.id.startsWith(`${category.id}.`))
              .map((indicator) => (
                <div key={indicator.id} className="grid gap-2 py-2 sm:grid-cols-[1fr_8rem_1fr] sm:items-center">
                  <span className="text-sm">
                    <span className="font-mono text-slate-600">{indicator.id}</span> {indicator.labelNl}
                  </span>
                  <select
                    aria-label={t('scoreOf', { indicator: indicator.id })}
                    className="rounded border border-slate-400 bg-white px-2 py-1"
                    value={form.values.scores[indicator.id] ?? ''}
                    onChange={(e) =>
                      form.set('scores', { ...form.values.scores, [indicator.id]: e.target.value as ScoreChoice })
                    }
                  >
                    <option value="">{t('notScored')}</option>
                    {['1', '2', '3', '4', '5'].map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                    <option value="nvt">{t('notApplicable')}</option>
                  </select>
                  <input
                    aria-label={t('evidenceOf', { indicator: indicator.id })}
                    className="rounded border border-slate-400 bg-white px-2 py-1 text-sm"
                    maxLength={1000}
                    value={form.values.evidence[indicator.id] ?? ''}
                    onChange={(e) => form.set('evidence', { ...form.values.evidence, [indicator.id]: e.target.value })}
                  />
                </div>
              ))}
          </div>
        </fieldset>
      ))}
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? tc('actions.saving') : t('submit')}
      </Button>
    </form>
  );
}
