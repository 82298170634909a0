'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import {
  classificationLevels,
  perspectiveAspects,
  threatTypes,
  type Classification,
  type PerspectiveAspect,
  type ThreatType,
} from '@srw/domain';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { EditConflictPanel } from '@/components/forms/edit-conflict';
import { FormAlert } from '@/components/forms/form-alert';
import { useEditForm } from '@/components/forms/use-edit-form';
import { useForm } from '@/components/forms/use-form';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { useTRPC } from '@/lib/trpc/client';
import { ConditionPicker } from './condition-picker';
import { useReferenceData } from './reference-data';
import { useReadableGroups } from './scenario-list';

type PerspectiveDraft = Record<PerspectiveAspect, string> & { included: boolean };

interface ScenarioFormValues extends Record<string, unknown> {
  groupId: string;
  title: string;
  problemStatement: string;
  threatType: ThreatType | '';
  cooperationLevel: string;
  classification: Classification;
  perspectives: Record<string, PerspectiveDraft>;
  legalBasisIds: string[];
  conditionIds: string[];
}

interface Organisation {
  id: string;
  code: string;
  name: string;
}

export interface EditableScenario {
  id: string;
  version: number;
  groupId: string;
  title: string;
  problemStatement: string;
  threatType: ThreatType;
  cooperationLevel: string;
  classification: Classification;
  perspectives: (Record<PerspectiveAspect, string> & { organisationId: string })[];
  legalBases: { id: string }[];
  conditions: { id: string }[];
  groupOrganisations: Organisation[];
}

const emptyPerspective = (included: boolean): PerspectiveDraft => ({
  included,
  mandate: '',
  capabilities: '',
  needsFromOther: '',
  chainOfCommand: '',
  expectedActions: '',
});

function toInput(values: ScenarioFormValues) {
  return {
    title: values.title,
    problemStatement: values.problemStatement,
    threatType: values.threatType,
    cooperationLevel: values.cooperationLevel,
    classification: values.classification,
    perspectives: Object.entries(values.perspectives)
      .filter(([, p]) => p.included)
      .map(([organisationId, { included: _included, ...aspects }]) => ({ organisationId, ...aspects })),
    legalBasisIds: values.legalBasisIds,
    conditionIds: values.conditionIds,
  };
}

