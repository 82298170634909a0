'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { requiresClearance, type PlacementPermissions } from '@srw/domain';
import { AlsoOpen } from '@/components/live/also-open';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { TextArea } from '@/components/forms/fields';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ClassificationBadge } from '@/components/ui/classification-badge';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader, Section } from '@/components/ui/page-header';
import { LoadError, Loading, Notice } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { PlacementConsent } from './placement-consent';
import { PlacementDebrief } from './placement-debrief';
import { PlacementExtensions } from './placement-extensions';
import { EditPlacementForm } from './placement-form';
import { useCalendarDate } from './placement-format';
import { PlacementStatusBadge } from './placement-status-badge';

type LifecycleAction = 'activate' | 'complete' | 'abort';

/** Which permission offers each lifecycle step (approval is the organisations' consent, above). */
const actionPermission: Record<LifecycleAction, keyof PlacementPermissions> = {
  activate: 'canActivate',
  complete: 'canComplete',
  abort: 'canAbort',
};

function Term({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 whitespace-pre-line text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

export function PlacementDetail({ id }: { id: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const formatDate = useCalendarDate();
  const query = useQuery(trpc.placements.get.queryOptions({ id }));
  const [action, setAction] = useState<LifecycleAction | null>(null);
  const [abortReason, setAbortReason] = useState('');
  const [actionError, setActionError] = useState<ErrorInfo | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() });
  const options = {
    onSuccess: async () => {
      setActionError(null);
      setAbortReason('');
      await invalidate();
    },
    onError: (error: unknown) => setActionError(readError(error)),
    onSettled: () => setAction(null),
  };
  const activate = useMutation(trpc.placements.activate.mutationOptions(options));
  const complete = useMutation(trpc.placements.complete.mutationOptions(options));
  const abort = useMutation(trpc.placements.abort.mutationOptions(options));

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound = query.error instanceof TRPCClientError && query.error.data?.httpStatus === 404;
    return (
      <LoadError
        message={notFound ? t('notFound.body') : undefined}
        onRetry={notFound ? undefined : () => query.refetch()}
      />
    );
  }
  const p = query.data;
  const d = (key: string, values?: Record<string, string | number>) => t(`placements.detail.${key}`, values);
  const pending = activate.isPending || complete.isPending || abort.isPending;
  const run = () => {
    const input = { id: p.id, version: p.version };
    if (action === 'activate') activate.mutate(input);
    if (action === 'complete') complete.mutate({ ...input, reason: p.completesEarly ? abortReason : '' });
    if (action === 'abort') abort.mutate({ ...input, reason: abortReason });
  };
  const actions = (['activate', 'complete', 'abort'] as const).filter((a) => p.permissions[actionPermission[a]]);

  return (
    <>
      <PageHeader
        title={p.personName}
        intro={`${p.hostFunction} · ${p.hostUnit} (${p.hostOrganisationName})`}
        meta={
          <>
            <PlacementStatusBadge status={p.status} />
            <ClassificationBadge value={p.classification} />
            {p.overdue ? <Badge tone="danger">{t('placements.flags.overdue')}</Badge> : null}
            {p.dueForActivation ? <Badge tone="info">{t('placements.flags.dueForActivation')}</Badge> : null}
          </>
        }
        actions={
          <Link href="/liaisons" className="text-brand-700 hover:underline">
            {t('actions.back')}
          </Link>
        }
      />
      <AlsoOpen kind="placement" id={p.id} />
      {p.overdue ? (
        <div className="mb-4">
          <Notice tone="warning">{d('overdueNotice')}</Notice>
        </div>
      ) : null}
      {p.accessWarnings.length > 0 ? (
        <div className="mb-4">
          <Notice tone="warning">
            <ul className="list-disc pl-5">
              {p.accessWarnings.map((w, index) => (
                <li key={index}>
                  {w.kind === 'clearance'
                    ? d('warningClearance', { date: formatDate(w.expiresOn) })
                    : d('warningAccess', { system: w.system ?? '', date: formatDate(w.expiresOn) })}
                </li>
              ))}
            </ul>
          </Notice>
        </div>
      ) : null}

      <PlacementConsent placement={p} />

      <Section id="details" title={t('placements.detail.detailsTitle')}>
        <dl className="divide-y divide-slate-100">
          <Term label={d('from')}>
            <Badge tone={organisationTone(p.homeOrganisationCode)}>{p.homeOrganisationCode}</Badge> {p.homeUnit} (
            {p.homeOrganisationName})
          </Term>
          <Term label={d('to')}>
            <Badge tone={organisationTone(p.hostOrganisationCode)}>{p.hostOrganisationCode}</Badge> {p.hostUnit} (
            {p.hostOrganisationName})
          </Term>
          <Term label={t('placements.fields.hostFunction')}>{p.hostFunction}</Term>
          <Term label={d('period')}>
            {formatDate(p.startDate)} – {formatDate(p.endDate)} · {d('hours', { hours: p.hoursPerWeek })}
          </Term>
          <Term label={t('placements.fields.purpose')}>{p.purpose}</Term>
          {p.learningGoals ? <Term label={t('placements.fields.learningGoals')}>{p.learningGoals}</Term> : null}
          <Term label={t('placements.fields.groupId')}>
            {p.groupId ? (
              <Link href={`/werkgroepen/${p.groupId}`} className="text-brand-700 hover:underline">
                {p.groupName}
              </Link>
            ) : (
              t('placements.fields.noGroup')
            )}
          </Term>
          {p.homeContact ? <Term label={t('placements.fields.homeContact')}>{p.homeContact}</Term> : null}
          {p.hostContact ? <Term label={t('placements.fields.hostContact')}>{p.hostContact}</Term> : null}
          {p.proposedByName ? <Term label={d('proposedBy')}>{p.proposedByName}</Term> : null}
          {p.approvedByName ? <Term label={d('approvedBy')}>{p.approvedByName}</Term> : null}
          {p.abortReason ? <Term label={d('abortReason')}>{p.abortReason}</Term> : null}
          {p.completionReason ? <Term label={d('completionReason')}>{p.completionReason}</Term> : null}
        </dl>
      </Section>

      <Section id="access" title={d('accessTitle')}>
        <p className="text-slate-800">
          {t(`placements.clearance.${p.clearanceLevel}`)}
          {requiresClearance(p.clearanceLevel)
            ? ` · ${t('placements.fields.clearanceExpiresOn')}: ${p.clearanceExpiresOn ? formatDate(p.clearanceExpiresOn) : d('noExpiry')}`
            : ''}
        </p>
        {p.accessGrants.length === 0 ? (
          <p className="mt-2 text-slate-600">{d('accessNone')}</p>
        ) : (
          <ul className="mt-2 list-disc pl-5 text-slate-800">
            {p.accessGrants.map((grant, index) => (
              <li key={index}>
                {grant.system} ·{' '}
                {grant.expiresOn
                  ? `${t('placements.fields.accessExpiresOn')} ${formatDate(grant.expiresOn)}`
                  : d('noExpiry')}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {actions.length > 0 ? (
        <Section id="lifecycle" title={d('lifecycleTitle')}>
          <FormAlert error={actionError} onReload={invalidate} />
          <div className="mt-2 flex flex-wrap gap-2">
            {actions.map((a) => (
              <Button key={a} variant={a === 'abort' ? 'danger' : 'primary'} onClick={() => setAction(a)}>
                {d(a)}
              </Button>
            ))}
          </div>
          <ConfirmDialog
            open={action !== null}
            title={action === 'abort' ? d('abortTitle') : action ? d(action) : ''}
            confirmLabel={action === 'abort' ? d('abortConfirm') : action ? d(action) : undefined}
            pending={pending}
            onCancel={() => setAction(null)}
            onConfirm={run}
          >
            {action === 'abort' ? (
              <TextArea
                label={d('abortReason')}
                required
                value={abortReason}
                onChange={(e) => setAbortReason(e.target.value)}
              />
            ) : action === 'complete' && p.completesEarly ? (
              // Before the end date completing needs a reason; the field appears only then.
              <TextArea
                label={d('completeEarlyReason')}
                hint={d('completeEarlyHint', { date: formatDate(p.endDate) })}
                required
                value={abortReason}
                onChange={(e) => setAbortReason(e.target.value)}
              />
            ) : action ? (
              d(`confirm${action.charAt(0).toUpperCase()}${action.slice(1)}`)
            ) : null}
          </ConfirmDialog>
        </Section>
      ) : null}

      <PlacementExtensions placement={p} />
      <PlacementDebrief placement={p} />

      {p.permissions.canEdit ? (
        <Section id="edit" title={d('editTitle')}>
          <EditPlacementForm placement={p} />
        </Section>
      ) : null}
    </>
  );
}
