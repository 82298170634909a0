'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import {
  canCreateGrouplessRecommendation,
  classificationLevels,
  filesRecommendationsInEveryGroup,
  groupsForNewRecommendation,
  recommendationLevels,
  recommendationSourceTypes,
  type Classification,
  type RecommendationLevel,
  type RecommendationSourceType,
} from '@srw/domain';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { EditConflictPanel, type ConflictAware } from '@/components/forms/edit-conflict';
import { FormAlert } from '@/components/forms/form-alert';
import { useEditForm } from '@/components/forms/use-edit-form';
import { useForm } from '@/components/forms/use-form';
import { useSessionUser } from '@/components/shell/session-user';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/states';
import { IndicatorPicker } from '@/components/recommendations/indicator-picker';
import { useTRPC } from '@/lib/trpc/client';

interface RecommendationFormValues extends Record<string, unknown> {
  code: string;
  title: string;
  description: string;
  sourceType: RecommendationSourceType;
  sourceReference: string;
  level: RecommendationLevel;
  groupId: string;
  conditionIds: string[];
  addresseeOrganisationIds: string[];
  ownerUserId: string;
  dueDate: string;
  priority: boolean;
  /** The legal-framework decision this waits on; '' for none. */
  decisionId: string;
  classification: Classification;
  note: string;
}

/** The recommendation as the edit form needs it. */
export interface EditableRecommendation {
  id: string;
  version: number;
  code: string;
  title: string;
  description: string;
  sourceType: RecommendationSourceType;
  sourceReference: string;
  level: RecommendationLevel;
  groupId: string | null;
  conditionIds: string[];
  addressees: { organisationId: string }[];
  ownerUserId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  priority: boolean;
  decisionId: string | null;
  classification: Classification;
}

export function CreateRecommendationForm() {
  return <RecommendationForm existing={null} />;
}

function recommendationToValues(existing: EditableRecommendation): RecommendationFormValues {
  return {
    code: existing.code,
    title: existing.title,
    description: existing.description,
    sourceType: existing.sourceType,
    sourceReference: existing.sourceReference,
    level: existing.level,
    groupId: existing.groupId ?? '',
    conditionIds: existing.conditionIds,
    addresseeOrganisationIds: existing.addressees.map((a) => a.organisationId),
    ownerUserId: existing.ownerUserId ?? '',
    dueDate: existing.dueDate ?? '',
    priority: existing.priority,
    decisionId: existing.decisionId ?? '',
    classification: existing.classification,
    note: '',
  };
}

/** What the shared form needs of `useEditForm` when it edits. */
interface RecommendationEdit extends ConflictAware<RecommendationFormValues> {
  form: ReturnType<typeof useForm<RecommendationFormValues>>;
  submit(schema: 'updateRecommendationSchema', content: object): Promise<void>;
  pending: boolean;
  saved: boolean;
}

export function EditRecommendationForm({ recommendation }: { recommendation: EditableRecommendation }) {
  const trpc = useTRPC();
  const edit = useEditForm({
    record: recommendation,
    toValues: recommendationToValues,
    update: trpc.recommendations.update,
    latest: trpc.recommendations.get.queryOptions({ id: recommendation.id }),
    invalidates: trpc.recommendations.pathKey(),
    live: 'recommendation',
  });
  return <RecommendationForm existing={recommendation} edit={edit} />;
}

