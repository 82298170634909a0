'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import {
  classificationLevels,
  clearanceLevels,
  placementGroupChoices,
  readsEveryGroup,
  requiresClearance,
  type Classification,
  type ClearanceLevel,
  type PlacementPermissions,
} from '@srw/domain';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { EditConflictPanel } from '@/components/forms/edit-conflict';
import { FormAlert } from '@/components/forms/form-alert';
import { useEditForm } from '@/components/forms/use-edit-form';
import { useForm } from '@/components/forms/use-form';
import { useSessionUser } from '@/components/shell/session-user';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

export interface PlacementFormValues extends Record<string, unknown> {
  personKind: 'user' | 'named';
  personUserId: string;
  personName: string;
  homeOrganisationId: string;
  homeUnit: string;
  hostOrganisationId: string;
  hostUnit: string;
  hostFunction: string;
  purpose: string;
  learningGoals: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: string;
  homeContact: string;
  hostContact: string;
  groupId: string;
  classification: Classification;
  clearanceLevel: ClearanceLevel;
  clearanceExpiresOn: string;
  accessGrants: { system: string; expiresOn: string }[];
}

const emptyValues: PlacementFormValues = {
  personKind: 'user',
  personUserId: '',
  personName: '',
  homeOrganisationId: '',
  homeUnit: '',
  hostOrganisationId: '',
  hostUnit: '',
  hostFunction: '',
  purpose: '',
  learningGoals: '',
  startDate: '',
  endDate: '',
  hoursPerWeek: '',
  homeContact: '',
  hostContact: '',
  groupId: '',
  classification: 'ONGERUBRICEERD',
  clearanceLevel: 'geen',
  clearanceExpiresOn: '',
  accessGrants: [],
};

/** The form's strings as the shared schema's input. */
function detailsInput(values: PlacementFormValues) {
  return {
    homeOrganisationId: values.homeOrganisationId,
    homeUnit: values.homeUnit,
    hostOrganisationId: values.hostOrganisationId,
    hostUnit: values.hostUnit,
    hostFunction: values.hostFunction,
    purpose: values.purpose,
    learningGoals: values.learningGoals,
    startDate: values.startDate,
    endDate: values.endDate,
    hoursPerWeek: values.hoursPerWeek.trim() === '' ? undefined : Number(values.hoursPerWeek),
    homeContact: values.homeContact,
    hostContact: values.hostContact,
    groupId: values.groupId || null,
    classification: values.classification,
    clearanceLevel: values.clearanceLevel,
    clearanceExpiresOn: values.clearanceExpiresOn || null,
    accessGrants: values.accessGrants.map((grant) => ({ system: grant.system, expiresOn: grant.expiresOn || null })),
  };
}

type Form = ReturnType<typeof useForm<PlacementFormValues>>;

/** The groups this person may link a placement to (the one linked now included). */
function useGroupOptions(linkedGroupId: string | null) {
  const trpc = useTRPC();
  const user = useSessionUser();
  const groups = useQuery(
    trpc.workingGroups.list.queryOptions({ scope: readsEveryGroup(user) ? 'all' : 'mine', limit: 100 }),
  );
  return placementGroupChoices(user, groups.data?.items ?? [], linkedGroupId).map((g) => ({
    value: g.id,
    label: g.name,
  }));
}

function useOrganisationOptions() {
  const trpc = useTRPC();
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  return (organisations.data ?? [])
    .filter((o) => o.active)
    .map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }));
}

