'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useDeferredValue, useState } from 'react';
import type { AppRouter } from '@srw/api/client-types';
import { decisionTestResults, type DecisionTestResult } from '@srw/domain';
import { DecisionText } from '@/components/decisions/decision-text';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { useForm } from '@/components/forms/use-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Section } from '@/components/ui/page-header';
import { EmptyState, Loading } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';

type TestLink = inferRouterOutputs<AppRouter>['decisions']['get']['testLinks'][number];

/** Where a scenario or exercise lives in the app. */
export function testTargetHref(target: { scenarioId: string | null; exerciseId: string | null }): string | null {
  if (target.scenarioId) return `/scenarios/${target.scenarioId}`;
  if (target.exerciseId) return `/oefeningen/${target.exerciseId}`;
  return null;
}

export function TestResultBadge({ result }: { result: DecisionTestResult }) {
  const t = useTranslations('decisions');
  return <Badge tone={result === 'HELD' ? 'success' : 'danger'}>{t(`testResult.${result}`)}</Badge>;
}

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

function RecordTestForm({ decisionId, onDone }: { decisionId: string; onDone: () => Promise<void> }) {
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

/** Where a decision was tested: the links the caller can see, with a form to add one and removal after confirmation. */
export function DecisionTestsSection({
  decisionId,
  links,
  canRecord,
}: {
  decisionId: string;
  links: TestLink[];
  canRecord: boolean;
}) {
  const t = useTranslations('decisions.tests');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [removing, setRemoving] = useState<TestLink | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.decisions.pathKey() });
  };
  const remove = useMutation(
    trpc.decisions.removeTest.mutationOptions({
      onSuccess: async () => {
        setError(null);
        await refresh();
      },
      onError: (e) => setError(readError(e)),
      onSettled: () => setRemoving(null),
    }),
  );
  const when = (link: TestLink) =>
    link.testedOn
      ? format.dateTime(new Date(link.testedOn), { dateStyle: 'medium' })
      : format.dateTime(link.createdAt, { dateStyle: 'medium' });

  return (
    <Section id="tests" title={t('title')} intro={t('intro')}>
      <FormAlert error={error} onReload={refresh} />
      {links.length === 0 ? (
        <EmptyState>{t('empty')}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label={t('title')}>
          {links.map((link) => {
            const href = testTargetHref(link);
            const kind = link.scenarioId ? t('kindScenario') : t('kindExercise');
            return (
              <li
                key={link.id}
                className="flex flex-wrap items-start justify-between gap-2 py-2"
                data-testid="decision-test-link"
              >
                <div className="space-y-1">
                  <p>
                    <span className="text-xs tracking-wide text-slate-500 uppercase">{kind}</span>{' '}
                    {link.targetTitle && href ? (
                      <Link href={href} className="text-brand-700 underline">
                        {link.targetTitle}
                      </Link>
                    ) : (
                      <span className="text-slate-600">{t('targetGone')}</span>
                    )}
                    {link.targetGroupName ? (
                      <span className="text-sm text-slate-600"> · {link.targetGroupName}</span>
                    ) : null}
                  </p>
                  <p className="text-sm">
                    <TestResultBadge result={link.result} /> <span className="text-slate-600">{when(link)}</span>
                  </p>
                  {link.note ? <DecisionText className="text-sm text-slate-800" text={link.note} /> : null}
                </div>
                {link.permissions.canRemove ? (
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={() => setRemoving(link)}
                    aria-label={t('removeLabel', { title: link.targetTitle ?? '' })}
                  >
                    {t('remove')}
                  </Button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('removeTitle')}
        confirmLabel={t('remove')}
        pending={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ id: removing.id, version: removing.version })}
      >
        <p>{t('removeConfirm', { title: removing?.targetTitle ?? '' })}</p>
      </ConfirmDialog>
      {canRecord ? <RecordTestForm decisionId={decisionId} onDone={refresh} /> : null}
    </Section>
  );
}
