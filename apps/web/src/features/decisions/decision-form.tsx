'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import {
  classificationLevels,
  contributableGroups,
  decisionLevels,
  decisionOutcomes,
  sharingVerdicts,
  type Classification,
  type DecisionCondition,
  type DecisionOption,
  type DecisionOutcome,
  type SharingRuleInput,
} from '@srw/domain';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { EditConflictPanel } from '@/components/forms/edit-conflict';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { useEditForm } from '@/components/forms/use-edit-form';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { EmptyState, Loading, Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

interface DecisionFormValues extends Record<string, unknown> {
  groupId: string;
  question: string;
  context: string;
  cooperationLevel: string;
  topic: string;
  tagsText: string;
  outcome: DecisionOutcome | '';
  referenceConditionCodes: string[];
  freeConditions: string[];
  legalBasisIds: string[];
  options: DecisionOption[];
  sharingRules: SharingRuleInput[];
  organisationIds: string[];
  consequences: string;
  /** Organisation id -> its consequences where they differ from the joint text. */
  organisationConsequences: Record<string, string>;
  decisionLevel: string;
  decidedBy: string;
  decisionDate: string;
  reviewDate: string;
  classification: Classification;
}

const emptyValues: DecisionFormValues = {
  groupId: '',
  question: '',
  context: '',
  cooperationLevel: '',
  topic: '',
  tagsText: '',
  outcome: '',
  referenceConditionCodes: [],
  freeConditions: [],
  legalBasisIds: [],
  options: [],
  sharingRules: [],
  organisationIds: [],
  consequences: '',
  organisationConsequences: {},
  decisionLevel: '',
  decidedBy: '',
  decisionDate: '',
  reviewDate: '',
  classification: 'ONGERUBRICEERD',
};

/** Form values -> the shape of the shared schema (which validates and reports field keys). */
function toContent(values: DecisionFormValues, referenceLabels: Map<string, string>) {
  const conditions: DecisionCondition[] = [
    ...values.referenceConditionCodes.map((code) => ({ code, text: referenceLabels.get(code) ?? code })),
    ...values.freeConditions.filter((text) => text.trim() !== '').map((text) => ({ code: null, text })),
  ];
  return {
    question: values.question,
    context: values.context,
    cooperationLevel: values.cooperationLevel,
    topic: values.topic,
    tags: values.tagsText
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    options: values.options,
    outcome: values.outcome === '' ? undefined : values.outcome,
    conditions,
    legalBasisIds: values.legalBasisIds,
    sharingRules: values.sharingRules,
    organisationIds: values.organisationIds,
    consequences: values.consequences,
    organisationConsequences: values.organisationIds.flatMap((organisationId) => {
      const text = values.organisationConsequences[organisationId]?.trim() ?? '';
      return text === '' ? [] : [{ organisationId, text }];
    }),
    decisionLevel: values.decisionLevel === '' ? null : values.decisionLevel,
    decidedBy: values.decidedBy,
    decisionDate: values.decisionDate === '' ? null : values.decisionDate,
    reviewDate: values.reviewDate === '' ? null : values.reviewDate,
    classification: values.classification,
  };
}

function DecisionFields({
  form,
  groupOrganisations,
}: {
  form: ReturnType<typeof useForm<DecisionFormValues>>;
  groupOrganisations: { id: string; code: string; name: string }[];
}) {
  const t = useTranslations('decisions');
  const tAll = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const levels = useQuery(trpc.reference.cooperationLevels.queryOptions());
  const bases = useQuery(trpc.decisions.legalBases.list.queryOptions());
  const reference = useQuery(trpc.decisions.referenceConditions.queryOptions());
  const { values, set, fieldErrors } = form;
  const organisationOptions = groupOrganisations.map((o) => ({ value: o.id, label: o.name }));
  const withConditions = values.outcome === 'ALLOWED_WITH_CONDITIONS';

  return (
    <>
      <TextField
        label={t('form.question')}
        hint={t('form.questionHint')}
        required
        maxLength={500}
        value={values.question}
        errors={fieldErrors.question}
        onChange={(e) => set('question', e.target.value)}
      />
      <TextArea
        label={t('form.context')}
        value={values.context}
        errors={fieldErrors.context}
        onChange={(e) => set('context', e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('form.cooperationLevel')}
          required
          placeholder=""
          options={(levels.data ?? []).map((level) => ({
            value: level.code,
            label: locale === 'en' ? level.labelEn : level.labelNl,
          }))}
          value={values.cooperationLevel}
          errors={fieldErrors.cooperationLevel}
          onChange={(e) => set('cooperationLevel', e.target.value)}
        />
        <TextField
          label={t('form.topic')}
          hint={t('form.topicHint')}
          required
          maxLength={120}
          value={values.topic}
          errors={fieldErrors.topic}
          onChange={(e) => set('topic', e.target.value)}
        />
      </div>
      <TextField
        label={t('form.tags')}
        hint={t('form.tagsHint')}
        value={values.tagsText}
        errors={fieldErrors.tags}
        onChange={(e) => set('tagsText', e.target.value)}
      />
      <SelectField
        label={t('form.outcome')}
        required
        placeholder=""
        options={decisionOutcomes.map((value) => ({ value, label: t(`outcome.${value}`) }))}
        value={values.outcome}
        errors={fieldErrors.outcome}
        onChange={(e) => set('outcome', e.target.value as DecisionOutcome | '')}
      />

      <fieldset className="space-y-3 rounded border border-slate-200 p-4" disabled={!withConditions}>
        <legend className="px-1 text-sm font-medium text-slate-800">{t('form.conditions')}</legend>
        <p className="text-xs text-slate-600">{t('form.conditionsHint')}</p>
        <CheckboxGroup
          legend={t('form.referenceConditions')}
          options={(reference.data ?? []).map((condition) => ({
            value: condition.code,
            label: locale === 'en' ? condition.labelEn : condition.labelNl,
          }))}
          value={values.referenceConditionCodes}
          errors={fieldErrors.conditions}
          onChange={(value) => set('referenceConditionCodes', value)}
        />
        {values.freeConditions.map((text, index) => (
          <div key={index} className="flex items-end gap-2">
            <div className="flex-1">
              <TextField
                label={`${t('form.freeCondition')} ${index + 1}`}
                value={text}
                errors={fieldErrors[`conditions.${values.referenceConditionCodes.length + index}.text`]}
                onChange={(e) =>
                  set(
                    'freeConditions',
                    values.freeConditions.map((c, i) => (i === index ? e.target.value : c)),
                  )
                }
              />
            </div>
            <Button
              variant="ghost"
              size="sm"
              onClick={() =>
                set(
                  'freeConditions',
                  values.freeConditions.filter((_, i) => i !== index),
                )
              }
            >
              {t('form.remove')}
            </Button>
          </div>
        ))}
        <Button variant="secondary" size="sm" onClick={() => set('freeConditions', [...values.freeConditions, ''])}>
          {t('form.addCondition')}
        </Button>
      </fieldset>

      <CheckboxGroup
        legend={t('form.legalBases')}
        options={(bases.data ?? []).map((basis) => ({ value: basis.id, label: basis.title }))}
        value={values.legalBasisIds}
        errors={fieldErrors.legalBasisIds}
        onChange={(value) => set('legalBasisIds', value)}
      />
      <CheckboxGroup
        legend={t('form.organisations')}
        hint={t('form.organisationsHint')}
        required
        options={organisationOptions}
        value={values.organisationIds}
        errors={fieldErrors.organisationIds}
        onChange={(value) => set('organisationIds', value)}
      />
      <fieldset className="space-y-3 rounded border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-800">{t('form.consequencesTitle')}</legend>
        <TextArea
          label={t('form.consequences')}
          hint={t('form.consequencesHint')}
          rows={3}
          value={values.consequences}
          errors={fieldErrors.consequences}
          onChange={(e) => set('consequences', e.target.value)}
        />
        {groupOrganisations
          .filter((o) => values.organisationIds.includes(o.id))
          .map((organisation) => (
            <TextArea
              key={organisation.id}
              label={t('form.organisationConsequences', { organisation: organisation.name })}
              rows={2}
              value={values.organisationConsequences[organisation.id] ?? ''}
              onChange={(e) =>
                set('organisationConsequences', {
                  ...values.organisationConsequences,
                  [organisation.id]: e.target.value,
                })
              }
            />
          ))}
        {fieldErrors.organisationConsequences ? (
          <p className="text-sm text-red-700">{fieldErrors.organisationConsequences.join(' ')}</p>
        ) : null}
      </fieldset>

      <fieldset className="space-y-3 rounded border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-800">{t('form.options')}</legend>
        {values.options.map((option, index) => {
          const change = (patch: Partial<DecisionOption>) =>
            set(
              'options',
              values.options.map((o, i) => (i === index ? { ...o, ...patch } : o)),
            );
          return (
            <div key={index} className="space-y-2 border-b border-slate-100 pb-3">
              <TextField
                label={`${t('form.optionTitle')} ${index + 1}`}
                required
                value={option.title}
                errors={fieldErrors[`options.${index}.title`]}
                onChange={(e) => change({ title: e.target.value })}
              />
              <div className="grid gap-2 sm:grid-cols-2">
                <TextArea
                  label={t('detail.pros')}
                  rows={2}
                  value={option.pros}
                  onChange={(e) => change({ pros: e.target.value })}
                />
                <TextArea
                  label={t('detail.cons')}
                  rows={2}
                  value={option.cons}
                  onChange={(e) => change({ cons: e.target.value })}
                />
              </div>
              <Button
                variant="ghost"
                size="sm"
                onClick={() =>
                  set(
                    'options',
                    values.options.filter((_, i) => i !== index),
                  )
                }
              >
                {t('form.remove')}
              </Button>
            </div>
          );
        })}
        <Button
          variant="secondary"
          size="sm"
          onClick={() => set('options', [...values.options, { title: '', pros: '', cons: '' }])}
        >
          {t('form.addOption')}
        </Button>
      </fieldset>

      <fieldset className="space-y-3 rounded border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-800">{t('form.sharingRules')}</legend>
        {values.sharingRules.map((rule, index) => {
          const change = (patch: Partial<SharingRuleInput>) =>
            set(
              'sharingRules',
              values.sharingRules.map((r, i) => (i === index ? { ...r, ...patch } : r)),
            );
          const error = (field: string) => fieldErrors[`sharingRules.${index}.${field}`];
          return (
            <div key={index} className="grid gap-2 border-b border-slate-100 pb-3 sm:grid-cols-2">
              <TextField
                label={t('detail.sharingCategory')}
                required
                value={rule.dataCategory}
                errors={error('dataCategory')}
                onChange={(e) => change({ dataCategory: e.target.value })}
              />
              <SelectField
                label={t('detail.sharingVerdict')}
                options={sharingVerdicts.map((value) => ({ value, label: t(`verdict.${value}`) }))}
                value={rule.verdict}
                onChange={(e) => change({ verdict: e.target.value as SharingRuleInput['verdict'] })}
              />
              <SelectField
                label={t('detail.sharingFrom')}
                placeholder=""
                options={organisationOptions}
                value={rule.fromOrganisationId}
                errors={error('fromOrganisationId')}
                onChange={(e) => change({ fromOrganisationId: e.target.value })}
              />
              <SelectField
                label={t('detail.sharingTo')}
                placeholder=""
                options={organisationOptions}
                value={rule.toOrganisationId}
                errors={error('toOrganisationId')}
                onChange={(e) => change({ toOrganisationId: e.target.value })}
              />
              <TextField
                label={t('detail.sharingGround')}
                value={rule.legalGround}
                onChange={(e) => change({ legalGround: e.target.value })}
              />
              <TextField
                label={t('detail.sharingConsent')}
                value={rule.consentFrom}
                onChange={(e) => change({ consentFrom: e.target.value })}
              />
              <div className="sm:col-span-2">
                <TextArea
                  label={t('detail.sharingConditions')}
                  rows={2}
                  value={rule.conditions}
                  onChange={(e) => change({ conditions: e.target.value })}
                />
              </div>
              <div>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() =>
                    set(
                      'sharingRules',
                      values.sharingRules.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('form.remove')}
                </Button>
              </div>
            </div>
          );
        })}
        <Button
          variant="secondary"
          size="sm"
          onClick={() =>
            set('sharingRules', [
              ...values.sharingRules,
              {
                dataCategory: '',
                fromOrganisationId: '',
                toOrganisationId: '',
                legalGround: '',
                conditions: '',
                consentFrom: '',
                verdict: 'UNDER_CONDITIONS',
              },
            ])
          }
        >
          {t('form.addSharingRule')}
        </Button>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('form.decisionLevel')}
          placeholder={t('level.none')}
          options={decisionLevels.map((value) => ({ value, label: t(`level.${value}`) }))}
          value={values.decisionLevel}
          errors={fieldErrors.decisionLevel}
          onChange={(e) => set('decisionLevel', e.target.value)}
        />
        <TextField
          label={t('form.decidedBy')}
          value={values.decidedBy}
          errors={fieldErrors.decidedBy}
          onChange={(e) => set('decidedBy', e.target.value)}
        />
        <TextField
          type="date"
          label={t('form.decisionDate')}
          value={values.decisionDate}
          errors={fieldErrors.decisionDate}
          onChange={(e) => set('decisionDate', e.target.value)}
        />
        <TextField
          type="date"
          label={t('form.reviewDate')}
          value={values.reviewDate}
          errors={fieldErrors.reviewDate}
          onChange={(e) => set('reviewDate', e.target.value)}
        />
      </div>
      <SelectField
        label={t('form.classification')}
        options={classificationLevels.map((level) => ({ value: level, label: tAll(`classification.${level}`) }))}
        value={values.classification}
        errors={fieldErrors.classification}
        onChange={(e) => set('classification', e.target.value as Classification)}
      />
    </>
  );
}

function useReferenceLabels(): Map<string, string> {
  const trpc = useTRPC();
  const reference = useQuery(trpc.decisions.referenceConditions.queryOptions());
  // Stored texts are the Dutch labels: decisions are records in Dutch.
  return new Map((reference.data ?? []).map((condition) => [condition.code, condition.labelNl]));
}

export function CreateDecisionForm({
  initialGroupId,
  supersedesId,
}: {
  initialGroupId: string | null;
  supersedesId: string | null;
}) {
  const t = useTranslations('decisions');
  const tAll = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const referenceLabels = useReferenceLabels();
  const groups = useQuery(trpc.workingGroups.list.queryOptions({ scope: 'mine', limit: 100 }));
  const writable = contributableGroups(groups.data?.items ?? []);
  const form = useForm<DecisionFormValues>({ ...emptyValues, groupId: initialGroupId ?? '' });
  const group = useQuery(
    trpc.workingGroups.get.queryOptions({ id: form.values.groupId }, { enabled: form.values.groupId !== '' }),
  );
  const predecessor = useQuery(
    trpc.decisions.get.queryOptions({ id: supersedesId ?? '' }, { enabled: supersedesId !== null }),
  );
  const [prefilled, setPrefilled] = useState(false);
  const { set, reset } = form;

  // A new group: everyone in it is concerned by default.
  const groupOrganisations = group.data?.organisations ?? [];
  const groupKey = group.data?.id;
  useEffect(() => {
    if (groupKey && group.data)
      set(
        'organisationIds',
        group.data.organisations.map((o) => o.id),
      );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when another group is chosen
  }, [groupKey]);

  // A successor starts as a copy of the decision it replaces.
  useEffect(() => {
    const source = predecessor.data;
    if (!source || prefilled) return;
    setPrefilled(true);
    reset({
      ...valuesFromDecision(source),
      groupId: source.group.id,
    });
  }, [predecessor.data, prefilled, reset]);

  const create = useMutation(
    trpc.decisions.create.mutationOptions({
      onSuccess: async (decision) => {
        await queryClient.invalidateQueries({ queryKey: trpc.decisions.pathKey() });
        router.push(`/afwegingskader/${decision.id}`);
      },
      onError: form.fail,
    }),
  );

  if (groups.isPending) return <Loading />;
  if (writable.length === 0) return <EmptyState>{t('form.noGroups')}</EmptyState>;

  return (
    <form
      method="post"
      noValidate
      className="max-w-3xl space-y-5 rounded border border-slate-200 bg-white p-6 shadow-sm"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('createDecisionSchema', {
          ...toContent(form.values, referenceLabels),
          groupId: form.values.groupId,
          supersedesId,
        });
        if (input) create.mutate(input);
      }}
    >
      {predecessor.data ? (
        <Notice tone="info">{t('form.supersedesNotice', { question: predecessor.data.question })}</Notice>
      ) : null}
      <FormAlert error={form.formError} />
      <SelectField
        label={t('form.group')}
        required
        placeholder={t('form.groupPlaceholder')}
        options={writable.map((g) => ({ value: g.id, label: g.name }))}
        value={form.values.groupId}
        errors={form.fieldErrors.groupId}
        disabled={supersedesId !== null}
        onChange={(e) => set('groupId', e.target.value)}
      />
      <DecisionFields form={form} groupOrganisations={groupOrganisations} />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? tAll('actions.saving') : t('form.submitCreate')}
      </Button>
    </form>
  );
}

