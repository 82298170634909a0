'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import {
  classificationLevels,
  glossaryRelationKinds,
  type Classification,
  type GlossaryRelationKind,
} from '@srw/domain';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { EditConflictPanel } from '@/components/forms/edit-conflict';
import { FormAlert } from '@/components/forms/form-alert';
import { useEditForm } from '@/components/forms/use-edit-form';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { useContributableGroups } from './glossary-list';

interface DefinitionValues {
  text: string;
  source: string;
  explanation: string;
  example: string;
}

export interface TermFormValues extends Record<string, unknown> {
  prefLabel: string;
  abbreviations: string;
  synonyms: string;
  hiddenLabels: string;
  maintainingGroupId: string;
  definitions: Record<string, DefinitionValues>;
  jointDefinition: string;
  jointDefinitionSource: string;
  scopeNote: string;
  divergent: boolean;
  divergenceNote: string;
  relations: { kind: GlossaryRelationKind; termId: string; prefLabel: string }[];
  validFrom: string;
  validUntil: string;
  reviewDate: string;
  classification: Classification;
}

export const emptyTermValues: TermFormValues = {
  prefLabel: '',
  abbreviations: '',
  synonyms: '',
  hiddenLabels: '',
  maintainingGroupId: '',
  definitions: {},
  jointDefinition: '',
  jointDefinitionSource: '',
  scopeNote: '',
  divergent: false,
  divergenceNote: '',
  relations: [],
  validFrom: '',
  validUntil: '',
  reviewDate: '',
  classification: 'ONGERUBRICEERD',
};

const splitList = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Form values → the input the API takes (shared zod schema validates it). */
function toInput(values: TermFormValues) {
  return {
    prefLabel: values.prefLabel,
    abbreviations: splitList(values.abbreviations),
    synonyms: splitList(values.synonyms),
    hiddenLabels: splitList(values.hiddenLabels),
    maintainingGroupId: values.maintainingGroupId,
    definitions: Object.entries(values.definitions)
      .filter(([, d]) => d.text.trim() !== '')
      .map(([organisationId, d]) => ({ organisationId, ...d })),
    jointDefinition: values.jointDefinition,
    jointDefinitionSource: values.jointDefinitionSource,
    scopeNote: values.scopeNote,
    divergent: values.divergent,
    divergenceNote: values.divergenceNote,
    relations: values.relations.map(({ kind, termId }) => ({ kind, termId })),
    validFrom: values.validFrom || null,
    validUntil: values.validUntil || null,
    reviewDate: values.reviewDate || null,
    classification: values.classification,
  };
}

function errorsStartingWith(errors: Record<string, string[]>, prefix: string): string[] | undefined {
  const found = Object.entries(errors)
    .filter(([key]) => key === prefix || key.startsWith(`${prefix}.`))
    .flatMap(([, messages]) => messages);
  return found.length ? [...new Set(found)] : undefined;
}

