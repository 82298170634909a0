'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import {
  observationKinds,
  ratingFitsKind,
  ratings,
  type ObservationKind,
  type Rating,
  hasBeenExecuted,
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
import { EmptyState } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { RatingBadge } from './badges';
import { RecommendEvaluationForm } from './recommend-evaluation-form';
import { useReferenceData } from './reference-data';
import type { ExerciseView } from './types';

type Observation = ExerciseView['observations'][number];

interface ObservationFormValues extends Record<string, unknown> {
  text: string;
  kind: ObservationKind;
  rating: Rating | '';
  conditionId: string;
  objectiveId: string;
}

function observationValues(observation: Observation | null): ObservationFormValues {
  return {
    text: observation?.text ?? '',
    kind: observation?.kind ?? 'improvement',
    rating: observation?.rating ?? '',
    conditionId: observation?.conditionId ?? '',
    objectiveId: observation?.objectiveId ?? '',
  };
}

function ObservationForm({
  exercise,
  observation,
  onDone,
}: {
  exercise: ExerciseView;
  observation: Observation | null;
  onDone: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<ObservationFormValues>(observationValues(observation));
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
    form.reset(observationValues(null));
    onDone();
  };
  const add = useMutation(trpc.exercises.addObservation.mutationOptions({ onSuccess: done, onError: form.fail }));
  const update = useMutation(trpc.exercises.updateObservation.mutationOptions({ onSuccess: done, onError: form.fail }));
  const pending = add.isPending || update.isPending;
  const fields = () => ({
    text: form.values.text,
    kind: form.values.kind,
    rating: form.values.rating,
    // Optional: an observation may wait for its indicator ("Indicator nog kiezen").
    conditionId: form.values.conditionId || null,
    objectiveId: form.values.objectiveId || null,
  });
  const conditionOptions = useConditionOptions();
  return (
    <InlineForm
      title={observation ? t('scenarios.observations.editTitle') : t('scenarios.observations.addTitle')}
      pending={pending}
      error={form.formError}
      onReload={done}
      submitLabel={observation ? t('actions.save') : t('scenarios.observations.addSubmit')}
      onCancel={observation ? onDone : undefined}
      onSubmit={async () => {
        if (observation) {
          const input = await form.validate('updateObservationSchema', {
            ...fields(),
            id: observation.id,
            version: observation.version,
          });
          if (input) update.mutate(input);
        } else {
          const input = await form.validate('addObservationSchema', { ...fields(), exerciseId: exercise.id });
          if (input) add.mutate(input);
        }
      }}
    >
      <TextArea
        required
        rows={3}
        label={t('scenarios.observations.text')}
        value={form.values.text}
        errors={form.fieldErrors.text}
        onChange={(e) => form.set('text', e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          required
          label={t('scenarios.observations.kind')}
          options={observationKinds.map((kind) => ({ value: kind, label: t(`scenarios.observations.kinds.${kind}`) }))}
          value={form.values.kind}
          errors={form.fieldErrors.kind}
          onChange={(e) => {
            const kind = e.target.value as ObservationKind;
            form.set('kind', kind);
            if (form.values.rating && !ratingFitsKind(form.values.rating, kind)) form.set('rating', '');
          }}
        />
        <SelectField
          required
          label={t('scenarios.observations.rating')}
          hint={t('scenarios.observations.ratingHint')}
          placeholder={t('scenarios.fields.choose')}
          options={ratings
            .filter((rating) => ratingFitsKind(rating, form.values.kind))
            .map((rating) => ({ value: rating, label: `${rating} – ${t(`scenarios.rating.${rating}`)}` }))}
          value={form.values.rating}
          errors={form.fieldErrors.rating}
          onChange={(e) => form.set('rating', e.target.value as Rating | '')}
        />
        <SelectField
          label={t('scenarios.observations.condition')}
          placeholder={t('scenarios.observations.noIndicator')}
          options={conditionOptions}
          value={form.values.conditionId}
          errors={form.fieldErrors.conditionId}
          onChange={(e) => form.set('conditionId', e.target.value)}
        />
        <SelectField
          label={t('scenarios.observations.objective')}
          placeholder={t('scenarios.observations.noObjective')}
          options={exercise.objectives.map((o, index) => ({ value: o.id, label: `${index + 1}. ${o.description}` }))}
          value={form.values.objectiveId}
          errors={form.fieldErrors.objectiveId}
          onChange={(e) => form.set('objectiveId', e.target.value)}
        />
      </div>
    </InlineForm>
  );
}

/** The Triad conditions as picker options: each category, then its sub-variables and indicators indented. */
function useConditionOptions() {
  const reference = useReferenceData();
  return reference.conditionTree.flatMap((category) => [
    { value: category.id, label: `${category.id} ${category.label}` },
    ...category.options.map((o) => ({ value: o.value, label: `\u00a0\u00a0${o.label}` })),
  ]);
}

interface IndicatorFormValues extends Record<string, unknown> {
  conditionId: string;
}

/**
 * Completes an observation saved on the exercise day without a Triad indicator.
 * Suggests the first indicator of its objective, if it has one; the user confirms.
 */
function IndicatorForm({
  exercise,
  observation,
  onDone,
}: {
  exercise: ExerciseView;
  observation: Observation;
  onDone: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const conditionOptions = useConditionOptions();
  const suggested = exercise.objectives.find((o) => o.id === observation.objectiveId)?.conditionIds[0] ?? '';
  const form = useForm<IndicatorFormValues>({ conditionId: suggested });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
  const save = useMutation(
    trpc.exercises.setObservationIndicator.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onDone();
      },
      onError: form.fail,
    }),
  );
  return (
    <InlineForm
      title={t('scenarios.observations.indicatorMissing')}
      heading="h4"
      tone="brand"
      pending={save.isPending}
      error={form.formError}
      onReload={refresh}
      submitLabel={t('scenarios.observations.saveIndicator')}
      onCancel={onDone}
      onSubmit={async () => {
        const input = await form.validate('setObservationIndicatorSchema', {
          id: observation.id,
          version: observation.version,
          conditionId: form.values.conditionId,
        });
        if (input) save.mutate(input);
      }}
    >
      <SelectField
        required
        label={t('scenarios.observations.chooseIndicator')}
        hint={suggested ? t('scenarios.observations.indicatorSuggested') : undefined}
        placeholder={t('scenarios.fields.choose')}
        options={conditionOptions}
        value={form.values.conditionId}
        errors={form.fieldErrors.conditionId}
        onChange={(e) => form.set('conditionId', e.target.value)}
      />
    </InlineForm>
  );
}

