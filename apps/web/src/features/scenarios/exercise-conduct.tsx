'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import {
  asksDeliveryReason,
  deliversAtOnce,
  formatOffset,
  isConductOpen,
  observationKinds,
  offsetMinutesAt,
  ratingFitsKind,
  ratings,
  requiresDeliveryReason,
  sortInjects,
  type InjectDeliveryStatus,
  type ObservationKind,
  type Rating,
} from '@srw/domain';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { InlineForm } from '@/components/forms/inline-form';
import { useErrorReader } from '@/components/forms/use-error-text';
import { useForm } from '@/components/forms/use-form';
import { ScenarioText } from '@/components/scenarios/scenario-text';
import { Badge } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading, Notice } from '@/components/ui/states';
import { fieldErrorsBesideAlert, type ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { DeliveryBadge, ExerciseStatusBadge, RatingBadge } from './badges';
import { PlannedClock } from './inject-clock';
import { useReferenceData } from './reference-data';
import { useNotFoundAware } from './scenario-detail';
import type { ExerciseView } from './types';
import { useLiveExercise } from './use-live-exercise';

type Inject = ExerciseView['injects'][number];

/** The wall clock, ticking on the page: the current time and T+ since the start. */
function useNow(intervalMs = 15_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

function DeliveryDialog({
  inject,
  number,
  status,
  onClose,
}: {
  inject: Inject;
  number: number;
  status: InjectDeliveryStatus;
  onClose: () => void;
}) {
  const t = useTranslations('scenarios.conduct');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const change = useMutation(
    trpc.exercises.setInjectDelivery.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
        onClose();
      },
      onError: (e) => setError(readError(e)),
    }),
  );
  const asksReason = asksDeliveryReason(status);
  return (
    <ConfirmDialog
      open
      title={t('dialogTitle', { number, status: t(`delivery.${status}`) })}
      confirmLabel={t(`to.${status}`)}
      confirmVariant="primary"
      pending={change.isPending}
      error={error ? <FormAlert error={error} /> : undefined}
      onCancel={onClose}
      onConfirm={() => change.mutate({ id: inject.id, version: inject.version, status, reason })}
    >
      <p>{t(`confirm.${status}`)}</p>
      {asksReason ? (
        <div className="mt-3">
          <TextArea
            label={requiresDeliveryReason(status) ? t('skipReason') : t('delayReason')}
            required={requiresDeliveryReason(status)}
            rows={3}
            value={reason}
            errors={fieldErrorsBesideAlert(error?.fieldErrors.reason, error)}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      ) : null}
    </ConfirmDialog>
  );
}