function RecommendationForm({
  existing,
  edit,
}: {
  existing: EditableRecommendation | null;
  edit?: RecommendationEdit;
}) {
  const t = useTranslations('recommendations');
  const tc = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const user = useSessionUser();
  const mayCreateGroupless = canCreateGrouplessRecommendation(user);
  const groups = useQuery(
    trpc.workingGroups.list.queryOptions({
      scope: filesRecommendationsInEveryGroup(user) ? 'all' : 'mine',
      limit: 100,
    }),
  );
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  const [ownerSearch, setOwnerSearch] = useState('');
  const decisions = useQuery(trpc.decisions.list.queryOptions({ limit: 100 }));
  const groupOptions = [
    ...(mayCreateGroupless ? [{ value: '', label: t('managementLevel') }] : []),
    ...groupsForNewRecommendation(user, groups.data?.items ?? []).map((g) => ({ value: g.id, label: g.name })),
  ];
  const ownForm = useForm<RecommendationFormValues>({
    code: '',
    title: '',
    description: '',
    sourceType: 'working_group',
    sourceReference: '',
    level: 'operationeel',
    groupId: '',
    conditionIds: [],
    addresseeOrganisationIds: [],
    ownerUserId: '',
    dueDate: '',
    priority: false,
    decisionId: '',
    classification: 'ONGERUBRICEERD',
    note: '',
  });
  // Editing: the form of `useEditForm` (version, conflict, live changes); creating: a plain one.
  const form = edit?.form ?? ownForm;
  const create = useMutation(
    trpc.recommendations.create.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries({ queryKey: trpc.recommendations.pathKey() });
        router.push(`/aanbevelingen/${created.id}`);
      },
      onError: form.fail,
    }),
  );
  const pending = create.isPending || (edit?.pending ?? false);
  const saved = edit?.saved ?? false;
  const groupValue = form.values.groupId || (mayCreateGroupless ? '' : (groupOptions[0]?.value ?? ''));
  // Candidates come from the group's organisations (anyone for a management-level recommendation).
  const ownerGroupId = existing ? existing.groupId : groupValue || null;
  const owners = useQuery(
    trpc.recommendations.eligibleOwners.queryOptions({ groupId: ownerGroupId, search: ownerSearch }),
  );

  return (
    <form
      method="post"
      noValidate
      className={existing ? 'space-y-5' : 'max-w-3xl space-y-5 rounded border border-slate-200 bg-white p-6 shadow-sm'}
      onSubmit={async (event) => {
        event.preventDefault();
        const v = form.values;
        if (edit) {
          await edit.submit('updateRecommendationSchema', {
            ...v,
            ownerUserId: v.ownerUserId || null,
            dueDate: v.dueDate || null,
            decisionId: v.decisionId || null,
          });
          return;
        }
        const input = await form.validate('createRecommendationSchema', {
          ...v,
          code: v.code.trim() || null,
          groupId: groupValue || null,
          ownerUserId: v.ownerUserId || null,
          dueDate: v.dueDate || null,
          decisionId: v.decisionId || null,
        });
        if (input) create.mutate(input);
      }}
    >
      <FormAlert error={form.formError} />
      {edit ? <EditConflictPanel edit={edit} /> : null}
      {saved ? <Notice>{tc('states.saved')}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <TextField
          label={t('fields.code')}
          hint={t('fields.codeHint')}
          maxLength={20}
          value={form.values.code}
          errors={form.fieldErrors.code}
          onChange={(e) => form.set('code', e.target.value)}
        />
        <TextField
          label={t('fields.title')}
          required
          maxLength={200}
          value={form.values.title}
          errors={form.fieldErrors.title}
          onChange={(e) => form.set('title', e.target.value)}
        />
      </div>
      <TextArea
        label={t('fields.description')}
        value={form.values.description}
        errors={form.fieldErrors.description}
        onChange={(e) => form.set('description', e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('fields.group')}
          disabled={existing !== null}
          options={
            existing
              ? [
                  {
                    value: existing.groupId ?? '',
                    label: existing.groupId
                      ? (groups.data?.items.find((g) => g.id === existing.groupId)?.name ?? '…')
                      : t('managementLevel'),
                  },
                ]
              : groupOptions
          }
          value={existing ? (existing.groupId ?? '') : groupValue}
          errors={form.fieldErrors.groupId}
          onChange={(e) => form.set('groupId', e.target.value)}
        />
        <SelectField
          label={t('fields.level')}
          options={recommendationLevels.map((l) => ({ value: l, label: t(`level.${l}`) }))}
          value={form.values.level}
          onChange={(e) => form.set('level', e.target.value as RecommendationLevel)}
        />
        <SelectField
          label={t('fields.sourceType')}
          options={recommendationSourceTypes.map((s) => ({ value: s, label: t(`source.${s}`) }))}
          value={form.values.sourceType}
          onChange={(e) => form.set('sourceType', e.target.value as RecommendationSourceType)}
        />
        <TextField
          label={t('fields.sourceReference')}
          hint={t('fields.sourceReferenceHint')}
          maxLength={300}
          value={form.values.sourceReference}
          errors={form.fieldErrors.sourceReference}
          onChange={(e) => form.set('sourceReference', e.target.value)}
        />
      </div>
      <CheckboxGroup
        legend={t('fields.addressees')}
        required
        options={(organisations.data ?? []).filter((o) => o.active).map((o) => ({ value: o.id, label: o.name }))}
        value={form.values.addresseeOrganisationIds}
        errors={form.fieldErrors.addresseeOrganisationIds}
        onChange={(value) => form.set('addresseeOrganisationIds', value)}
      />
      <IndicatorPicker
        legend={t('fields.conditions')}
        value={form.values.conditionIds}
        errors={form.fieldErrors.conditionIds}
        onChange={(value) => form.set('conditionIds', value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('fields.ownerSearch')}
          type="search"
          value={ownerSearch}
          onChange={(e) => setOwnerSearch(e.target.value)}
        />
        <SelectField
          label={t('fields.owner')}
          placeholder={t('noOwner')}
          options={[
            ...(existing?.ownerUserId && !(owners.data ?? []).some((u) => u.id === existing.ownerUserId)
              ? [{ value: existing.ownerUserId, label: existing.ownerName ?? existing.ownerUserId }]
              : []),
            ...(owners.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.organisationCode})` })),
          ]}
          value={form.values.ownerUserId}
          errors={form.fieldErrors.ownerUserId}
          onChange={(e) => form.set('ownerUserId', e.target.value)}
        />
        <TextField
          type="date"
          label={t('fields.dueDate')}
          value={form.values.dueDate}
          errors={form.fieldErrors.dueDate}
          onChange={(e) => form.set('dueDate', e.target.value)}
        />
        <SelectField
          label={t('fields.decision')}
          hint={t('fields.decisionHint')}
          placeholder={t('fields.noDecision')}
          options={[
            // The current link stays selectable even when it is not among the decisions listed.
            ...(form.values.decisionId && !(decisions.data?.items ?? []).some((d) => d.id === form.values.decisionId)
              ? [{ value: form.values.decisionId, label: t('fields.currentDecision') }]
              : []),
            ...(decisions.data?.items ?? []).map((d) => ({ value: d.id, label: d.question })),
          ]}
          value={form.values.decisionId}
          errors={form.fieldErrors.decisionId}
          onChange={(e) => form.set('decisionId', e.target.value)}
        />
        <SelectField
          label={t('fields.classification')}
          options={classificationLevels.map((level) => ({ value: level, label: tc(`classification.${level}`) }))}
          value={form.values.classification}
          errors={form.fieldErrors.classification}
          onChange={(e) => form.set('classification', e.target.value as Classification)}
        />
      </div>
      <label className="flex items-center gap-2 text-slate-800">
        <input
          type="checkbox"
          className="h-4 w-4 accent-brand-700"
          checked={form.values.priority}
          onChange={(e) => form.set('priority', e.target.checked)}
        />
        {t('fields.priority')}
      </label>
      {existing ? null : (
        <TextArea
          label={t('fields.note')}
          rows={2}
          value={form.values.note}
          errors={form.fieldErrors.note}
          onChange={(e) => form.set('note', e.target.value)}
        />
      )}
      <Button type="submit" disabled={pending}>
        {pending ? tc('actions.saving') : existing ? tc('actions.save') : t('create.submit')}
      </Button>
    </form>
  );
}