interface ActionFormValues extends Record<string, unknown> {
  action: string;
  owner: string;
  ownerOrganisationId: string;
  dueDate: string;
}

function ImprovementActionForm({
  exercise,
  observation,
  onDone,
}: {
  exercise: ExerciseView;
  observation: Observation;
  onDone: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<ActionFormValues>({ action: '', owner: '', ownerOrganisationId: '', dueDate: '' });
  const add = useMutation(
    trpc.exercises.addImprovementAction.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
        onDone();
      },
      onError: form.fail,
    }),
  );
  return (
    <InlineForm
      title={t('scenarios.actions.formTitle')}
      heading="h4"
      tone="brand"
      pending={add.isPending}
      error={form.formError}
      submitLabel={t('scenarios.actions.submit')}
      onCancel={onDone}
      onSubmit={async () => {
        const input = await form.validate('addImprovementActionSchema', {
          observationId: observation.id,
          action: form.values.action,
          owner: form.values.owner,
          ownerOrganisationId: form.values.ownerOrganisationId || null,
          dueDate: form.values.dueDate || null,
        });
        if (input) add.mutate(input);
      }}
    >
      <TextArea
        required
        rows={2}
        label={t('scenarios.actions.action')}
        value={form.values.action}
        errors={form.fieldErrors.action}
        onChange={(e) => form.set('action', e.target.value)}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          required
          label={t('scenarios.actions.owner')}
          value={form.values.owner}
          errors={form.fieldErrors.owner}
          onChange={(e) => form.set('owner', e.target.value)}
        />
        <SelectField
          label={t('scenarios.actions.ownerOrganisation')}
          placeholder={t('scenarios.injects.none')}
          options={exercise.groupOrganisations.map((o) => ({ value: o.id, label: o.code }))}
          value={form.values.ownerOrganisationId}
          errors={form.fieldErrors.ownerOrganisationId}
          onChange={(e) => form.set('ownerOrganisationId', e.target.value)}
        />
        <TextField
          type="date"
          label={t('scenarios.actions.dueDate')}
          value={form.values.dueDate}
          errors={form.fieldErrors.dueDate}
          onChange={(e) => form.set('dueDate', e.target.value)}
        />
      </div>
    </InlineForm>
  );
}

