'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { classificationLevels, type Classification } from '@srw/domain';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { EditConflictPanel } from '@/components/forms/edit-conflict';
import { FormAlert } from '@/components/forms/form-alert';
import { useEditForm } from '@/components/forms/use-edit-form';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

interface GroupFormValues extends Record<string, unknown> {
  name: string;
  theme: string;
  description: string;
  organisationIds: string[];
  classification: Classification;
  chairUserId: string;
}

function useOrganisationOptions() {
  const trpc = useTRPC();
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  return (organisations.data ?? [])
    .filter((o) => o.active)
    .map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }));
}

function SharedFields({ form }: { form: ReturnType<typeof useForm<GroupFormValues>> }) {
  const t = useTranslations();
  const organisationOptions = useOrganisationOptions();
  return (
    <>
      <TextField
        label={t('workingGroups.fields.name')}
        required
        maxLength={120}
        value={form.values.name}
        errors={form.fieldErrors.name}
        onChange={(e) => form.set('name', e.target.value)}
      />
      <TextField
        label={t('workingGroups.fields.theme')}
        hint={t('workingGroups.fields.themeHint')}
        required
        maxLength={300}
        value={form.values.theme}
        errors={form.fieldErrors.theme}
        onChange={(e) => form.set('theme', e.target.value)}
      />
      <TextArea
        label={t('workingGroups.fields.description')}
        value={form.values.description}
        errors={form.fieldErrors.description}
        onChange={(e) => form.set('description', e.target.value)}
      />
      <CheckboxGroup
        legend={t('workingGroups.fields.organisations')}
        required
        options={organisationOptions}
        value={form.values.organisationIds}
        errors={form.fieldErrors.organisationIds}
        onChange={(value) => form.set('organisationIds', value)}
      />
      <SelectField
        label={t('workingGroups.fields.classification')}
        options={classificationLevels.map((level) => ({ value: level, label: t(`classification.${level}`) }))}
        value={form.values.classification}
        errors={form.fieldErrors.classification}
        onChange={(e) => form.set('classification', e.target.value as Classification)}
      />
    </>
  );
}

export function CreateWorkingGroupForm() {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm<GroupFormValues>({
    name: '',
    theme: '',
    description: '',
    organisationIds: [],
    classification: 'ONGERUBRICEERD',
    chairUserId: '',
  });
  const [chairSearch, setChairSearch] = useState('');
  const chairs = useQuery(
    trpc.users.directory.queryOptions(
      { search: chairSearch, organisationIds: form.values.organisationIds },
      { enabled: form.values.organisationIds.length > 0 },
    ),
  );
  const create = useMutation(
    trpc.workingGroups.create.mutationOptions({
      onSuccess: async (group) => {
        await queryClient.invalidateQueries({ queryKey: trpc.workingGroups.list.pathKey() });
        router.push(`/werkgroepen/${group.id}`);
      },
      onError: form.fail,
    }),
  );

  return (
    <form
      method="post"
      noValidate
      className="max-w-2xl space-y-5 rounded border border-slate-200 bg-white p-6 shadow-sm"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('createWorkingGroupSchema', form.values);
        if (input) create.mutate(input);
      }}
    >
      <FormAlert error={form.formError} />
      <SharedFields form={form} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t('actions.search')}
          value={chairSearch}
          onChange={(e) => setChairSearch(e.target.value)}
          disabled={form.values.organisationIds.length === 0}
        />
        <SelectField
          label={t('workingGroups.fields.chair')}
          hint={t('workingGroups.fields.chairHint')}
          required
          placeholder={t('workingGroups.fields.chairPlaceholder')}
          options={(chairs.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.organisationCode})` }))}
          value={form.values.chairUserId}
          errors={form.fieldErrors.chairUserId}
          onChange={(e) => form.set('chairUserId', e.target.value)}
        />
      </div>
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? t('actions.saving') : t('workingGroups.create.submit')}
      </Button>
    </form>
  );
}

export interface EditableGroup {
  id: string;
  version: number;
  name: string;
  theme: string;
  description: string;
  classification: Classification;
  organisations: { id: string }[];
}

function valuesOf(group: EditableGroup): GroupFormValues {
  return {
    name: group.name,
    theme: group.theme,
    description: group.description,
    organisationIds: group.organisations.map((o) => o.id),
    classification: group.classification,
    chairUserId: '',
  };
}

export function EditWorkingGroupForm({ group }: { group: EditableGroup }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const edit = useEditForm({
    record: group,
    toValues: valuesOf,
    update: trpc.workingGroups.update,
    latest: trpc.workingGroups.get.queryOptions({ id: group.id }),
    invalidates: trpc.workingGroups.pathKey(),
    // A group's changes show in its audit trail.
    onSaved: () => queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
    live: 'workingGroup',
  });
  const { form, submit, pending, saved } = edit;

  return (
    <form
      method="post"
      noValidate
      className="max-w-2xl space-y-5"
      onSubmit={async (event) => {
        event.preventDefault();
        await submit('updateWorkingGroupSchema', form.values);
      }}
    >
      <FormAlert error={form.formError} />
      <EditConflictPanel edit={edit} />
      {saved ? <Notice>{t('states.saved')}</Notice> : null}
      <SharedFields form={form} />
      <Button type="submit" disabled={pending}>
        {pending ? t('actions.saving') : t('actions.save')}
      </Button>
    </form>
  );
}