interface EditableDecision {
  id: string;
  version: number;
  group: { id: string };
  question: string;
  context: string;
  cooperationLevel: string;
  topic: string;
  tags: string[];
  outcome: DecisionOutcome;
  conditions: DecisionCondition[];
  legalBases: { id: string }[];
  options: DecisionOption[];
  sharingRules: SharingRuleInput[];
  organisations: { id: string; consequences: string }[];
  consequences: string;
  decisionLevel: string | null;
  decidedBy: string;
  decisionDate: string | null;
  reviewDate: string | null;
  classification: Classification;
}

function valuesFromDecision(decision: EditableDecision): DecisionFormValues {
  return {
    groupId: decision.group.id,
    question: decision.question,
    context: decision.context,
    cooperationLevel: decision.cooperationLevel,
    topic: decision.topic,
    tagsText: decision.tags.join(', '),
    outcome: decision.outcome,
    referenceConditionCodes: decision.conditions.flatMap((c) => (c.code ? [c.code] : [])),
    freeConditions: decision.conditions.filter((c) => !c.code).map((c) => c.text),
    legalBasisIds: decision.legalBases.map((b) => b.id),
    options: decision.options,
    sharingRules: decision.sharingRules.map(
      ({ dataCategory, fromOrganisationId, toOrganisationId, legalGround, conditions, consentFrom, verdict }) => ({
        dataCategory,
        fromOrganisationId,
        toOrganisationId,
        legalGround,
        conditions,
        consentFrom,
        verdict,
      }),
    ),
    organisationIds: decision.organisations.map((o) => o.id),
    consequences: decision.consequences,
    organisationConsequences: Object.fromEntries(
      decision.organisations.filter((o) => o.consequences !== '').map((o) => [o.id, o.consequences]),
    ),
    decisionLevel: decision.decisionLevel ?? '',
    decidedBy: decision.decidedBy,
    decisionDate: decision.decisionDate ?? '',
    reviewDate: decision.reviewDate ?? '',
    classification: decision.classification,
  };
}

