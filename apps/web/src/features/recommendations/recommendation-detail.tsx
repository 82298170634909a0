'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import {
  addresseeStates,
  evidenceKinds,
  isJointlyCompleted,
  statusNeedsReason,
  type AddresseeState,
  type EvidenceKind,
  type RecommendationStatus,
  isImplementationStatus,
  statusNeedsEvidence,
} from '@srw/domain';
import { AlsoOpen } from '@/components/live/also-open';
import { SelectField, TextArea, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ClassificationBadge } from '@/components/ui/classification-badge';
import { PageHeader, Section } from '@/components/ui/page-header';
import { LoadError, Loading, Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { fieldErrorsBesideAlert } from '@/lib/trpc/errors';
import { OverdueBadge, PriorityBadge, RecommendationStatusBadge } from './recommendation-badges';
import { useLocalisedLabel } from '@/i18n/use-localised-label';

// The edit form (and its field components) loads when its section is opened, not with the page.
const EditRecommendationForm = lazy(() =>
  import('./recommendation-form').then((m) => ({ default: m.EditRecommendationForm })),
);

function EditSection({ label, children }: { label: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
      <summary className="cursor-pointer text-brand-700 hover:underline">{label}</summary>
      <div className="mt-4">{opened ? <Suspense fallback={<Loading />}>{children}</Suspense> : null}</div>
    </details>
  );
}

function useInvalidate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.recommendations.pathKey() });
  };
}

interface StatusFormValues extends Record<string, unknown> {
  status: '' | RecommendationStatus;
  note: string;
  reason: string;
  evidenceKind: EvidenceKind;
  evidenceReference: string;
  evidenceDate: string;
  evidenceNote: string;
}

function StatusForm({
  id,
  version,
  nextStatuses,
  jointlyDone,
}: {
  id: string;
  version: number;
  nextStatuses: RecommendationStatus[];
  jointlyDone: boolean;
}) {
  const t = useTranslations('recommendations');
  const tc = useTranslations();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const form = useForm<StatusFormValues>({
    status: '',
    note: '',
    reason: '',
    evidenceKind: 'exercise',
    evidenceReference: '',
    evidenceDate: '',
    evidenceNote: '',
  });
  const mutation = useMutation(
    trpc.recommendations.changeStatus.mutationOptions({
      onSuccess: async () => {
        form.reset({
          ...form.values,
          status: '',
          note: '',
          reason: '',
          evidenceReference: '',
          evidenceDate: '',
          evidenceNote: '',
        });
        await invalidate();
      },
      onError: form.fail,
    }),
  );
  const status = form.values.status;
  const verifying = statusNeedsEvidence(status);
  // Evidence is sent only when some of it was filled in, so the server's evidence rule speaks for itself.
  const evidenceGiven =
    form.values.evidenceReference.trim() !== '' ||
    form.values.evidenceNote.trim() !== '' ||
    form.values.evidenceDate !== '';

  return (
    <form
      method="post"
      noValidate
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('changeRecommendationStatusSchema', {
          id,
          version,
          status: form.values.status,
          note: form.values.note,
          reason: form.values.reason,
          evidence:
            verifying && evidenceGiven
              ? {
                  kind: form.values.evidenceKind,
                  reference: form.values.evidenceReference,
                  date: form.values.evidenceDate,
                  note: form.values.evidenceNote,
                }
              : null,
        });
        if (input) mutation.mutate(input);
      }}
    >
      {/* A refusal of the status (such as JOINT_COMPLETION_PENDING) is said once: in this alert. */}
      <FormAlert error={form.formError} onReload={invalidate} />
      <SelectField
        label={t('detail.newStatus')}
        required
        placeholder={t('detail.chooseStatus')}
        options={nextStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={status}
        errors={fieldErrorsBesideAlert(form.fieldErrors.status, form.formError)}
        onChange={(e) => form.set('status', e.target.value as StatusFormValues['status'])}
      />
      {isImplementationStatus(status) && !jointlyDone && !form.formError ? (
        <Notice tone="warning">{t('detail.jointPending')}</Notice>
      ) : null}
      <TextArea
        label={t('detail.statusNote')}
        required
        value={form.values.note}
        errors={form.fieldErrors.note}
        onChange={(e) => form.set('note', e.target.value)}
      />
      {status && statusNeedsReason(status) ? (
        <TextArea
          label={t('detail.reason')}
          required
          rows={2}
          value={form.values.reason}
          errors={form.fieldErrors.reason}
          onChange={(e) => form.set('reason', e.target.value)}
        />
      ) : null}
      {verifying ? (
        <fieldset className="space-y-3 rounded border border-slate-200 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-800">{t('detail.evidence')}</legend>
          <p className="text-sm text-slate-600">{t('detail.evidenceIntro')}</p>
          {form.fieldErrors.evidence ? (
            <p role="alert" className="text-sm text-red-700">
              {form.fieldErrors.evidence.join(' ')}
            </p>
          ) : null}
          <SelectField
            label={t('detail.evidenceKind')}
            options={evidenceKinds.map((k) => ({ value: k, label: t(`evidenceKind.${k}`) }))}
            value={form.values.evidenceKind}
            onChange={(e) => form.set('evidenceKind', e.target.value as EvidenceKind)}
          />
          <TextField
            label={t('detail.evidenceReference')}
            value={form.values.evidenceReference}
            errors={form.fieldErrors['evidence.reference']}
            onChange={(e) => form.set('evidenceReference', e.target.value)}
          />
          <TextField
            type="date"
            label={t('detail.evidenceDate')}
            value={form.values.evidenceDate}
            errors={form.fieldErrors['evidence.date']}
            onChange={(e) => form.set('evidenceDate', e.target.value)}
          />
          <TextArea
            label={t('detail.evidenceNote')}
            rows={2}
            value={form.values.evidenceNote}
            errors={form.fieldErrors['evidence.note']}
            onChange={(e) => form.set('evidenceNote', e.target.value)}
          />
        </fieldset>
      ) : null}
      <Button type="submit" disabled={mutation.isPending}>
        {mutation.isPending ? tc('actions.saving') : t('detail.changeStatus')}
      </Button>
    </form>
  );
}

