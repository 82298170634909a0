'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  formatOffset,
  sortInjects,
  type InjectOrder,
  injectsOutOfTimeOrder,
  moveInject,
  type CsvRowError,
} from '@srw/domain';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { InlineForm } from '@/components/forms/inline-form';
import { useErrorReader } from '@/components/forms/use-error-text';
import { useForm } from '@/components/forms/use-form';
import { ScenarioText } from '@/components/scenarios/scenario-text';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Section } from '@/components/ui/page-header';
import { EmptyState, Notice } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { InjectToolbar, PlannedClock } from './inject-clock';
import { useReferenceData } from './reference-data';
import type { ExerciseView } from './types';

type Inject = ExerciseView['injects'][number];

interface InjectFormValues extends Record<string, unknown> {
  offsetMinutes: string;
  fromParty: string;
  toParty: string;
  message: string;
  expectedAction: string;
  responsibleOrganisationId: string;
  legalBasisId: string;
}

function valuesOf(inject: Inject | null): InjectFormValues {
  return {
    offsetMinutes: inject ? String(inject.offsetMinutes) : '',
    fromParty: inject?.fromParty ?? '',
    toParty: inject?.toParty ?? '',
    message: inject?.message ?? '',
    expectedAction: inject?.expectedAction ?? '',
    responsibleOrganisationId: inject?.responsibleOrganisationId ?? '',
    legalBasisId: inject?.legalBasisId ?? '',
  };
}

function toFields(values: InjectFormValues) {
  return {
    offsetMinutes: values.offsetMinutes.trim() === '' ? Number.NaN : Number(values.offsetMinutes),
    fromParty: values.fromParty,
    toParty: values.toParty,
    message: values.message,
    expectedAction: values.expectedAction,
    responsibleOrganisationId: values.responsibleOrganisationId || null,
    legalBasisId: values.legalBasisId || null,
  };
}

function InjectForm({
  exercise,
  inject,
  onDone,
}: {
  exercise: ExerciseView;
  inject: Inject | null;
  onDone: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reference = useReferenceData();
  const form = useForm<InjectFormValues>(valuesOf(inject));
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
    form.reset(valuesOf(null));
    onDone();
  };
  const add = useMutation(trpc.exercises.addInject.mutationOptions({ onSuccess: done, onError: form.fail }));
  const update = useMutation(trpc.exercises.updateInject.mutationOptions({ onSuccess: done, onError: form.fail }));
  const pending = add.isPending || update.isPending;
  return (
    <InlineForm
      title={inject ? t('scenarios.injects.editTitle') : t('scenarios.injects.addTitle')}
      pending={pending}
      error={form.formError}
      onReload={done}
      submitLabel={inject ? t('actions.save') : t('scenarios.injects.addSubmit')}
      onCancel={inject ? onDone : undefined}
      onSubmit={async () => {
        if (inject) {
          const input = await form.validate('updateInjectSchema', {
            ...toFields(form.values),
            id: inject.id,
            version: inject.version,
          });
          if (input) update.mutate(input);
        } else {
          const input = await form.validate('addInjectSchema', { ...toFields(form.values), exerciseId: exercise.id });
          if (input) add.mutate(input);
        }
      }}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          type="number"
          min={0}
          required
          label={t('scenarios.injects.offset')}
          hint={t('scenarios.injects.offsetHint')}
          value={form.values.offsetMinutes}
          errors={form.fieldErrors.offsetMinutes}
          onChange={(e) => form.set('offsetMinutes', e.target.value)}
        />
        <TextField
          required
          label={t('scenarios.injects.from')}
          value={form.values.fromParty}
          errors={form.fieldErrors.fromParty}
          onChange={(e) => form.set('fromParty', e.target.value)}
        />
        <TextField
          required
          label={t('scenarios.injects.to')}
          value={form.values.toParty}
          errors={form.fieldErrors.toParty}
          onChange={(e) => form.set('toParty', e.target.value)}
        />
      </div>
      <TextArea
        required
        rows={3}
        label={t('scenarios.injects.message')}
        value={form.values.message}
        errors={form.fieldErrors.message}
        onChange={(e) => form.set('message', e.target.value)}
      />
      <TextArea
        rows={2}
        label={t('scenarios.injects.expectedAction')}
        value={form.values.expectedAction}
        errors={form.fieldErrors.expectedAction}
        onChange={(e) => form.set('expectedAction', e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('scenarios.injects.responsible')}
          placeholder={t('scenarios.injects.none')}
          options={exercise.groupOrganisations.map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }))}
          value={form.values.responsibleOrganisationId}
          errors={form.fieldErrors.responsibleOrganisationId}
          onChange={(e) => form.set('responsibleOrganisationId', e.target.value)}
        />
        <SelectField
          label={t('scenarios.injects.legalBasis')}
          placeholder={t('scenarios.injects.none')}
          options={reference.legalBases.map((b) => ({ value: b.id, label: `${b.code} – ${b.title}` }))}
          value={form.values.legalBasisId}
          errors={form.fieldErrors.legalBasisId}
          onChange={(e) => form.set('legalBasisId', e.target.value)}
        />
      </div>
    </InlineForm>
  );
}