function InjectCard({
  exercise,
  inject,
  number,
  current,
  onObserve,
}: {
  exercise: ExerciseView;
  inject: Inject;
  number: number;
  current: boolean;
  onObserve: ((injectId: string) => void) | null;
}) {
  const t = useTranslations('scenarios');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [asking, setAsking] = useState<InjectDeliveryStatus | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const deliver = useMutation(
    trpc.exercises.setInjectDelivery.mutationOptions({
      onSuccess: async () => {
        setError(null);
        await queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
      },
      onError: (e) => setError(readError(e)),
    }),
  );
  const observations = exercise.observations.filter((o) => o.injectId === inject.id);
  const headingId = `inject-${inject.id}-title`;
  return (
    <li
      aria-labelledby={headingId}
      aria-current={current ? 'step' : undefined}
      data-testid="conduct-inject"
      className={`rounded border p-3 ${current ? 'border-brand-700 bg-brand-50 ring-2 ring-brand-700' : 'border-slate-200 bg-white'}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="font-semibold text-brand-800">
          {t('conduct.injectNumber', { number })}
        </h3>
        <span className="font-mono text-sm">{formatOffset(inject.offsetMinutes)}</span>
        <span className="font-mono text-sm">
          <PlannedClock startsAt={exercise.startsAt} plannedAt={inject.plannedAt} />
        </span>
        <DeliveryBadge status={inject.deliveryStatus} />
        {inject.adHoc ? <Badge tone="info">{t('conduct.adHoc')}</Badge> : null}
        {current ? <Badge tone="info">{t('conduct.now')}</Badge> : null}
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {inject.fromParty} → {inject.toParty}
        {inject.legalBasisCode ? ` · ${inject.legalBasisCode}` : ''}
      </p>
      <div className="mt-1">
        <ScenarioText text={inject.message} />
      </div>
      {inject.expectedAction ? (
        <p className="mt-1 text-sm text-slate-700">
          {t('injects.expectedAction')}: {inject.expectedAction}
        </p>
      ) : null}
      {inject.deliveredAt ? (
        <p className="mt-1 text-sm text-green-800">
          {t('conduct.deliveredBy', {
            time: format.dateTime(inject.deliveredAt, { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
            name: inject.deliveredByName ?? '–',
          })}
        </p>
      ) : null}
      {inject.deliveryReason ? (
        <p className="mt-1 text-sm text-amber-900">{t('conduct.reason', { reason: inject.deliveryReason })}</p>
      ) : null}
      <FormAlert error={error} />
      {inject.nextDeliveryStatuses.length > 0 || onObserve ? (
        <div className="mt-2 flex flex-wrap gap-2">
          {inject.nextDeliveryStatuses.map((status) => (
            <Button
              key={status}
              size="sm"
              variant={deliversAtOnce(status) ? 'primary' : 'secondary'}
              disabled={deliver.isPending}
              aria-label={t('conduct.markNumber', { number, status: t(`conduct.to.${status}`) })}
              onClick={() =>
                deliversAtOnce(status)
                  ? deliver.mutate({ id: inject.id, version: inject.version, status, reason: '' })
                  : setAsking(status)
              }
            >
              {t(`conduct.to.${status}`)}
            </Button>
          ))}
          {onObserve ? (
            <Button
              size="sm"
              variant="ghost"
              aria-label={t('conduct.observeNumber', { number })}
              onClick={() => onObserve(inject.id)}
            >
              {t('conduct.observe')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {observations.length > 0 ? (
        <ul
          className="mt-2 space-y-1 border-t border-slate-200 pt-2 text-sm"
          aria-label={t('conduct.observationsOf', { number })}
        >
          {observations.map((o) => (
            <li key={o.id} className="flex gap-2">
              <RatingBadge rating={o.rating} />
              <span>{o.text}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {asking ? (
        <DeliveryDialog inject={inject} number={number} status={asking} onClose={() => setAsking(null)} />
      ) : null}
    </li>
  );
}

interface AdHocValues extends Record<string, unknown> {
  fromParty: string;
  toParty: string;
  message: string;
  expectedAction: string;
}

const emptyAdHoc: AdHocValues = { fromParty: '', toParty: '', message: '', expectedAction: '' };

function AdHocInjectForm({ exercise }: { exercise: ExerciseView }) {
  const t = useTranslations('scenarios');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<AdHocValues>(emptyAdHoc);
  const add = useMutation(
    trpc.exercises.addAdHocInject.mutationOptions({
      onSuccess: async () => {
        form.reset(emptyAdHoc);
        await queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
      },
      onError: form.fail,
    }),
  );
  return (
    <InlineForm
      title={t('conduct.adHocTitle')}
      intro={t('conduct.adHocIntro')}
      pending={add.isPending}
      error={form.formError}
      submitLabel={t('conduct.adHocSubmit')}
      onSubmit={async () => {
        const input = await form.validate('addAdHocInjectSchema', {
          ...form.values,
          exerciseId: exercise.id,
          offsetMinutes: null,
          responsibleOrganisationId: null,
          legalBasisId: null,
        });
        if (input) add.mutate(input);
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          required
          label={t('injects.from')}
          value={form.values.fromParty}
          errors={form.fieldErrors.fromParty}
          onChange={(e) => form.set('fromParty', e.target.value)}
        />
        <TextField
          required
          label={t('injects.to')}
          value={form.values.toParty}
          errors={form.fieldErrors.toParty}
          onChange={(e) => form.set('toParty', e.target.value)}
        />
      </div>
      <TextArea
        required
        rows={2}
        label={t('injects.message')}
        value={form.values.message}
        errors={form.fieldErrors.message}
        onChange={(e) => form.set('message', e.target.value)}
      />
      <TextArea
        rows={2}
        label={t('injects.expectedAction')}
        value={form.values.expectedAction}
        errors={form.fieldErrors.expectedAction}
        onChange={(e) => form.set('expectedAction', e.target.value)}
      />
    </InlineForm>
  );
}

interface QuickObservationValues extends Record<string, unknown> {
  text: string;
  kind: ObservationKind;
  rating: Rating | '';
  conditionId: string;
  objectiveId: string;
}

const emptyObservation: QuickObservationValues = {
  text: '',
  kind: 'improvement',
  rating: '',
  conditionId: '',
  objectiveId: '',
};

/** The quick observation form's box, so a card's button can move the focus to its text. */
const quickObservationId = 'quick-observation';

function QuickObservationForm({
  exercise,
  numberOf,
  injectId,
  onInject,
}: {
  exercise: ExerciseView;
  numberOf: (id: string) => number;
  injectId: string;
  onInject: (id: string) => void;
}) {
  const t = useTranslations('scenarios');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reference = useReferenceData();
  const form = useForm<QuickObservationValues>(emptyObservation);
  const [saved, setSaved] = useState(false);
  const add = useMutation(
    trpc.exercises.addObservation.mutationOptions({
      onSuccess: async () => {
        // Keep the objective and kind: the next observation is often about the same.
        form.reset({ ...emptyObservation, objectiveId: form.values.objectiveId, kind: form.values.kind });
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.exercises.pathKey() });
      },
      onError: form.fail,
    }),
  );
  const conditionOptions = reference.conditionTree.flatMap((category) => [
    { value: category.id, label: `${category.id} ${category.label}` },
    ...category.options.map((o) => ({ value: o.value, label: `\u00a0\u00a0${o.label}` })),
  ]);
  return (
    <InlineForm
      title={t('conduct.observationTitle')}
      intro={t('conduct.observationIntro')}
      tone="brand"
      pending={add.isPending}
      error={form.formError}
      submitLabel={t('conduct.observationSubmit')}
      onSubmit={async () => {
        setSaved(false);
        const input = await form.validate('addObservationSchema', {
          exerciseId: exercise.id,
          text: form.values.text,
          kind: form.values.kind,
          rating: form.values.rating,
          // Optional on the day: chosen later in the evaluation ("Indicator nog kiezen").
          conditionId: form.values.conditionId || null,
          objectiveId: form.values.objectiveId || null,
          injectId: injectId || null,
        });
        if (input) add.mutate(input);
      }}
    >
      {saved ? <Notice>{t('conduct.observationSaved')}</Notice> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('conduct.observationInject')}
          placeholder={t('conduct.noInject')}
          options={sortInjects(exercise.injects, 'time').map((i) => ({
            value: i.id,
            label: `${numberOf(i.id)}. ${formatOffset(i.offsetMinutes)} ${i.fromParty} → ${i.toParty}`,
          }))}
          value={injectId}
          onChange={(e) => onInject(e.target.value)}
        />
        <SelectField
          label={t('observations.objective')}
          placeholder={t('observations.noObjective')}
          options={exercise.objectives.map((o, index) => ({ value: o.id, label: `${index + 1}. ${o.description}` }))}
          value={form.values.objectiveId}
          errors={form.fieldErrors.objectiveId}
          onChange={(e) => form.set('objectiveId', e.target.value)}
        />
      </div>
      <TextArea
        required
        rows={3}
        label={t('observations.text')}
        value={form.values.text}
        errors={form.fieldErrors.text}
        onChange={(e) => form.set('text', e.target.value)}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          required
          label={t('observations.kind')}
          options={observationKinds.map((kind) => ({ value: kind, label: t(`observations.kinds.${kind}`) }))}
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
          label={t('observations.rating')}
          placeholder={t('fields.choose')}
          options={ratings
            .filter((rating) => ratingFitsKind(rating, form.values.kind))
            .map((rating) => ({ value: rating, label: `${rating} – ${t(`rating.${rating}`)}` }))}
          value={form.values.rating}
          errors={form.fieldErrors.rating}
          onChange={(e) => form.set('rating', e.target.value as Rating | '')}
        />
        <SelectField
          label={t('observations.condition')}
          hint={t('conduct.conditionHint')}
          placeholder={t('conduct.conditionLater')}
          options={conditionOptions}
          value={form.values.conditionId}
          errors={form.fieldErrors.conditionId}
          onChange={(e) => form.set('conditionId', e.target.value)}
        />
      </div>
    </InlineForm>
  );
}

/** "Oefening loopt": the exercise day for controllers and observers, kept live. */
export function ExerciseConduct({ id }: { id: string }) {
  const t = useTranslations('scenarios');
  const root = useTranslations();
  const format = useFormatter();
  const query = useLiveExercise(id);
  const notFound = useNotFoundAware(query.error);
  const now = useNow();
  const [observeInject, setObserveInject] = useState<string | null>(null);
  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <LoadError
        message={notFound ? root('notFound.body') : undefined}
        onRetry={notFound ? undefined : () => query.refetch()}
      />
    );
  const exercise = query.data;
  const injects = sortInjects(exercise.injects, 'time');
  const numberOf = (injectId: string) => exercise.injects.findIndex((i) => i.id === injectId) + 1;
  const started = exercise.startsAt.getTime() <= now.getTime();
  const canObserve = exercise.permissions.canObserve;
  const chosenInject = observeInject ?? exercise.currentInjectId ?? '';
  const onObserve = canObserve
    ? (injectId: string) => {
        setObserveInject(injectId);
        requestAnimationFrame(() =>
          document.querySelector<HTMLTextAreaElement>(`#${quickObservationId} textarea`)?.focus(),
        );
      }
    : null;
  return (
    <>
      <PageHeader
        title={t('conduct.title', { title: exercise.title })}
        meta={
          <>
            <ExerciseStatusBadge status={exercise.status} />
            <span className="text-sm text-slate-700">
              {t('conduct.start', {
                start: format.dateTime(exercise.startsAt, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                  timeZone: 'Europe/Amsterdam',
                }),
              })}
            </span>
          </>
        }
        actions={
          <>
            <Link href={`/oefeningen/${exercise.id}`} className={buttonClass('secondary')}>
              {t('conduct.back')}
            </Link>
            <Link href={`/oefeningen/${exercise.id}/draaiboek`} className={buttonClass('secondary')}>
              {t('injects.controllerMselLink')}
            </Link>
          </>
        }
      />
      <p className="mb-4 text-lg font-semibold" aria-live="polite" data-testid="conduct-clock">
        {started
          ? t('conduct.clock', {
              time: format.dateTime(now, { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
              offset: formatOffset(offsetMinutesAt(exercise.startsAt, now)),
            })
          : t('conduct.notStarted', {
              time: format.dateTime(now, { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
            })}
      </p>
      {!isConductOpen(exercise.status) ? (
        <div className="mb-4">
          <Notice tone="info">{t('conduct.closed')}</Notice>
        </div>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <Section id="msel" title={t('conduct.mselTitle')} intro={t('conduct.mselIntro')}>
          {injects.length === 0 ? (
            <EmptyState>{t('injects.empty')}</EmptyState>
          ) : (
            <ol className="space-y-3" aria-label={t('conduct.mselTitle')}>
              {injects.map((inject) => (
                <InjectCard
                  key={inject.id}
                  exercise={exercise}
                  inject={inject}
                  number={numberOf(inject.id)}
                  current={inject.id === exercise.currentInjectId}
                  onObserve={onObserve}
                />
              ))}
            </ol>
          )}
        </Section>
        <div>
          {canObserve ? (
            <div id={quickObservationId}>
              <QuickObservationForm
                exercise={exercise}
                numberOf={numberOf}
                injectId={chosenInject}
                onInject={setObserveInject}
              />
            </div>
          ) : null}
          {exercise.permissions.canConduct ? <AdHocInjectForm exercise={exercise} /> : null}
          {!canObserve && !exercise.permissions.canConduct ? (
            <Notice tone="info">{t('conduct.readOnly')}</Notice>
          ) : null}
        </div>
      </div>
    </>
  );
}