function PersonFields({ form }: { form: Form }) {
  const t = useTranslations('placements.fields');
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const candidates = useQuery(
    trpc.placements.personCandidates.queryOptions({ search }, { enabled: form.values.personKind === 'user' }),
  );
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">
        {t('personKind')}
        <span aria-hidden className="text-red-700">
          {' '}
          *
        </span>
      </legend>
      <div className="flex flex-wrap gap-6">
        {(['user', 'named'] as const).map((kind) => (
          <label key={kind} className="inline-flex items-center gap-2 text-slate-800">
            <input
              type="radio"
              name="personKind"
              className="h-4 w-4 accent-brand-700"
              checked={form.values.personKind === kind}
              onChange={() => form.set('personKind', kind)}
            />
            {kind === 'user' ? t('personUser') : t('personNamed')}
          </label>
        ))}
      </div>
      {form.values.personKind === 'user' ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label={t('personSearch')}
            value={search}
            maxLength={100}
            onChange={(e) => setSearch(e.target.value)}
          />
          <SelectField
            label={t('personUserId')}
            required
            placeholder={t('personUserPlaceholder')}
            options={(candidates.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.organisationCode})` }))}
            value={form.values.personUserId}
            errors={form.fieldErrors['person.userId'] ?? form.fieldErrors.person}
            onChange={(e) => {
              const chosen = candidates.data?.find((u) => u.id === e.target.value);
              form.set('personUserId', e.target.value);
              if (chosen && !form.values.homeOrganisationId) form.set('homeOrganisationId', chosen.organisationId);
            }}
          />
        </div>
      ) : (
        <TextField
          label={t('personName')}
          required
          maxLength={120}
          value={form.values.personName}
          errors={form.fieldErrors['person.name'] ?? form.fieldErrors.person}
          onChange={(e) => form.set('personName', e.target.value)}
        />
      )}
    </fieldset>
  );
}

function DetailFields({
  form,
  periodLocked,
  linkedGroupId,
}: {
  form: Form;
  periodLocked: boolean;
  linkedGroupId: string | null;
}) {
  const t = useTranslations();
  const f = (key: string) => t(`placements.fields.${key}`);
  const organisationOptions = useOrganisationOptions();
  const groupOptions = useGroupOptions(linkedGroupId);
  const text = (key: keyof PlacementFormValues & string, max: number, required = false) => (
    <TextField
      label={f(key)}
      required={required}
      maxLength={max}
      value={String(form.values[key])}
      errors={form.fieldErrors[key]}
      onChange={(e) => form.set(key, e.target.value)}
    />
  );
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={f('homeOrganisationId')}
          required
          placeholder={f('choose')}
          options={organisationOptions}
          value={form.values.homeOrganisationId}
          errors={form.fieldErrors.homeOrganisationId}
          onChange={(e) => form.set('homeOrganisationId', e.target.value)}
        />
        {text('homeUnit', 160, true)}
        <SelectField
          label={f('hostOrganisationId')}
          required
          placeholder={f('choose')}
          options={organisationOptions}
          value={form.values.hostOrganisationId}
          errors={form.fieldErrors.hostOrganisationId}
          onChange={(e) => form.set('hostOrganisationId', e.target.value)}
        />
        {text('hostUnit', 160, true)}
      </div>
      {text('hostFunction', 160, true)}
      <TextArea
        label={f('purpose')}
        required
        value={form.values.purpose}
        errors={form.fieldErrors.purpose}
        onChange={(e) => form.set('purpose', e.target.value)}
      />
      <TextArea
        label={f('learningGoals')}
        value={form.values.learningGoals}
        errors={form.fieldErrors.learningGoals}
        onChange={(e) => form.set('learningGoals', e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          type="date"
          label={f('startDate')}
          required
          disabled={periodLocked}
          hint={periodLocked ? t('placements.detail.periodLockedHint') : undefined}
          value={form.values.startDate}
          errors={form.fieldErrors.startDate}
          onChange={(e) => form.set('startDate', e.target.value)}
        />
        <TextField
          type="date"
          label={f('endDate')}
          required
          disabled={periodLocked}
          hint={f('endDateHint')}
          value={form.values.endDate}
          errors={form.fieldErrors.endDate}
          onChange={(e) => form.set('endDate', e.target.value)}
        />
        <TextField
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          label={f('hoursPerWeek')}
          required
          value={form.values.hoursPerWeek}
          errors={form.fieldErrors.hoursPerWeek}
          onChange={(e) => form.set('hoursPerWeek', e.target.value)}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {text('homeContact', 200)}
        {text('hostContact', 200)}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={f('groupId')}
          placeholder={f('noGroup')}
          options={groupOptions}
          value={form.values.groupId}
          errors={form.fieldErrors.groupId}
          onChange={(e) => form.set('groupId', e.target.value)}
        />
        <SelectField
          label={f('classification')}
          options={classificationLevels.map((level) => ({ value: level, label: t(`classification.${level}`) }))}
          value={form.values.classification}
          errors={form.fieldErrors.classification}
          onChange={(e) => form.set('classification', e.target.value as Classification)}
        />
      </div>
      <fieldset className="space-y-3 rounded border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-800">{t('placements.detail.accessTitle')}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={f('clearanceLevel')}
            options={clearanceLevels.map((level) => ({ value: level, label: t(`placements.clearance.${level}`) }))}
            value={form.values.clearanceLevel}
            errors={form.fieldErrors.clearanceLevel}
            onChange={(e) => form.set('clearanceLevel', e.target.value as ClearanceLevel)}
          />
          {requiresClearance(form.values.clearanceLevel) ? (
            <TextField
              type="date"
              label={f('clearanceExpiresOn')}
              value={form.values.clearanceExpiresOn}
              errors={form.fieldErrors.clearanceExpiresOn}
              onChange={(e) => form.set('clearanceExpiresOn', e.target.value)}
            />
          ) : null}
        </div>
        <p className="text-sm font-medium text-slate-800">{f('accessGrants')}</p>
        <ul className="space-y-3">
          {form.values.accessGrants.map((grant, index) => (
            <li key={index} className="grid items-end gap-3 sm:grid-cols-[2fr_1fr_auto]">
              <TextField
                label={`${f('accessSystem')} ${index + 1}`}
                required
                maxLength={200}
                value={grant.system}
                errors={form.fieldErrors[`accessGrants.${index}.system`]}
                onChange={(e) =>
                  form.set(
                    'accessGrants',
                    form.values.accessGrants.map((g, i) => (i === index ? { ...g, system: e.target.value } : g)),
                  )
                }
              />
              <TextField
                type="date"
                label={`${f('accessExpiresOn')} ${index + 1}`}
                value={grant.expiresOn}
                errors={form.fieldErrors[`accessGrants.${index}.expiresOn`]}
                onChange={(e) =>
                  form.set(
                    'accessGrants',
                    form.values.accessGrants.map((g, i) => (i === index ? { ...g, expiresOn: e.target.value } : g)),
                  )
                }
              />
              <Button
                variant="ghost"
                size="sm"
                onClick={() =>
                  form.set(
                    'accessGrants',
                    form.values.accessGrants.filter((_, i) => i !== index),
                  )
                }
              >
                {f('removeAccess')}
                <span className="sr-only"> {index + 1}</span>
              </Button>
            </li>
          ))}
        </ul>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => form.set('accessGrants', [...form.values.accessGrants, { system: '', expiresOn: '' }])}
        >
          {f('addAccess')}
        </Button>
      </fieldset>
    </>
  );
}

export function ProposePlacementForm() {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm<PlacementFormValues>(emptyValues);
  const propose = useMutation(
    trpc.placements.propose.mutationOptions({
      onSuccess: async (placement) => {
        await queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() });
        router.push(`/liaisons/${placement.id}`);
      },
      onError: form.fail,
    }),
  );
  const values = form.values;
  return (
    <form
      method="post"
      noValidate
      className="max-w-3xl space-y-5 rounded border border-slate-200 bg-white p-6 shadow-sm"
      onSubmit={async (event) => {
        event.preventDefault();
        const person =
          values.personKind === 'user'
            ? { kind: 'user', userId: values.personUserId }
            : { kind: 'named', name: values.personName };
        const input = await form.validate('proposePlacementSchema', { person, ...detailsInput(values) });
        if (input) propose.mutate(input);
      }}
    >
      <FormAlert error={form.formError} />
      <PersonFields form={form} />
      <DetailFields form={form} periodLocked={false} linkedGroupId={null} />
      <Button type="submit" disabled={propose.isPending}>
        {propose.isPending ? t('actions.saving') : t('placements.create.submit')}
      </Button>
    </form>
  );
}

export interface EditablePlacement {
  id: string;
  version: number;
  permissions: Pick<PlacementPermissions, 'canEditPeriod'>;
  homeOrganisationId: string;
  homeUnit: string;
  hostOrganisationId: string;
  hostUnit: string;
  hostFunction: string;
  purpose: string;
  learningGoals: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  homeContact: string;
  hostContact: string;
  groupId: string | null;
  classification: Classification;
  clearanceLevel: ClearanceLevel;
  clearanceExpiresOn: string | null;
  accessGrants: { system: string; expiresOn: string | null }[];
}

function valuesOf(p: EditablePlacement): PlacementFormValues {
  return {
    ...emptyValues,
    homeOrganisationId: p.homeOrganisationId,
    homeUnit: p.homeUnit,
    hostOrganisationId: p.hostOrganisationId,
    hostUnit: p.hostUnit,
    hostFunction: p.hostFunction,
    purpose: p.purpose,
    learningGoals: p.learningGoals,
    startDate: p.startDate,
    endDate: p.endDate,
    hoursPerWeek: String(p.hoursPerWeek),
    homeContact: p.homeContact,
    hostContact: p.hostContact,
    groupId: p.groupId ?? '',
    classification: p.classification,
    clearanceLevel: p.clearanceLevel,
    clearanceExpiresOn: p.clearanceExpiresOn ?? '',
    accessGrants: p.accessGrants.map((g) => ({ system: g.system, expiresOn: g.expiresOn ?? '' })),
  };
}

export function EditPlacementForm({ placement }: { placement: EditablePlacement }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const edit = useEditForm({
    record: placement,
    toValues: valuesOf,
    update: trpc.placements.update,
    latest: trpc.placements.get.queryOptions({ id: placement.id }),
    invalidates: trpc.placements.pathKey(),
    live: 'placement',
  });
  const { form, submit, pending, saved } = edit;
  return (
    <form
      method="post"
      noValidate
      className="max-w-3xl space-y-5"
      onSubmit={async (event) => {
        event.preventDefault();
        await submit('updatePlacementSchema', detailsInput(form.values));
      }}
    >
      <FormAlert error={form.formError} />
      <EditConflictPanel edit={edit} />
      {saved ? <Notice>{t('states.saved')}</Notice> : null}
      <DetailFields form={form} periodLocked={!placement.permissions.canEditPeriod} linkedGroupId={placement.groupId} />
      <Button type="submit" disabled={pending}>
        {pending ? t('actions.saving') : t('actions.save')}
      </Button>
    </form>
  );
}