function AddresseeProgressForm({
  id,
  version,
  organisationId,
  organisationName,
  current,
  onBehalf,
}: {
  id: string;
  version: number;
  organisationId: string;
  organisationName: string;
  current: AddresseeState;
  /** An admin recording for an organisation they do not belong to: a reason is required. */
  onBehalf: boolean;
}) {
  const t = useTranslations('recommendations');
  const tc = useTranslations();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const form = useForm<{ state: AddresseeState; note: string; onBehalfReason: string }>({
    state: current,
    note: '',
    onBehalfReason: '',
  });
  const mutation = useMutation(
    trpc.recommendations.recordAddresseeProgress.mutationOptions({
      onSuccess: async () => {
        form.reset({ state: form.values.state, note: '', onBehalfReason: '' });
        await invalidate();
      },
      onError: form.fail,
    }),
  );
  return (
    <form
      method="post"
      noValidate
      className="mt-3 grid gap-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('recordAddresseeProgressSchema', {
          id,
          version,
          organisationId,
          state: form.values.state,
          note: form.values.note,
          onBehalfReason: onBehalf ? form.values.onBehalfReason : '',
        });
        if (input) mutation.mutate(input);
      }}
    >
      <div className="sm:col-span-3">
        <FormAlert error={form.formError} onReload={invalidate} />
      </div>
      <SelectField
        label={t('detail.recordFor', { organisation: organisationName })}
        options={addresseeStates.map((s) => ({ value: s, label: t(`addresseeState.${s}`) }))}
        value={form.values.state}
        onChange={(e) => form.set('state', e.target.value as AddresseeState)}
      />
      <TextField
        label={t('detail.progressNote', { organisation: organisationName })}
        required
        value={form.values.note}
        errors={form.fieldErrors.note}
        onChange={(e) => form.set('note', e.target.value)}
      />
      {onBehalf ? (
        <div className="sm:col-span-3">
          <TextField
            label={t('detail.onBehalfReason', { organisation: organisationName })}
            hint={t('detail.onBehalfHint')}
            required
            value={form.values.onBehalfReason}
            errors={form.fieldErrors.onBehalfReason}
            onChange={(e) => form.set('onBehalfReason', e.target.value)}
          />
        </div>
      ) : null}
      <Button type="submit" variant="secondary" disabled={mutation.isPending}>
        {mutation.isPending ? tc('actions.saving') : t('detail.recordProgress')}
      </Button>
    </form>
  );
}