export function EvaluationSection({ exercise }: { exercise: ExerciseView }) {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const reference = useReferenceData();
  const [editing, setEditing] = useState<Observation | null>(null);
  const [actionFor, setActionFor] = useState<string | null>(null);
  const [indicatorFor, setIndicatorFor] = useState<string | null>(null);
  const [recommendFor, setRecommendFor] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ kind: 'observation' | 'action'; id: string; version: number } | null>(
    null,
  );
  const [error, setError] = useState<ErrorInfo | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
  const removeObservation = useMutation(
    trpc.exercises.removeObservation.mutationOptions({
      onSuccess: refresh,
      onError: (e) => setError(readError(e)),
      onSettled: () => setRemoving(null),
    }),
  );
  const removeAction = useMutation(
    trpc.exercises.removeImprovementAction.mutationOptions({
      onSuccess: refresh,
      onError: (e) => setError(readError(e)),
      onSettled: () => setRemoving(null),
    }),
  );
  const { canEvaluate } = exercise.permissions;
  const evaluationStarted = hasBeenExecuted(exercise.status);
  const objectiveNumber = (id: string | null) => {
    const index = exercise.objectives.findIndex((o) => o.id === id);
    return index >= 0 ? index + 1 : null;
  };

  return (
    <>
      <Section id="observations" title={t('scenarios.observations.title')} intro={t('scenarios.observations.intro')}>
        <FormAlert error={error} onReload={refresh} />
        {!evaluationStarted ? (
          <EmptyState>{t('scenarios.observations.notYet')}</EmptyState>
        ) : exercise.observations.length === 0 ? (
          <EmptyState>{t('scenarios.observations.empty')}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {exercise.observations.map((observation) => {
              const actions = exercise.improvementActions.filter((a) => a.observationId === observation.id);
              return (
                <li key={observation.id} className="py-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <RatingBadge rating={observation.rating} />
                    <Badge tone={observation.kind === 'strength' ? 'success' : 'warning'}>
                      {t(`scenarios.observations.kinds.${observation.kind}`)}
                    </Badge>
                    {observation.conditionId !== null ? (
                      <span className="text-sm text-slate-600">
                        {reference.conditionLabel(observation.conditionId)}
                      </span>
                    ) : (
                      <Badge tone="warning">{t('scenarios.observations.indicatorMissing')}</Badge>
                    )}
                    {objectiveNumber(observation.objectiveId) ? (
                      <span className="text-sm text-slate-600">
                        ·{' '}
                        {t('scenarios.observations.forObjective', {
                          number: objectiveNumber(observation.objectiveId) ?? 0,
                        })}
                      </span>
                    ) : null}
                    {observation.recommendationId ? (
                      <Link
                        href={`/aanbevelingen/${observation.recommendationId}`}
                        className="text-sm font-medium text-brand-700 underline"
                      >
                        {t('scenarios.observations.recommendedAs', { code: observation.recommendationCode ?? '' })}
                      </Link>
                    ) : null}
                  </div>
                  <ScenarioText text={observation.text} className="mt-1" />
                  {actions.length > 0 ? (
                    <ul className="mt-2 space-y-1 border-l-4 border-brand-100 pl-3 text-sm">
                      {actions.map((action) => (
                        <li key={action.id}>
                          <div className="flex flex-wrap items-center gap-2">
                            <span className="font-medium">{t('scenarios.actions.label')}:</span> {action.action} ·{' '}
                            {action.owner}
                            {action.ownerOrganisationCode ? ` (${action.ownerOrganisationCode})` : ''}
                            {action.dueDate
                              ? ` · ${t('scenarios.actions.due', { date: format.dateTime(new Date(`${action.dueDate}T12:00:00Z`), { dateStyle: 'medium' }) })}`
                              : ''}
                            {action.recommendationId ? (
                              <Link
                                href={`/aanbevelingen/${action.recommendationId}`}
                                className="font-medium text-brand-700 underline"
                              >
                                {t('scenarios.actions.recommendedAs', { code: action.recommendationCode ?? '' })}
                              </Link>
                            ) : action.permissions.canRecommend ? (
                              <Button size="sm" variant="secondary" onClick={() => setRecommendFor(action.id)}>
                                {t('scenarios.actions.recommend')}
                              </Button>
                            ) : null}
                            {action.permissions.canRemove ? (
                              <Button
                                size="sm"
                                variant="ghost"
                                onClick={() => setRemoving({ kind: 'action', id: action.id, version: action.version })}
                              >
                                {t('actions.remove')}
                              </Button>
                            ) : null}
                          </div>
                          {recommendFor === action.id && !action.recommendationId ? (
                            <RecommendEvaluationForm
                              exercise={exercise}
                              observation={observation}
                              action={action}
                              onDone={() => setRecommendFor(null)}
                            />
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <div className="mt-2 flex flex-wrap gap-1">
                    {observation.conditionId === null && observation.permissions.canSetIndicator ? (
                      <Button size="sm" onClick={() => setIndicatorFor(observation.id)}>
                        {t('scenarios.observations.setIndicator')}
                      </Button>
                    ) : null}
                    {observation.permissions.canAddAction ? (
                      <Button size="sm" variant="secondary" onClick={() => setActionFor(observation.id)}>
                        {t('scenarios.actions.create')}
                      </Button>
                    ) : null}
                    {observation.permissions.canRecommend ? (
                      <Button size="sm" variant="secondary" onClick={() => setRecommendFor(observation.id)}>
                        {t('scenarios.observations.recommend')}
                      </Button>
                    ) : null}
                    {observation.permissions.canEdit ? (
                      <>
                        <Button size="sm" variant="ghost" onClick={() => setEditing(observation)}>
                          {t('actions.edit')}
                        </Button>
                        {/* Observations that (or whose actions) became recommendations stay, as their source. */}
                        {observation.permissions.canRemove ? (
                          <Button
                            size="sm"
                            variant="ghost"
                            onClick={() =>
                              setRemoving({ kind: 'observation', id: observation.id, version: observation.version })
                            }
                          >
                            {t('actions.remove')}
                          </Button>
                        ) : null}
                      </>
                    ) : null}
                  </div>
                  {indicatorFor === observation.id && observation.conditionId === null ? (
                    <IndicatorForm exercise={exercise} observation={observation} onDone={() => setIndicatorFor(null)} />
                  ) : null}
                  {actionFor === observation.id ? (
                    <ImprovementActionForm
                      exercise={exercise}
                      observation={observation}
                      onDone={() => setActionFor(null)}
                    />
                  ) : null}
                  {recommendFor === observation.id && !observation.recommendationId ? (
                    <RecommendEvaluationForm
                      exercise={exercise}
                      observation={observation}
                      onDone={() => setRecommendFor(null)}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
        {canEvaluate ? (
          <ObservationForm
            key={editing?.id ?? 'new'}
            exercise={exercise}
            observation={editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
        {removing !== null ? (
          <ConfirmDialog
            open={removing !== null}
            title={
              removing?.kind === 'action' ? t('scenarios.actions.removeTitle') : t('scenarios.observations.removeTitle')
            }
            confirmLabel={t('actions.remove')}
            pending={removeObservation.isPending || removeAction.isPending}
            onCancel={() => setRemoving(null)}
            onConfirm={() => {
              if (!removing) return;
              if (removing.kind === 'action') removeAction.mutate({ id: removing.id, version: removing.version });
              else removeObservation.mutate({ id: removing.id, version: removing.version });
            }}
          >
            {removing?.kind === 'action'
              ? t('scenarios.actions.confirmRemove')
              : t('scenarios.observations.confirmRemove')}
          </ConfirmDialog>
        ) : null}
      </Section>
    </>
  );
}