function RelationEditor({ form, termId }: { form: ReturnType<typeof useForm<TermFormValues>>; termId: string | null }) {
  const t = useTranslations('glossary');
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<GlossaryRelationKind>('related');
  const results = useQuery(
    trpc.glossary.list.queryOptions({ search: search.trim(), limit: 8 }, { enabled: search.trim().length > 1 }),
  );
  const candidates = (results.data?.items ?? []).filter(
    (r) => r.id !== termId && !form.values.relations.some((x) => x.termId === r.id),
  );
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{t('field.relations')}</legend>
      {form.values.relations.length > 0 ? (
        <ul className="space-y-1">
          {form.values.relations.map((relation) => (
            <li key={`${relation.kind}:${relation.termId}`} className="flex items-center gap-2 text-sm">
              <span className="text-slate-600">{t(`detail.relation.${relation.kind}`)}:</span>
              <span className="font-medium">{relation.prefLabel}</span>
              <Button
                variant="ghost"
                size="sm"
                aria-label={t('field.removeRelation', { term: relation.prefLabel })}
                onClick={() =>
                  form.set(
                    'relations',
                    form.values.relations.filter((r) => r !== relation),
                  )
                }
              >
                ✕
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-2">
        <SelectField
          label={t('field.relationKind')}
          options={glossaryRelationKinds.map((k) => ({ value: k, label: t(`detail.relation.${k}`) }))}
          value={kind}
          onChange={(e) => setKind(e.target.value as GlossaryRelationKind)}
        />
        <TextField
          label={t('field.relationSearch')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {candidates.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t('field.addRelation')}>
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => {
                  form.set('relations', [
                    ...form.values.relations,
                    { kind, termId: candidate.id, prefLabel: candidate.prefLabel },
                  ]);
                  setSearch('');
                }}
              >
                + {candidate.prefLabel}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {form.fieldErrors.relations ? (
        <p className="text-sm text-red-700">{form.fieldErrors.relations.join(' ')}</p>
      ) : null}
    </fieldset>
  );
}

function TermFields({ form, termId }: { form: ReturnType<typeof useForm<TermFormValues>>; termId: string | null }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const groups = useContributableGroups();
  const group = useQuery(
    trpc.workingGroups.get.queryOptions(
      { id: form.values.maintainingGroupId },
      { enabled: form.values.maintainingGroupId !== '' },
    ),
  );
  const organisations = group.data?.organisations ?? [];
  const setDefinition = (organisationId: string, key: keyof DefinitionValues, value: string) => {
    const current = form.values.definitions[organisationId] ?? { text: '', source: '', explanation: '', example: '' };
    form.set('definitions', { ...form.values.definitions, [organisationId]: { ...current, [key]: value } });
  };
  const groupOptions = groups.map((g) => ({ value: g.id, label: g.name }));
  if (
    form.values.maintainingGroupId &&
    group.data &&
    !groupOptions.some((o) => o.value === form.values.maintainingGroupId)
  ) {
    groupOptions.push({ value: group.data.id, label: group.data.name });
  }

  return (
    <>
      <TextField
        label={t('glossary.field.prefLabel')}
        hint={t('glossary.field.prefLabelHint')}
        required
        maxLength={200}
        value={form.values.prefLabel}
        errors={form.fieldErrors.prefLabel}
        onChange={(e) => form.set('prefLabel', e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t('glossary.field.abbreviations')}
          hint={t('glossary.field.listHint')}
          value={form.values.abbreviations}
          errors={errorsStartingWith(form.fieldErrors, 'abbreviations')}
          onChange={(e) => form.set('abbreviations', e.target.value)}
        />
        <TextField
          label={t('glossary.field.synonyms')}
          hint={t('glossary.field.listHint')}
          value={form.values.synonyms}
          errors={errorsStartingWith(form.fieldErrors, 'synonyms')}
          onChange={(e) => form.set('synonyms', e.target.value)}
        />
        <TextField
          label={t('glossary.field.hiddenLabels')}
          hint={t('glossary.field.listHint')}
          value={form.values.hiddenLabels}
          errors={errorsStartingWith(form.fieldErrors, 'hiddenLabels')}
          onChange={(e) => form.set('hiddenLabels', e.target.value)}
        />
      </div>
      <SelectField
        label={t('glossary.field.maintainingGroup')}
        hint={t('glossary.field.maintainingGroupHint')}
        required
        placeholder={t('glossary.field.maintainingGroupPlaceholder')}
        options={groupOptions}
        value={form.values.maintainingGroupId}
        errors={form.fieldErrors.maintainingGroupId}
        onChange={(e) => form.set('maintainingGroupId', e.target.value)}
      />
      {errorsStartingWith(form.fieldErrors, 'definitions') ? (
        <p role="alert" className="text-sm text-red-700">
          {errorsStartingWith(form.fieldErrors, 'definitions')?.join(' ')}
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {organisations.map((organisation) => {
          const definition = form.values.definitions[organisation.id] ?? {
            text: '',
            source: '',
            explanation: '',
            example: '',
          };
          return (
            <fieldset key={organisation.id} className="space-y-3 rounded border border-slate-200 p-4">
              <legend className="px-1 text-sm font-semibold text-brand-800">
                {t('glossary.field.definitionOf', { organisation: organisation.name })}
              </legend>
              <TextArea
                label={t('glossary.field.definitionOf', { organisation: organisation.code })}
                hint={t('glossary.field.definitionHint', { organisation: organisation.name })}
                rows={3}
                value={definition.text}
                onChange={(e) => setDefinition(organisation.id, 'text', e.target.value)}
              />
              <TextField
                label={`${t('glossary.field.source')} (${organisation.code})`}
                value={definition.source}
                onChange={(e) => setDefinition(organisation.id, 'source', e.target.value)}
              />
              <TextField
                label={`${t('glossary.field.explanation')} (${organisation.code})`}
                value={definition.explanation}
                onChange={(e) => setDefinition(organisation.id, 'explanation', e.target.value)}
              />
              <TextField
                label={`${t('glossary.field.example')} (${organisation.code})`}
                value={definition.example}
                onChange={(e) => setDefinition(organisation.id, 'example', e.target.value)}
              />
            </fieldset>
          );
        })}
      </div>
      <TextArea
        label={t('glossary.field.jointDefinition')}
        value={form.values.jointDefinition}
        errors={form.fieldErrors.jointDefinition}
        onChange={(e) => form.set('jointDefinition', e.target.value)}
      />
      <TextField
        label={t('glossary.field.jointDefinitionSource')}
        value={form.values.jointDefinitionSource}
        errors={form.fieldErrors.jointDefinitionSource}
        onChange={(e) => form.set('jointDefinitionSource', e.target.value)}
      />
      <TextArea
        label={t('glossary.field.scopeNote')}
        rows={2}
        value={form.values.scopeNote}
        errors={form.fieldErrors.scopeNote}
        onChange={(e) => form.set('scopeNote', e.target.value)}
      />
      <div className="space-y-1">
        <label className="inline-flex items-center gap-2 text-slate-800">
          <input
            type="checkbox"
            className="h-4 w-4 accent-brand-700"
            checked={form.values.divergent}
            onChange={(e) => form.set('divergent', e.target.checked)}
          />
          {t('glossary.field.divergent')}
        </label>
        {form.fieldErrors.divergent ? (
          <p className="text-sm text-red-700">{form.fieldErrors.divergent.join(' ')}</p>
        ) : null}
      </div>
      {form.values.divergent ? (
        <TextArea
          label={t('glossary.field.divergenceNote')}
          rows={2}
          value={form.values.divergenceNote}
          errors={form.fieldErrors.divergenceNote}
          onChange={(e) => form.set('divergenceNote', e.target.value)}
        />
      ) : null}
      <RelationEditor form={form} termId={termId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          type="date"
          label={t('glossary.field.validFrom')}
          value={form.values.validFrom}
          errors={form.fieldErrors.validFrom}
          onChange={(e) => form.set('validFrom', e.target.value)}
        />
        <TextField
          type="date"
          label={t('glossary.field.validUntil')}
          value={form.values.validUntil}
          errors={form.fieldErrors.validUntil}
          onChange={(e) => form.set('validUntil', e.target.value)}
        />
        <TextField
          type="date"
          label={t('glossary.field.reviewDate')}
          value={form.values.reviewDate}
          errors={form.fieldErrors.reviewDate}
          onChange={(e) => form.set('reviewDate', e.target.value)}
        />
      </div>
      <SelectField
        label={t('glossary.field.classification')}
        options={classificationLevels.map((level) => ({ value: level, label: t(`classification.${level}`) }))}
        value={form.values.classification}
        errors={form.fieldErrors.classification}
        onChange={(e) => form.set('classification', e.target.value as Classification)}
      />
    </>
  );
}

export function CreateGlossaryTermForm() {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const groups = useContributableGroups();
  const form = useForm<TermFormValues>(emptyTermValues);
  const create = useMutation(
    trpc.glossary.create.mutationOptions({
      onSuccess: async (term) => {
        await queryClient.invalidateQueries({ queryKey: trpc.glossary.pathKey() });
        router.push(`/begrippenlijst/${term.id}`);
      },
      onError: form.fail,
    }),
  );
  if (groups.length === 0) return <Notice tone="info">{t('glossary.field.noGroups')}</Notice>;
  return (
    <form
      method="post"
      noValidate
      className="max-w-4xl space-y-5 rounded border border-slate-200 bg-white p-6 shadow-sm"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('createGlossaryTermSchema', toInput(form.values));
        if (input) create.mutate(input);
      }}
    >
      <FormAlert error={form.formError} />
      <TermFields form={form} termId={null} />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? t('actions.saving') : t('glossary.create.submit')}
      </Button>
    </form>
  );
}

export interface EditableTerm {
  id: string;
  version: number;
  prefLabel: string;
  abbreviations: string[];
  synonyms: string[];
  hiddenLabels: string[];
  maintainingGroupId: string;
  definitions: { organisationId: string; text: string; source: string; explanation: string; example: string }[];
  jointDefinition: string;
  jointDefinitionSource: string;
  scopeNote: string;
  divergent: boolean;
  divergenceNote: string;
  relations: { kind: GlossaryRelationKind; termId: string; prefLabel: string }[];
  validFrom: string | null;
  validUntil: string | null;
  reviewDate: string | null;
  classification: Classification;
}

export function termToValues(term: EditableTerm): TermFormValues {
  return {
    prefLabel: term.prefLabel,
    abbreviations: term.abbreviations.join(', '),
    synonyms: term.synonyms.join(', '),
    hiddenLabels: term.hiddenLabels.join(', '),
    maintainingGroupId: term.maintainingGroupId,
    definitions: Object.fromEntries(
      term.definitions.map((d) => [
        d.organisationId,
        { text: d.text, source: d.source, explanation: d.explanation, example: d.example },
      ]),
    ),
    jointDefinition: term.jointDefinition,
    jointDefinitionSource: term.jointDefinitionSource,
    scopeNote: term.scopeNote,
    divergent: term.divergent,
    divergenceNote: term.divergenceNote,
    relations: term.relations.map(({ kind, termId, prefLabel }) => ({ kind, termId, prefLabel })),
    validFrom: term.validFrom ?? '',
    validUntil: term.validUntil ?? '',
    reviewDate: term.reviewDate ?? '',
    classification: term.classification,
  };
}

export function EditGlossaryTermForm({
  term,
  onSaved,
}: {
  term: EditableTerm;
  onSaved: (approvalsReset: boolean) => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const edit = useEditForm({
    record: term,
    toValues: termToValues,
    update: trpc.glossary.update,
    latest: trpc.glossary.get.queryOptions({ id: term.id }),
    invalidates: trpc.glossary.pathKey(),
    onSaved: (result) => onSaved(result.approvalsReset),
    live: 'glossaryTerm',
  });
  const { form, submit, pending } = edit;
  const group = useQuery(trpc.workingGroups.get.queryOptions({ id: term.maintainingGroupId }));
  const organisationName = (id: string) => group.data?.organisations.find((o) => o.id === id)?.name ?? id;
  const fieldLabel = (path: readonly string[]): string | null => {
    const [head, organisationId, leaf] = path;
    if (head === 'definitions' && organisationId && leaf) {
      const of = t('glossary.field.definitionOf', { organisation: organisationName(organisationId) });
      return leaf === 'text' ? of : `${of} · ${t(`glossary.field.${leaf}`)}`;
    }
    const key = `glossary.field.${head ?? ''}`;
    return path.length === 1 && t.has(key) ? t(key) : null;
  };
  return (
    <form
      method="post"
      noValidate
      className="space-y-5"
      onSubmit={async (event) => {
        event.preventDefault();
        await submit('updateGlossaryTermSchema', toInput(form.values));
      }}
    >
      {/* The comparison offers the newest version field by field; no reload that would throw the input away. */}
      <FormAlert error={form.formError} />
      <EditConflictPanel edit={edit} fieldLabel={fieldLabel} />
      <TermFields form={form} termId={term.id} />
      <Button type="submit" disabled={pending}>
        {pending ? t('actions.saving') : t('actions.save')}
      </Button>
    </form>
  );
}