function NoteForm({ id }: { id: string }) {
  const t = useTranslations('recommendations');
  const tc = useTranslations();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const form = useForm<{ note: string }>({ note: '' });
  const mutation = useMutation(
    trpc.recommendations.addNote.mutationOptions({
      onSuccess: async () => {
        form.reset({ note: '' });
        await invalidate();
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
        const input = await form.validate('addRecommendationNoteSchema', { id, note: form.values.note });
        if (input) mutation.mutate(input);
      }}
    >
      <FormAlert error={form.formError} />
      <TextArea
        label={t('detail.notes')}
        required
        rows={2}
        value={form.values.note}
        errors={form.fieldErrors.note}
        onChange={(e) => form.set('note', e.target.value)}
      />
      <Button type="submit" variant="secondary" disabled={mutation.isPending}>
        {mutation.isPending ? tc('actions.saving') : t('detail.addNote')}
      </Button>
    </form>
  );
}

export function RecommendationDetail({ id }: { id: string }) {
  const t = useTranslations('recommendations');
  const localised = useLocalisedLabel();
  const tc = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useQuery(trpc.recommendations.get.queryOptions({ id }));
  const conditions = useQuery(trpc.reference.conditions.queryOptions());

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound = query.error instanceof TRPCClientError && query.error.data?.httpStatus === 404;
    return (
      <LoadError
        message={notFound ? tc('notFound.body') : undefined}
        onRetry={notFound ? undefined : () => query.refetch()}
      />
    );
  }
  const rec = query.data;
  const labelOf = (conditionId: string) => {
    const node = conditions.data?.find((c) => c.id === conditionId);
    return node ? localised(node) : conditionId;
  };
  const date = (value: string) => format.dateTime(new Date(`${value}T12:00:00`), { dateStyle: 'long' });
  const jointlyDone = isJointlyCompleted(rec.addressees.map((a) => a.state));

  return (
    <>
      <PageHeader
        title={`${rec.code} · ${rec.title}`}
        meta={
          <>
            <RecommendationStatusBadge status={rec.status} />
            {rec.overdue ? <OverdueBadge /> : null}
            {rec.priority ? <PriorityBadge /> : null}
            <Badge>{t(`level.${rec.level}`)}</Badge>
            <ClassificationBadge value={rec.classification} />
          </>
        }
        intro={rec.description}
      />
      <AlsoOpen kind="recommendation" id={rec.id} />
      {!rec.permissions.canAddNote ? (
        <div className="mb-6">
          <Notice tone="info">{t('detail.readOnly')}</Notice>
        </div>
      ) : null}
      {rec.waitingFor.length > 0 ? (
        <div className="mb-6">
          <Notice tone="warning">
            <ul aria-label={t('detail.waitingLabel')}>
              {rec.waitingFor.map((wait) => (
                <li key={wait.kind === 'organisation' ? wait.organisationId : wait.kind}>
                  {wait.kind === 'organisation'
                    ? t('detail.waitingFor', {
                        organisation:
                          rec.addressees.find((a) => a.organisationId === wait.organisationId)?.name ??
                          wait.organisationId,
                      })
                    : t('detail.waitingForSecondPerson')}
                </li>
              ))}
            </ul>
          </Notice>
        </div>
      ) : null}

      <Section id="details" title={t('detail.details')}>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('fields.group')}</dt>
            <dd>
              {rec.groupId ? (
                <Link className="text-brand-700 hover:underline" href={`/werkgroepen/${rec.groupId}`}>
                  {rec.groupName}
                </Link>
              ) : (
                t('managementLevel')
              )}
            </dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('detail.source')}</dt>
            <dd>
              {t(`source.${rec.sourceType}`)}
              {rec.sourceReference ? ` · ${rec.sourceReference}` : ''}
              {rec.origins.map((origin) => (
                <span key={`${origin.kind}-${origin.id}`} className="block">
                  <Link
                    className="text-brand-700 hover:underline"
                    href={
                      origin.kind === 'exercise' ? `/oefeningen/${origin.id}#observations` : `/liaisons/${origin.id}`
                    }
                  >
                    {t(`detail.origin.${origin.kind}`, { label: origin.label })}
                  </Link>
                </span>
              ))}
            </dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('fields.owner')}</dt>
            <dd>{rec.ownerName ?? t('noOwner')}</dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-600">{t('fields.dueDate')}</dt>
            <dd>{rec.dueDate ? date(rec.dueDate) : t('noDueDate')}</dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="text-sm font-medium text-slate-600">{t('fields.conditions')}</dt>
            <dd>
              <ul className="mt-1 space-y-1">
                {rec.conditionIds.map((c) => (
                  <li key={c}>
                    <Badge tone="info">{`${c.split('.')[0]}. ${t(`category.${c.split('.')[0] ?? '1'}`)}`}</Badge>{' '}
                    <span className="font-mono text-sm">{c}</span> {labelOf(c)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          {rec.decisionId ? (
            <div className="sm:col-span-2">
              <dt className="text-sm font-medium text-slate-600">{t('detail.decision')}</dt>
              <dd>
                {rec.decision ? (
                  <Link className="text-brand-700 hover:underline" href={`/afwegingskader/${rec.decision.id}`}>
                    {rec.decision.question}
                  </Link>
                ) : (
                  t('detail.decisionHidden')
                )}
              </dd>
            </div>
          ) : null}
        </dl>
      </Section>

      {rec.permissions.canEdit ? (
        <Section id="edit" title={t('detail.edit')}>
          <EditSection label={t('detail.edit')}>
            <EditRecommendationForm recommendation={rec} />
          </EditSection>
        </Section>
      ) : null}

      <Section id="addressees" title={t('detail.addressees')} intro={t('detail.addresseesIntro')}>
        <ul className="divide-y divide-slate-200">
          {rec.addressees.map((a) => (
            <li key={a.organisationId} className="py-3">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={organisationTone(a.code)}>{a.name}</Badge>
                <span className="font-medium">{t(`addresseeState.${a.state}`)}</span>
                {a.note ? <span className="text-sm text-slate-600">— {a.note}</span> : null}
              </div>
              {a.onBehalfReason ? (
                <p className="mt-1 text-sm text-amber-900">
                  {t('detail.onBehalf', { organisation: a.name, reason: a.onBehalfReason })}
                </p>
              ) : null}
              {rec.permissions.recordStateFor.includes(a.organisationId) ||
              rec.permissions.recordStateOnBehalfFor.includes(a.organisationId) ? (
                <AddresseeProgressForm
                  // A new start only when this organisation's state changed (not on every change of the
                  // recommendation): a live update from someone else must not wipe a note being typed.
                  key={`${a.organisationId}-${a.state}`}
                  id={rec.id}
                  version={rec.version}
                  organisationId={a.organisationId}
                  organisationName={a.name}
                  current={a.state}
                  onBehalf={rec.permissions.recordStateOnBehalfFor.includes(a.organisationId)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </Section>

      {rec.permissions.verifyRefusal ? (
        <div className="mb-6">
          <Notice tone="info">{t('detail.verifyRefusal')}</Notice>
        </div>
      ) : null}

      {rec.permissions.canChangeStatus ? (
        <Section id="status" title={t('detail.status')} intro={t('detail.statusIntro')}>
          <StatusForm id={rec.id} version={rec.version} nextStatuses={rec.nextStatuses} jointlyDone={jointlyDone} />
        </Section>
      ) : null}

      <Section id="history" title={t('detail.history')}>
        {rec.permissions.canAddNote ? (
          <div className="mb-6">
            <NoteForm id={rec.id} />
          </div>
        ) : null}
        {rec.history.length === 0 ? (
          <p className="text-slate-600">{t('detail.historyEmpty')}</p>
        ) : (
          <ol className="space-y-4 border-l-2 border-brand-100 pl-4">
            {rec.history.map((event) => (
              <li key={event.id}>
                <p className="text-sm text-slate-600">
                  <time dateTime={new Date(event.occurredAt).toISOString()}>
                    {format.dateTime(new Date(event.occurredAt), { dateStyle: 'long' })}
                  </time>
                  {event.actorName ? ` · ${t('detail.by', { name: event.actorName })}` : ''}
                </p>
                <p className="font-medium text-slate-900">
                  {event.kind === 'status'
                    ? event.fromStatus && event.toStatus
                      ? t('detail.event.status', {
                          from: t(`status.${event.fromStatus}`),
                          to: t(`status.${event.toStatus}`),
                        })
                      : t('detail.event.created')
                    : event.kind === 'addressee' && event.addresseeState
                      ? t('detail.event.addressee', {
                          organisation: event.organisationCode ?? '',
                          state: t(`addresseeState.${event.addresseeState}`),
                        })
                      : t('detail.event.progress')}
                </p>
                {event.note ? <p className="whitespace-pre-line text-slate-800">{event.note}</p> : null}
                {event.reason ? (
                  <p className="text-slate-800">
                    <span className="font-medium">{t('detail.reasonLabel')}</span> {event.reason}
                  </p>
                ) : null}
                {event.evidence ? (
                  <p className="text-slate-800">
                    <span className="font-medium">{t('detail.evidenceLabel')}</span>{' '}
                    {t(`evidenceKind.${event.evidence.kind}`)} · {event.evidence.reference} ·{' '}
                    {date(event.evidence.date)} — {event.evidence.note}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}