function CsvImport({ exercise }: { exercise: ExerciseView }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [csv, setCsv] = useState('');
  const [rowErrors, setRowErrors] = useState<CsvRowError[]>([]);
  const [imported, setImported] = useState<number | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const importCsv = useMutation(
    trpc.exercises.importInjects.mutationOptions({
      onSuccess: async (result) => {
        setError(null);
        setRowErrors(result.errors);
        setImported(result.errors.length === 0 ? result.imported : null);
        if (result.errors.length === 0) {
          setCsv('');
          await queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
        }
      },
      onError: (e) => setError(readError(e)),
    }),
  );
  const columnLabel = (column: string | null) => (column ? t(`scenarios.csv.columns.${column}`) : null);
  return (
    <details className="mt-6 rounded border border-slate-200 p-4">
      <summary className="cursor-pointer font-semibold text-brand-800">{t('scenarios.csv.title')}</summary>
      <p className="mt-2 text-sm text-slate-600">{t('scenarios.csv.intro')}</p>
      <pre className="mt-2 overflow-x-auto rounded bg-slate-100 p-2 text-xs">{t('scenarios.csv.example')}</pre>
      <form
        method="post"
        className="mt-3"
        onSubmit={(event) => {
          event.preventDefault();
          setImported(null);
          importCsv.mutate({ exerciseId: exercise.id, csv });
        }}
      >
        <fieldset disabled={importCsv.isPending} className="space-y-3">
          <FormAlert error={error} />
          <div className="space-y-1">
            <label htmlFor="inject-csv-file" className="block text-sm font-medium text-slate-800">
              {t('scenarios.csv.file')}
            </label>
            <input
              id="inject-csv-file"
              type="file"
              accept=".csv,text/csv"
              className="block text-sm"
              onChange={async (event) => {
                const file = event.target.files?.[0];
                if (file) setCsv(await file.text());
              }}
            />
          </div>
          <TextArea
            label={t('scenarios.csv.content')}
            rows={5}
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            className="block w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm"
          />
          <Button type="submit" variant="secondary" disabled={importCsv.isPending || csv.trim() === ''}>
            {t('scenarios.csv.submit')}
          </Button>
        </fieldset>
      </form>
      {imported !== null ? (
        <div className="mt-3">
          <Notice>{t('scenarios.csv.imported', { count: imported })}</Notice>
        </div>
      ) : null}
      {rowErrors.length > 0 ? (
        <div role="alert" className="mt-3 rounded border border-red-200 bg-red-50 px-4 py-3 text-red-800">
          <p className="font-medium">{t('scenarios.csv.failed')}</p>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {rowErrors.map((rowError, index) => (
              <li key={`${rowError.line}-${rowError.column}-${index}`}>
                {t('scenarios.csv.rowError', {
                  line: rowError.line,
                  column: columnLabel(rowError.column) ?? '–',
                  problem: t(`scenarios.csv.errors.${rowError.code}`),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </details>
  );
}

export function InjectSection({ exercise }: { exercise: ExerciseView }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [editing, setEditing] = useState<Inject | null>(null);
  const [removing, setRemoving] = useState<Inject | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const editable = exercise.permissions.canEditPlanning;
  const [order, setOrder] = useState<InjectOrder>('position');
  const injects = sortInjects(exercise.injects, order);
  const reorderable = editable && order === 'position';
  const numberOf = (id: string) => exercise.injects.findIndex((i) => i.id === id) + 1;
  const outOfOrder = injectsOutOfTimeOrder(exercise.injects);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
  const reorder = useMutation(
    trpc.exercises.reorderInjects.mutationOptions({
      onSuccess: async (_result, _input, _context) => {
        setError(null);
        await refresh();
      },
      onError: (e) => setError(readError(e)),
    }),
  );
  const remove = useMutation(
    trpc.exercises.removeInject.mutationOptions({
      onSuccess: async () => {
        setError(null);
        await refresh();
      },
      onError: (e) => setError(readError(e)),
      onSettled: () => setRemoving(null),
    }),
  );
  const move = (inject: Inject, direction: 'up' | 'down') => {
    const ids = moveInject(
      injects.map((i) => i.id),
      inject.id,
      direction,
    );
    reorder.mutate(
      { exerciseId: exercise.id, version: exercise.version, injectIds: ids },
      {
        onSuccess: () => {
          // Keep keyboard focus on the inject that moved.
          requestAnimationFrame(() => document.getElementById(`inject-${inject.id}-${direction}`)?.focus());
        },
      },
    );
  };

  return (
    <Section id="injects" title={t('scenarios.injects.title')} intro={t('scenarios.injects.intro')}>
      <FormAlert error={error} onReload={refresh} />
      {outOfOrder.length > 0 ? (
        <div className="mb-3">
          <Notice tone="warning">{t('scenarios.injects.outOfOrder')}</Notice>
        </div>
      ) : null}
      {injects.length === 0 ? (
        <EmptyState>{t('scenarios.injects.empty')}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <InjectToolbar exerciseId={exercise.id} order={order} onOrder={setOrder} />
          <table className="w-full min-w-[48rem] border-collapse text-sm">
            <caption className="sr-only">{t('scenarios.injects.title')}</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="border-b border-slate-300 p-2">
                  #
                </th>
                <th scope="col" className="border-b border-slate-300 p-2">
                  {t('scenarios.injects.time')}
                </th>
                <th scope="col" className="border-b border-slate-300 p-2">
                  {t('scenarios.injects.clockTime')}
                </th>
                <th scope="col" className="border-b border-slate-300 p-2">
                  {t('scenarios.injects.fromTo')}
                </th>
                <th scope="col" className="border-b border-slate-300 p-2">
                  {t('scenarios.injects.message')}
                </th>
                <th scope="col" className="border-b border-slate-300 p-2">
                  {t('scenarios.injects.expectedAction')}
                </th>
                <th scope="col" className="border-b border-slate-300 p-2">
                  {t('scenarios.injects.responsibleShort')}
                </th>
                {editable ? (
                  <th scope="col" className="border-b border-slate-300 p-2">
                    <span className="sr-only">{t('scenarios.injects.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {injects.map((inject, index) => (
                <tr key={inject.id} className={outOfOrder.includes(inject.id) ? 'bg-amber-50 align-top' : 'align-top'}>
                  <td className="border-b border-slate-200 p-2">{numberOf(inject.id)}</td>
                  <td className="border-b border-slate-200 p-2 font-mono">{formatOffset(inject.offsetMinutes)}</td>
                  <td className="border-b border-slate-200 p-2 font-mono">
                    <PlannedClock startsAt={exercise.startsAt} plannedAt={inject.plannedAt} />
                  </td>
                  <td className="border-b border-slate-200 p-2">
                    {inject.fromParty} → {inject.toParty}
                  </td>
                  <td className="border-b border-slate-200 p-2">
                    <ScenarioText text={inject.message} />
                    {inject.legalBasisCode ? <Badge>{inject.legalBasisCode}</Badge> : null}
                  </td>
                  <td className="border-b border-slate-200 p-2">
                    {inject.expectedAction ? <ScenarioText text={inject.expectedAction} /> : '–'}
                  </td>
                  <td className="border-b border-slate-200 p-2">{inject.responsibleOrganisationCode ?? '–'}</td>
                  {editable ? (
                    <td className="border-b border-slate-200 p-2">
                      <div className="flex flex-wrap gap-1">
                        {reorderable ? (
                          <>
                            <Button
                              id={`inject-${inject.id}-up`}
                              size="sm"
                              variant="ghost"
                              disabled={index === 0 || reorder.isPending}
                              aria-label={t('scenarios.injects.moveUp', { number: index + 1 })}
                              onClick={() => move(inject, 'up')}
                            >
                              ↑
                            </Button>
                            <Button
                              id={`inject-${inject.id}-down`}
                              size="sm"
                              variant="ghost"
                              disabled={index === injects.length - 1 || reorder.isPending}
                              aria-label={t('scenarios.injects.moveDown', { number: index + 1 })}
                              onClick={() => move(inject, 'down')}
                            >
                              ↓
                            </Button>
                          </>
                        ) : null}
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={t('scenarios.injects.editNumber', { number: index + 1 })}
                          onClick={() => setEditing(inject)}
                        >
                          {t('actions.edit')}
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={t('scenarios.injects.removeNumber', { number: index + 1 })}
                          onClick={() => setRemoving(inject)}
                        >
                          {t('actions.remove')}
                        </Button>
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable ? (
        <>
          <InjectForm key={editing?.id ?? 'new'} exercise={exercise} inject={editing} onDone={() => setEditing(null)} />
          <CsvImport exercise={exercise} />
          {removing !== null ? (
            <ConfirmDialog
              open={removing !== null}
              title={t('scenarios.injects.removeTitle')}
              confirmLabel={t('actions.remove')}
              pending={remove.isPending}
              onCancel={() => setRemoving(null)}
              onConfirm={() => removing && remove.mutate({ id: removing.id, version: removing.version })}
            >
              {removing ? t('scenarios.injects.confirmRemove', { message: removing.message.slice(0, 80) }) : null}
            </ConfirmDialog>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}
