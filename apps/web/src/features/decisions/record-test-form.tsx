'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useDeferredValue, useState } from 'react';
import { decisionTestResults, type DecisionTestResult } from '@srw/domain';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

interface RecordValues extends Record<string, unknown> {
  target: string;
  result: DecisionTestResult | '';
  note: string;
  testedOn: string;
}

const emptyValues: RecordValues = { target: '', result: '', note: '', testedOn: '' };

/** The target select holds `scenario:<id>` or `exercise:<id>`; the schema wants exactly one of the two ids. */
function toInput(decisionId: string, values: RecordValues) {
  const [kind, id] = values.target.split(':');
  return {
    decisionId,
    scenarioId: kind === 'scenario' ? id : null,
    exerciseId: kind === 'exercise' ? id : null,
    result: values.result || undefined,
    note: values.note,
    testedOn: values.testedOn || null,
  };
}

export function RecordTestForm({ decisionId, onDone }: { decisionId: string; onDone: () => Promise<void> }) {
  const t = useTranslations('decisions.tests');
  const td = useTranslations('decisions');
  const trpc = useTRPC();
  const form = useForm<RecordValues>(emptyValues);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const targets = useQuery(trpc.decisions.testTargets.queryOptions({ decisionId, search: deferredSearch }));
  const record = useMutation(
    trpc.decisions.recordTest.mutationOptions({
      onSuccess: async () => {
        form.reset(emptyValues);
        setSearch('');
        await onDone();
      },
      onError: form.fail,
    }),
  );
  const options = (targets.data ?? []).map((target) => ({
    value: `${target.kind}:${target.id}`,
    label:
      target.kind === 'scenario'
        ? t('scenarioOption', { title: target.title, group: target.groupName })
        : t('exerciseOption', { title: target.title, scenario: target.scenarioTitle ?? '', group: target.groupName }),
  }));
  // Keep the chosen target selectable while the search no longer lists it.
  const chosen = form.values.target;
  const visibleOptions =
    chosen && !options.some((o) => o.value === chosen)
      ? [{ value: chosen, label: t('keptChoice') }, ...options]
      : options;
  const targetErrors = [...(form.fieldErrors.scenarioId ?? []), ...(form.fieldErrors.exerciseId ?? [])];

  return (
    <form
      method="post"
      className="mt-4 space-y-3 rounded border border-slate-200 p-4"
      aria-label={t('formTitle')}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('recordDecisionTestSchema', toInput(decisionId, form.values));
        if (input) record.mutate(input);
      }}
    >
      <h3 className="font-semibold text-slate-800">{t('formTitle')}</h3>
      <FormAlert error={form.formError} />
      <TextField
        label={t('search')}
        hint={t('searchHint')}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {targets.isPending ? <Loading /> : null}
      {targets.data && targets.data.length === 0 && !chosen ? (
        <p className="text-sm text-slate-600">{t('noTargets')}</p>
      ) : null}
      <SelectField
        label={t('target')}
        required
        placeholder={t('targetPlaceholder')}
        options={visibleOptions}
        value={form.values.target}
        errors={targetErrors}
        onChange={(e) => form.set('target', e.target.value)}
      />
      <SelectField
        label={t('result')}
        required
        placeholder={t('resultPlaceholder')}
        options={decisionTestResults.map((result) => ({ value: result, label: td(`testResult.${result}`) }))}
        value={form.values.result}
        errors={form.fieldErrors.result}
        onChange={(e) => form.set('result', e.target.value as DecisionTestResult | '')}
      />
      <TextField
        label={t('testedOn')}
        type="date"
        value={form.values.testedOn}
        errors={form.fieldErrors.testedOn}
        onChange={(e) => form.set('testedOn', e.target.value)}
      />
      <TextArea
        label={t('note')}
        hint={t('noteHint')}
        value={form.values.note}
        errors={form.fieldErrors.note}
        onChange={(e) => form.set('note', e.target.value)}
      />
      <Button type="submit" disabled={record.isPending}>
        {t('submit')}
      </Button>
    </form>
  );
}
