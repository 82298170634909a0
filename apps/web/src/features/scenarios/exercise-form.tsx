'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { exerciseTypes, type ExerciseType } from '@srw/domain';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@/components/forms/fields';
import { EditConflictPanel } from '@/components/forms/edit-conflict';
import { FormAlert } from '@/components/forms/form-alert';
import { useEditForm } from '@/components/forms/use-edit-form';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { LoadError, Loading } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { ConditionPicker } from './condition-picker';
import { fromDateTimeInput, toDateTimeInput } from './date-input';

interface ObjectiveDraft {
  key: string;
  id?: string | undefined;
  description: string;
  conditionIds: string[];
}

interface ExerciseFormValues extends Record<string, unknown> {
  title: string;
  type: ExerciseType | '';
  startsAt: string;
  endsAt: string;
  location: string;
  counts: Record<string, string>;
  participantUserIds: string[];
  plannerUserIds: string[];
  objectives: ObjectiveDraft[];
}

interface Organisation {
  id: string;
  code: string;
  name: string;
}
interface Member {
  userId: string;
  name: string;
  organisationCode: string;
}

let draftCounter = 0;
const newKey = () => `new-${++draftCounter}`;

function toInput(values: ExerciseFormValues) {
  return {
    title: values.title,
    type: values.type,
    startsAt: fromDateTimeInput(values.startsAt),
    endsAt: fromDateTimeInput(values.endsAt),
    location: values.location,
    participantCounts: Object.entries(values.counts)
      .filter(([, count]) => count.trim() !== '')
      .map(([organisationId, count]) => ({ organisationId, count: Number(count) })),
    participantUserIds: values.participantUserIds,
    plannerUserIds: values.plannerUserIds,
    objectives: values.objectives.map((o) => ({
      ...(o.id ? { id: o.id } : {}),
      description: o.description,
      conditionIds: o.conditionIds,
    })),
  };
}

function ExerciseFields({
  form,
  organisations,
  members,
}: {
  form: ReturnType<typeof useForm<ExerciseFormValues>>;
  organisations: Organisation[];
  members: Member[];
}) {
  const t = useTranslations();
  const memberOptions = members.map((m) => ({ value: m.userId, label: `${m.name} (${m.organisationCode})` }));
  const setObjective = (key: string, patch: Partial<ObjectiveDraft>) =>
    form.set(
      'objectives',
      form.values.objectives.map((o) => (o.key === key ? { ...o, ...patch } : o)),
    );
  return (
    <>
      <TextField
        label={t('scenarios.exerciseFields.title')}
        required
        maxLength={200}
        value={form.values.title}
        errors={form.fieldErrors.title}
        onChange={(e) => form.set('title', e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('scenarios.exerciseFields.type')}
          hint={t('scenarios.exerciseFields.typeHint')}
          required
          placeholder={t('scenarios.fields.choose')}
          options={exerciseTypes.map((type) => ({ value: type, label: t(`scenarios.exerciseType.${type}`) }))}
          value={form.values.type}
          errors={form.fieldErrors.type}
          onChange={(e) => form.set('type', e.target.value as ExerciseType | '')}
        />
        <TextField
          label={t('scenarios.exerciseFields.location')}
          maxLength={300}
          value={form.values.location}
          errors={form.fieldErrors.location}
          onChange={(e) => form.set('location', e.target.value)}
        />
        <TextField
          type="datetime-local"
          label={t('scenarios.exerciseFields.startsAt')}
          required
          value={form.values.startsAt}
          errors={form.fieldErrors.startsAt}
          onChange={(e) => form.set('startsAt', e.target.value)}
        />
        <TextField
          type="datetime-local"
          label={t('scenarios.exerciseFields.endsAt')}
          required
          value={form.values.endsAt}
          errors={form.fieldErrors.endsAt}
          onChange={(e) => form.set('endsAt', e.target.value)}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">
          {t('scenarios.exerciseFields.participantCounts')}
        </legend>
        {form.fieldErrors.participantCounts ? (
          <p className="text-sm text-red-700">{form.fieldErrors.participantCounts.join(' ')}</p>
        ) : null}
        <div className="grid gap-3 sm:grid-cols-3">
          {organisations.map((organisation) => (
            <TextField
              key={organisation.id}
              type="number"
              min={0}
              label={t('scenarios.exerciseFields.countFor', { organisation: organisation.code })}
              value={form.values.counts[organisation.id] ?? ''}
              onChange={(e) => form.set('counts', { ...form.values.counts, [organisation.id]: e.target.value })}
            />
          ))}
        </div>
      </fieldset>
      <CheckboxGroup
        legend={t('scenarios.exerciseFields.participants')}
        options={memberOptions}
        value={form.values.participantUserIds}
        errors={form.fieldErrors.participantUserIds}
        onChange={(value) => form.set('participantUserIds', value)}
      />
      <CheckboxGroup
        legend={t('scenarios.exerciseFields.planners')}
        options={memberOptions}
        value={form.values.plannerUserIds}
        errors={form.fieldErrors.plannerUserIds}
        onChange={(value) => form.set('plannerUserIds', value)}
      />
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-brand-800">{t('scenarios.exerciseFields.objectives')}</legend>
        {form.values.objectives.map((objective, index) => (
          <div key={objective.key} className="space-y-3 rounded border border-slate-200 bg-slate-50 p-4">
            <TextArea
              rows={2}
              required
              label={t('scenarios.exerciseFields.objective', { number: index + 1 })}
              value={objective.description}
              errors={form.fieldErrors[`objectives.${index}.description`]}
              onChange={(e) => setObjective(objective.key, { description: e.target.value })}
            />
            <ConditionPicker
              legend={t('scenarios.exerciseFields.objectiveConditions', { number: index + 1 })}
              value={objective.conditionIds}
              onChange={(conditionIds) => setObjective(objective.key, { conditionIds })}
            />
            <Button
              variant="ghost"
              size="sm"
              onClick={() =>
                form.set(
                  'objectives',
                  form.values.objectives.filter((o) => o.key !== objective.key),
                )
              }
            >
              {t('scenarios.exerciseFields.removeObjective', { number: index + 1 })}
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          size="sm"
          onClick={() =>
            form.set('objectives', [...form.values.objectives, { key: newKey(), description: '', conditionIds: [] }])
          }
        >
          {t('scenarios.exerciseFields.addObjective')}
        </Button>
      </fieldset>
    </>
  );
}

export function CreateExerciseForm({ scenarioId }: { scenarioId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const scenario = useQuery(trpc.scenarios.get.queryOptions({ id: scenarioId }));
  const groupId = scenario.data?.groupId ?? '';
  const members = useQuery(trpc.memberships.list.queryOptions({ groupId, limit: 100 }, { enabled: groupId !== '' }));
  const form = useForm<ExerciseFormValues>({
    title: '',
    type: '',
    startsAt: '',
    endsAt: '',
    location: '',
    counts: {},
    participantUserIds: [],
    plannerUserIds: [],
    objectives: [{ key: newKey(), description: '', conditionIds: [] }],
  });
  const create = useMutation(
    trpc.exercises.create.mutationOptions({
      onSuccess: async (exercise) => {
        await queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.scenarios.pathKey() });
        router.push(`/oefeningen/${exercise.id}`);
      },
      onError: form.fail,
    }),
  );
  if (scenario.isPending) return <Loading />;
  if (scenario.isError) return <LoadError onRetry={() => scenario.refetch()} />;
  if (!scenario.data.permissions.canPlanExercise) return <LoadError message={t('errors.SCENARIO_NOT_READY')} />;

  return (
    <form
      method="post"
      noValidate
      className="max-w-4xl space-y-5 rounded border border-slate-200 bg-white p-6 shadow-sm"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('createExerciseSchema', { ...toInput(form.values), scenarioId });
        if (input) create.mutate(input);
      }}
    >
      <p className="text-slate-700">{t('scenarios.exerciseCreate.forScenario', { title: scenario.data.title })}</p>
      <FormAlert error={form.formError} />
      <ExerciseFields
        form={form}
        organisations={scenario.data.groupOrganisations}
        members={(members.data?.items ?? []).map((m) => ({
          userId: m.userId,
          name: m.name,
          organisationCode: m.organisationCode,
        }))}
      />
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? t('actions.saving') : t('scenarios.exerciseCreate.submit')}
      </Button>
    </form>
  );
}