function ScenarioFields({
  form,
  organisations,
}: {
  form: ReturnType<typeof useForm<ScenarioFormValues>>;
  organisations: Organisation[];
}) {
  const t = useTranslations();
  const reference = useReferenceData();
  const perspective = (organisationId: string) => form.values.perspectives[organisationId] ?? emptyPerspective(false);
  const setPerspective = (organisationId: string, patch: Partial<PerspectiveDraft>) =>
    form.set('perspectives', {
      ...form.values.perspectives,
      [organisationId]: { ...perspective(organisationId), ...patch },
    });
  const perspectiveErrors = Object.entries(form.fieldErrors)
    .filter(([key]) => key.startsWith('perspectives'))
    .flatMap(([, messages]) => messages);

  return (
    <>
      <TextField
        label={t('scenarios.fields.title')}
        required
        maxLength={200}
        value={form.values.title}
        errors={form.fieldErrors.title}
        onChange={(e) => form.set('title', e.target.value)}
      />
      <TextArea
        label={t('scenarios.fields.problemStatement')}
        hint={t('scenarios.fields.problemStatementHint')}
        required
        rows={6}
        value={form.values.problemStatement}
        errors={form.fieldErrors.problemStatement}
        onChange={(e) => form.set('problemStatement', e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          label={t('scenarios.fields.threatType')}
          required
          placeholder={t('scenarios.fields.choose')}
          options={threatTypes.map((type) => ({ value: type, label: t(`scenarios.threatType.${type}`) }))}
          value={form.values.threatType}
          errors={form.fieldErrors.threatType}
          onChange={(e) => form.set('threatType', e.target.value as ThreatType | '')}
        />
        <SelectField
          label={t('scenarios.fields.cooperationLevel')}
          required
          placeholder={t('scenarios.fields.choose')}
          options={reference.cooperationLevels}
          value={form.values.cooperationLevel}
          errors={form.fieldErrors.cooperationLevel}
          onChange={(e) => form.set('cooperationLevel', e.target.value)}
        />
        <SelectField
          label={t('classification.label')}
          options={classificationLevels.map((level) => ({ value: level, label: t(`classification.${level}`) }))}
          value={form.values.classification}
          errors={form.fieldErrors.classification}
          onChange={(e) => form.set('classification', e.target.value as Classification)}
        />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-brand-800">{t('scenarios.perspectives.title')}</legend>
        <p className="text-sm text-slate-600">{t('scenarios.perspectives.formIntro')}</p>
        {perspectiveErrors.length ? <p className="text-sm text-red-700">{perspectiveErrors.join(' ')}</p> : null}
        {organisations.length === 0 ? (
          <p className="text-sm text-slate-600">{t('scenarios.perspectives.chooseGroupFirst')}</p>
        ) : null}
        <div className="grid gap-4 lg:grid-cols-2">
          {organisations.map((organisation) => {
            const draft = perspective(organisation.id);
            return (
              <div key={organisation.id} className="space-y-3 rounded border border-slate-200 bg-slate-50 p-4">
                <label className="flex items-center gap-2 font-medium">
                  <input
                    type="checkbox"
                    className="h-4 w-4 accent-brand-700"
                    checked={draft.included}
                    onChange={(e) => setPerspective(organisation.id, { included: e.target.checked })}
                  />
                  {t('scenarios.perspectives.include', { organisation: organisation.name })}
                  <Badge tone={organisationTone(organisation.code)}>{organisation.code}</Badge>
                </label>
                {draft.included
                  ? perspectiveAspects.map((aspect) => (
                      <TextArea
                        key={aspect}
                        rows={3}
                        label={`${t(`scenarios.perspectives.aspects.${aspect}`)} (${organisation.code})`}
                        value={draft[aspect]}
                        onChange={(e) => setPerspective(organisation.id, { [aspect]: e.target.value })}
                      />
                    ))
                  : null}
              </div>
            );
          })}
        </div>
      </fieldset>

      <CheckboxGroup
        legend={t('scenarios.fields.legalBases')}
        options={reference.legalBases.map((basis) => ({ value: basis.id, label: `${basis.code} – ${basis.title}` }))}
        value={form.values.legalBasisIds}
        errors={form.fieldErrors.legalBasisIds}
        onChange={(value) => form.set('legalBasisIds', value)}
      />
      <ConditionPicker
        legend={t('scenarios.fields.conditions')}
        hint={t('scenarios.fields.conditionsHint')}
        value={form.values.conditionIds}
        errors={form.fieldErrors.conditionIds}
        onChange={(value) => form.set('conditionIds', value)}
      />
    </>
  );
}

export function CreateScenarioForm({ initialGroupId }: { initialGroupId: string | null }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { contributable } = useReadableGroups();
  const form = useForm<ScenarioFormValues>({
    groupId: initialGroupId ?? '',
    title: '',
    problemStatement: '',
    threatType: '',
    cooperationLevel: '',
    classification: 'ONGERUBRICEERD',
    perspectives: {},
    legalBasisIds: [],
    conditionIds: [],
  });
  const group = useQuery(
    trpc.workingGroups.get.queryOptions({ id: form.values.groupId }, { enabled: form.values.groupId !== '' }),
  );
  const organisations = form.values.groupId ? (group.data?.organisations ?? []) : [];
  const create = useMutation(
    trpc.scenarios.create.mutationOptions({
      onSuccess: async (scenario) => {
        await queryClient.invalidateQueries({ queryKey: trpc.scenarios.pathKey() });
        router.push(`/scenarios/${scenario.id}`);
      },
      onError: form.fail,
    }),
  );

  return (
    <form
      method="post"
      noValidate
      className="max-w-4xl space-y-5 rounded border border-slate-200 bg-white p-6 shadow-sm"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('createScenarioSchema', {
          ...toInput(form.values),
          groupId: form.values.groupId,
        });
        if (input) create.mutate(input);
      }}
    >
      <FormAlert error={form.formError} />
      <SelectField
        label={t('scenarios.fields.group')}
        required
        placeholder={t('scenarios.fields.choose')}
        options={contributable.map((g) => ({ value: g.id, label: g.name }))}
        value={form.values.groupId}
        errors={form.fieldErrors.groupId}
        onChange={(e) => {
          form.set('groupId', e.target.value);
          form.set('perspectives', {});
        }}
      />
      <ScenarioFields form={form} organisations={organisations} />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? t('actions.saving') : t('scenarios.create.submit')}
      </Button>
    </form>
  );
}

function initialValues(scenario: EditableScenario): ScenarioFormValues {
  const perspectives: Record<string, PerspectiveDraft> = {};
  for (const p of scenario.perspectives) {
    perspectives[p.organisationId] = {
      included: true,
      mandate: p.mandate,
      capabilities: p.capabilities,
      needsFromOther: p.needsFromOther,
      chainOfCommand: p.chainOfCommand,
      expectedActions: p.expectedActions,
    };
  }
  return {
    groupId: scenario.groupId,
    title: scenario.title,
    problemStatement: scenario.problemStatement,
    threatType: scenario.threatType,
    cooperationLevel: scenario.cooperationLevel,
    classification: scenario.classification,
    perspectives,
    legalBasisIds: scenario.legalBases.map((b) => b.id),
    conditionIds: scenario.conditions.map((c) => c.id),
  };
}

export function EditScenarioForm({ scenario }: { scenario: EditableScenario }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const edit = useEditForm({
    record: scenario,
    toValues: initialValues,
    update: trpc.scenarios.update,
    latest: trpc.scenarios.get.queryOptions({ id: scenario.id }),
    invalidates: trpc.scenarios.pathKey(),
    onSaved: () => router.push(`/scenarios/${scenario.id}`),
    live: 'scenario',
  });
  const { form, submit, pending } = edit;

  return (
    <form
      method="post"
      noValidate
      className="max-w-4xl space-y-5 rounded border border-slate-200 bg-white p-6 shadow-sm"
      onSubmit={async (event) => {
        event.preventDefault();
        await submit('updateScenarioSchema', toInput(form.values));
      }}
    >
      <FormAlert error={form.formError} />
      <EditConflictPanel edit={edit} />
      <ScenarioFields form={form} organisations={scenario.groupOrganisations} />
      <Button type="submit" disabled={pending}>
        {pending ? t('actions.saving') : t('actions.save')}
      </Button>
    </form>
  );
}
