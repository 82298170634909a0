'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { TextArea, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import { useErrorReader } from '@/components/forms/use-error-text';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading, Notice } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';

interface BasisValues extends Record<string, unknown> {
  code: string;
  law: string;
  article: string;
  title: string;
  note: string;
  url: string;
  versionDate: string;
}

const emptyBasis: BasisValues = { code: '', law: '', article: '', title: '', note: '', url: '', versionDate: '' };

function toInput(values: BasisValues) {
  return {
    ...values,
    url: values.url === '' ? null : values.url,
    versionDate: values.versionDate === '' ? null : values.versionDate,
  };
}

function BasisFields({ form, withCode }: { form: ReturnType<typeof useForm<BasisValues>>; withCode: boolean }) {
  const t = useTranslations('decisions.legalBases');
  const { values, set, fieldErrors } = form;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {withCode ? (
        <TextField
          label={t('code')}
          required
          value={values.code}
          errors={fieldErrors.code}
          onChange={(e) => set('code', e.target.value)}
        />
      ) : null}
      <TextField
        label={t('law')}
        required
        value={values.law}
        errors={fieldErrors.law}
        onChange={(e) => set('law', e.target.value)}
      />
      <TextField
        label={t('article')}
        value={values.article}
        errors={fieldErrors.article}
        onChange={(e) => set('article', e.target.value)}
      />
      <TextField
        label={t('titleField')}
        required
        value={values.title}
        errors={fieldErrors.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <TextField
        label={t('url')}
        type="url"
        value={values.url}
        errors={fieldErrors.url}
        onChange={(e) => set('url', e.target.value)}
      />
      <TextField
        label={t('versionDate')}
        type="date"
        value={values.versionDate}
        errors={fieldErrors.versionDate}
        onChange={(e) => set('versionDate', e.target.value)}
      />
      <div className="sm:col-span-2">
        <TextArea
          label={t('note')}
          rows={2}
          value={values.note}
          errors={fieldErrors.note}
          onChange={(e) => set('note', e.target.value)}
        />
      </div>
    </div>
  );
}

function CreateBasisForm() {
  const t = useTranslations('decisions.legalBases');
  const tAll = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<BasisValues>(emptyBasis);
  const create = useMutation(
    trpc.decisions.legalBases.create.mutationOptions({
      onSuccess: async () => {
        form.reset(emptyBasis);
        await queryClient.invalidateQueries({ queryKey: trpc.decisions.legalBases.pathKey() });
      },
      onError: form.fail,
    }),
  );
  return (
    <form
      method="post"
      noValidate
      className="space-y-3"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('createLegalBasisSchema', toInput(form.values));
        if (input) create.mutate(input);
      }}
    >
      <FormAlert error={form.formError} />
      <BasisFields form={form} withCode />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? tAll('actions.saving') : t('add')}
      </Button>
    </form>
  );
}

interface BasisRow {
  id: string;
  version: number;
  code: string;
  law: string;
  article: string;
  title: string;
  note: string;
  url: string | null;
  versionDate: string | null;
  changedAt: Date | null;
  changeNote: string;
  citedBy: number;
}

function BasisItem({ basis }: { basis: BasisRow }) {
  const t = useTranslations('decisions.legalBases');
  const tAll = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [changeNote, setChangeNote] = useState('');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [flagged, setFlagged] = useState<number | null>(null);
  const initial: BasisValues = {
    code: basis.code,
    law: basis.law,
    article: basis.article,
    title: basis.title,
    note: basis.note,
    url: basis.url ?? '',
    versionDate: basis.versionDate ?? '',
  };
  const form = useForm<BasisValues>(initial);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.decisions.pathKey() });
  const update = useMutation(
    trpc.decisions.legalBases.update.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        await invalidate();
      },
      onError: form.fail,
    }),
  );
  const markChanged = useMutation(
    trpc.decisions.legalBases.markChanged.mutationOptions({
      onSuccess: async (result) => {
        setError(null);
        setFlagged(result.flaggedDecisionIds.length);
        setChangeNote('');
        await invalidate();
      },
      onError: (e) => setError(readError(e)),
      onSettled: () => setConfirming(false),
    }),
  );

  return (
    <li className="py-4" data-testid={`legal-basis-${basis.code}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <p className="font-medium">{basis.title}</p>
          <p className="text-sm text-slate-600">
            {basis.code} · {basis.law}
            {basis.article ? `, art. ${basis.article}` : ''} · {t('citedBy', { count: basis.citedBy })}
          </p>
          {basis.changedAt ? (
            <p className="text-sm text-amber-900">
              {t('changed', {
                date: format.dateTime(basis.changedAt, { dateStyle: 'medium' }),
                note: basis.changeNote,
              })}
            </p>
          ) : null}
        </div>
        <div className="flex gap-2">
          <Button variant="secondary" size="sm" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
            {tAll('actions.edit')}
          </Button>
        </div>
      </div>
      {flagged !== null ? (
        <div className="mt-2">
          <Notice>{t('flagged', { count: flagged })}</Notice>
        </div>
      ) : null}
      <FormAlert error={error} onReload={invalidate} />
      {editing ? (
        <div className="mt-3 space-y-4 rounded border border-slate-200 bg-slate-50 p-4">
          <form
            method="post"
            noValidate
            className="space-y-3"
            onSubmit={async (event) => {
              event.preventDefault();
              const { code: _code, ...rest } = toInput(form.values);
              const input = await form.validate('updateLegalBasisSchema', {
                ...rest,
                id: basis.id,
                version: basis.version,
              });
              if (input) update.mutate(input);
            }}
          >
            <FormAlert error={form.formError} onReload={invalidate} />
            <BasisFields form={form} withCode={false} />
            <Button type="submit" disabled={update.isPending}>
              {update.isPending ? tAll('actions.saving') : tAll('actions.save')}
            </Button>
          </form>
          <div className="space-y-2 border-t border-slate-200 pt-3">
            <TextArea
              label={t('changeNote')}
              rows={2}
              value={changeNote}
              onChange={(e) => setChangeNote(e.target.value)}
            />
            <Button variant="danger" size="sm" disabled={changeNote.trim() === ''} onClick={() => setConfirming(true)}>
              {t('markChanged')}
            </Button>
          </div>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('markChanged')}
        confirmLabel={t('markChanged')}
        pending={markChanged.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => markChanged.mutate({ id: basis.id, version: basis.version, changeNote })}
      >
        {t('markChangedConfirm', { count: basis.citedBy })}
      </ConfirmDialog>
    </li>
  );
}

export function LegalBasisAdmin() {
  const t = useTranslations('decisions.legalBases');
  const trpc = useTRPC();
  const list = useQuery(trpc.decisions.legalBases.list.queryOptions());
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Section id="catalogue" title={t('title')}>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <LoadError onRetry={() => list.refetch()} />
        ) : list.data.length === 0 ? (
          <EmptyState>{t('empty')}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {list.data.map((basis) => (
              <BasisItem key={`${basis.id}-${basis.version}`} basis={basis} />
            ))}
          </ul>
        )}
      </Section>
      <Section id="add" title={t('add')}>
        <CreateBasisForm />
      </Section>
    </>
  );
}
