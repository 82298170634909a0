'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { todayInNetherlands, type AssessmentGroupPermissions } from '@srw/domain';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { useLocalisedLabel } from '@/i18n/use-localised-label';

type ScoreChoice = '' | '1' | '2' | '3' | '4' | '5' | 'nvt';

interface ScanValues extends Record<string, unknown> {
  /** '' starts a new round; otherwise the round the organisation's scores go into. */
  roundId: string;
  /** The version of the chosen round when it was loaded: saving over a newer one is a conflict. */
  roundVersion: number;
  organisationId: string;
  breakGlassReason: string;
  assessedOn: string;
  note: string;
  scores: Record<string, ScoreChoice>;
  evidence: Record<string, string>;
}

export interface ScanRound {
  id: string;
  version: number;
  assessedOn: string;
  note: string;
}

/**
 * Scores each indicator 1–5 or n.v.t. for one organisation, in a new round or
 * in an existing one (the other organisations' scores there stay); indicators
 * left empty are not part of that organisation's scan.
 */
export function AssessmentForm({
  groupId,
  scoreFor,
  organisations,
  rounds,
}: {
  groupId: string;
  scoreFor: AssessmentGroupPermissions['scoreFor'];
  organisations: { id: string; name: string }[];
  rounds: ScanRound[];
}) {
  const t = useTranslations('assessments');
  const tr = useTranslations('recommendations');
  const tc = useTranslations();
  const localised = useLocalisedLabel();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const conditions = useQuery(trpc.reference.conditions.queryOptions());
  const [saved, setSaved] = useState(false);
  const today = todayInNetherlands();
  const form = useForm<ScanValues>({
    roundId: '',
    roundVersion: 0,
    organisationId: scoreFor[0]?.organisationId ?? '',
    breakGlassReason: '',
    assessedOn: today,
    note: '',
    scores: {},
    evidence: {},
  });
  const onSuccess = async (row: { version: number }) => {
    setSaved(true);
    const roundVersion = form.values.roundId ? row.version : 0;
    form.reset({ ...form.values, roundVersion, breakGlassReason: '', scores: {}, evidence: {} });
    await queryClient.invalidateQueries({ queryKey: trpc.assessments.pathKey() });
  };
  const create = useMutation(trpc.assessments.create.mutationOptions({ onSuccess, onError: form.fail }));
  const update = useMutation(trpc.assessments.update.mutationOptions({ onSuccess, onError: form.fail }));
  const pending = create.isPending || update.isPending;
  const indicators = (conditions.data ?? []).filter((c) => c.kind === 'indicator');
  const categories = (conditions.data ?? []).filter((c) => c.kind === 'category');
  const mode = scoreFor.find((s) => s.organisationId === form.values.organisationId)?.mode ?? null;
  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? id;
  const date = (value: string) => format.dateTime(new Date(`${value}T12:00:00`), { dateStyle: 'long' });

  /** Choosing an existing round (or another organisation in it) loads what that organisation scored there, to correct it. */
  const choose = async (roundId: string, organisationId: string) => {
    setSaved(false);
    const round = rounds.find((r) => r.id === roundId);
    const base = {
      ...form.values,
      roundId,
      roundVersion: round?.version ?? 0,
      organisationId,
      scores: {},
      evidence: {},
    };
    if (!round) {
      form.reset({ ...base, assessedOn: form.values.roundId ? today : form.values.assessedOn, note: '' });
      return;
    }
    form.reset({ ...base, assessedOn: round.assessedOn, note: round.note });
    const detail = await queryClient.fetchQuery(trpc.assessments.get.queryOptions({ id: roundId }));
    const own = detail.scores.filter((s) => s.organisationId === organisationId);
    form.reset({
      ...base,
      assessedOn: round.assessedOn,
      note: round.note,
      scores: Object.fromEntries(own.map((s) => [s.conditionId, s.score === null ? 'nvt' : String(s.score)])) as Record<
        string,
        ScoreChoice
      >,
      evidence: Object.fromEntries(own.map((s) => [s.conditionId, s.evidence])),
    });
  };

  return (
    <form
      method="post"
      noValidate
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved(false);
        const scores = Object.entries(form.values.scores)
          .filter(([, choice]) => choice !== '')
          .map(([conditionId, choice]) => ({
            conditionId,
            score: choice === 'nvt' ? null : Number(choice),
            evidence: form.values.evidence[conditionId] ?? '',
          }));
        const side = {
          organisationId: form.values.organisationId,
          breakGlassReason: mode === 'breakGlass' ? form.values.breakGlassReason : '',
          assessedOn: form.values.assessedOn,
          note: form.values.note,
          scores,
        };
        if (form.values.roundId) {
          const input = await form.validate('updateAssessmentSchema', {
            ...side,
            id: form.values.roundId,
            version: form.values.roundVersion,
          });
          if (input) update.mutate(input);
        } else {
          const input = await form.validate('createAssessmentSchema', { ...side, groupId });
          if (input) create.mutate(input);
        }
      }}
    >
      <FormAlert error={form.formError} />
      {saved ? <Notice>{t('saved')}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('scoreForOrganisation')}
          required
          value={form.values.organisationId}
          errors={form.fieldErrors.organisationId}
          options={scoreFor.map((s) => ({ value: s.organisationId, label: nameOf(s.organisationId) }))}
          onChange={(e) => void choose(form.values.roundId, e.target.value)}
        />
        <SelectField
          label={t('round')}
          value={form.values.roundId}
          options={[
            { value: '', label: t('newRound') },
            ...rounds.map((r) => ({ value: r.id, label: t('roundOf', { date: date(r.assessedOn) }) })),
          ]}
          onChange={(e) => void choose(e.target.value, form.values.organisationId)}
        />
      </div>
      {mode === 'breakGlass' ? (
        <TextArea
          label={t('breakGlassReason')}
          hint={t('breakGlassHint')}
          required
          rows={2}
          value={form.values.breakGlassReason}
          errors={form.fieldErrors.breakGlassReason}
          onChange={(e) => form.set('breakGlassReason', e.target.value)}
        />
      ) : null}
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
                    <span className="font-mono text-slate-600">{indicator.id}</span> {localised(indicator)}
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
      <Button type="submit" disabled={pending}>
        {pending ? tc('actions.saving') : t('submit')}
      </Button>
    </form>
  );
}