export interface EditableExercise {
  id: string;
  version: number;
  title: string;
  type: ExerciseType;
  startsAt: Date;
  endsAt: Date;
  location: string;
  participantCounts: { organisationId: string; count: number }[];
  participants: { userId: string }[];
  planners: { userId: string }[];
  objectives: { id: string; description: string; conditionIds: string[] }[];
  groupOrganisations: Organisation[];
  groupMembers: Member[];
}

function initialValues(exercise: EditableExercise): ExerciseFormValues {
  return {
    title: exercise.title,
    type: exercise.type,
    startsAt: toDateTimeInput(exercise.startsAt),
    endsAt: toDateTimeInput(exercise.endsAt),
    location: exercise.location,
    counts: Object.fromEntries(exercise.participantCounts.map((c) => [c.organisationId, String(c.count)])),
    participantUserIds: exercise.participants.map((p) => p.userId),
    plannerUserIds: exercise.planners.map((p) => p.userId),
    objectives: exercise.objectives.map((o) => ({
      key: o.id,
      id: o.id,
      description: o.description,
      conditionIds: o.conditionIds,
    })),
  };
}

export function EditExerciseForm({ exercise }: { exercise: EditableExercise }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const edit = useEditForm({
    record: exercise,
    toValues: initialValues,
    update: trpc.exercises.update,
    latest: trpc.exercises.get.queryOptions({ id: exercise.id }),
    invalidates: trpc.exercises.pathKey(),
    onSaved: () => router.push(`/oefeningen/${exercise.id}`),
    live: 'exercise',
  });
  const { form, submit, pending } = edit;
  return (
    <form
      method="post"
      noValidate
      className="max-w-4xl space-y-5 rounded border border-slate-200 bg-white p-6 shadow-sm"
      onSubmit={async (event) => {
        event.preventDefault();
        await submit('updateExerciseSchema', toInput(form.values));
      }}
    >
      <FormAlert error={form.formError} />
      <EditConflictPanel edit={edit} />
      <ExerciseFields form={form} organisations={exercise.groupOrganisations} members={exercise.groupMembers} />
      <Button type="submit" disabled={pending}>
        {pending ? t('actions.saving') : t('actions.save')}
      </Button>
    </form>
  );
}