export function EditDecisionForm({ id }: { id: string }) {
  const trpc = useTRPC();
  const decision = useQuery(trpc.decisions.get.queryOptions({ id }));
  const readError = useErrorReader();
  if (decision.isPending) return <Loading />;
  if (decision.isError) return <EmptyState>{readError(decision.error).message}</EmptyState>;
  // No key on the version: a newer version arriving while the user types must not remount (and empty) the form.
  return <EditDecisionFormLoaded decision={decision.data} />;
}

/** Form value names whose label has another message key. */
const decisionFieldMessage: Record<string, string> = {
  groupId: 'group',
  tagsText: 'tags',
  referenceConditionCodes: 'referenceConditions',
  freeConditions: 'conditions',
  legalBasisIds: 'legalBases',
  organisationIds: 'organisations',
};

function EditDecisionFormLoaded({
  decision,
}: {
  decision: EditableDecision & { organisations: { id: string; code: string; name: string; consequences: string }[] };
}) {
  const tAll = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const referenceLabels = useReferenceLabels();
  const group = useQuery(trpc.workingGroups.get.queryOptions({ id: decision.group.id }));
  const edit = useEditForm({
    record: decision,
    toValues: valuesFromDecision,
    update: trpc.decisions.update,
    latest: trpc.decisions.get.queryOptions({ id: decision.id }),
    invalidates: trpc.decisions.pathKey(),
    onSaved: (result) =>
      router.push(`/afwegingskader/${decision.id}${result.signOffsReset ? '?aftekeningen=vervallen' : ''}`),
    live: 'decision',
  });
  const { form, submit, pending } = edit;
  const organisations = group.data?.organisations ?? decision.organisations;
  const fieldLabel = (path: readonly string[]): string | null => {
    const [head, organisationId] = path;
    if (head === 'organisationConsequences' && organisationId) {
      const name = organisations.find((o) => o.id === organisationId)?.name ?? organisationId;
      return tAll('decisions.form.organisationConsequences', { organisation: name });
    }
    const key = `decisions.form.${decisionFieldMessage[head ?? ''] ?? head ?? ''}`;
    return tAll.has(key) ? tAll(key) : null;
  };

  return (
    <form
      method="post"
      noValidate
      className="max-w-3xl space-y-5 rounded border border-slate-200 bg-white p-6 shadow-sm"
      onSubmit={async (event) => {
        event.preventDefault();
        await submit('updateDecisionSchema', toContent(form.values, referenceLabels));
      }}
    >
      {/* The comparison offers the newest version field by field; no reload that would throw the input away. */}
      <FormAlert error={form.formError} />
      <EditConflictPanel edit={edit} fieldLabel={fieldLabel} />
      <DecisionFields form={form} groupOrganisations={organisations} />
      <Button type="submit" disabled={pending}>
        {pending ? tAll('actions.saving') : tAll('actions.save')}
      </Button>
    </form>
  );
}
