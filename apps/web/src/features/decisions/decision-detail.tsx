'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { lazy, Suspense, useState } from 'react';
import {
  auditFieldLabel,
  decisionStateNotice,
  isExportLocale,
  isWithdrawal,
  lensFirst,
  lensFirstSharingRules,
  lensSignOffState,
  sharingRuleBindsOrganisation,
  type DecisionStatus,
} from '@srw/domain';
import { LensNotice } from '@/components/lens/lens-notice';
import { AlsoOpen } from '@/components/live/also-open';
import { DecisionText } from '@/components/decisions/decision-text';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { useSessionUser } from '@/components/shell/session-user';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button, buttonClass } from '@/components/ui/button';
import { ClassificationBadge } from '@/components/ui/classification-badge';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading, Notice } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { useLensOrganisation } from '@/lib/use-lens-organisation';
import { DecisionStatusBadge, OutcomeBadge, ReviewNeededBadge } from './decision-badges';
import { DecisionTestsSection } from './decision-tests';
import { WaitingRecommendations } from './waiting-recommendations';

// Only a withdrawal asks for a reason: the form fields load when that dialog opens, not with the page (issue 19).
const TextArea = lazy(() => import('@/components/forms/fields').then((m) => ({ default: m.TextArea })));

type RequestedStatus = 'concept' | 'voorgesteld' | 'vastgesteld' | 'ingetrokken';

function DecisionHistory({ id }: { id: string }) {
  const t = useTranslations('decisions');
  const format = useFormatter();
  const locale = useLocale();
  const trpc = useTRPC();
  const history = useQuery(trpc.decisions.history.queryOptions({ id }));
  if (history.isPending) return <Loading />;
  if (history.isError) return <LoadError onRetry={() => history.refetch()} />;
  if (history.data.length === 0) return <EmptyState>{t('detail.historyEmpty')}</EmptyState>;
  const describe = (event: (typeof history.data)[number]) => {
    const key = `history.${event.event}`;
    const base = t.has(key) ? t(key, { detail: event.detail ?? '' }) : event.event;
    return event.toStatus && event.event === 'status'
      ? `${base}: ${t(`status.${event.toStatus as DecisionStatus}`)}`
      : base;
  };
  return (
    <ol className="divide-y divide-slate-200" aria-label={t('detail.historyTitle')}>
      {history.data.map((event) => (
        <li key={event.id} className="py-2 text-sm">
          <time dateTime={event.occurredAt.toISOString()} className="text-slate-600">
            {format.dateTime(event.occurredAt, { dateStyle: 'medium', timeStyle: 'short' })}
          </time>{' '}
          · <strong>{event.actorName ?? t('detail.system')}</strong> {describe(event)}
          {event.event === 'status' && event.detail ? <span className="text-slate-600"> — {event.detail}</span> : null}
          {event.changes.length > 0 ? (
            <dl className="mt-1 grid grid-cols-[minmax(0,1fr)_minmax(0,3fr)] gap-x-3 gap-y-0.5 text-xs">
              {event.changes.map((change) => (
                <div key={change.key} className="contents">
                  <dt className="text-slate-600">
                    {auditFieldLabel(change.key, isExportLocale(locale) ? locale : 'nl')}
                  </dt>
                  <dd className="break-words text-slate-900">
                    <del className="text-slate-600">{change.before}</del> →{' '}
                    <ins className="no-underline">{change.after}</ins>
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function DecisionDetail({ id, signOffsReset = false }: { id: string; signOffsReset?: boolean }) {
  const t = useTranslations();
  const td = useTranslations('decisions');
  const locale = useLocale();
  const format = useFormatter();
  const user = useSessionUser();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const query = useQuery(trpc.decisions.get.queryOptions({ id }));
  const levels = useQuery(trpc.reference.cooperationLevels.queryOptions());
  const lensOrg = useLensOrganisation();
  const [nextStatus, setNextStatus] = useState<RequestedStatus | null>(null);
  const [reason, setReason] = useState('');
  const [actionError, setActionError] = useState<ErrorInfo | null>(null);
  // An error of the status change stays in its dialog, beside the reason typed there.
  const [dialogError, setDialogError] = useState<ErrorInfo | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.decisions.pathKey() });
  };
  const onError = (error: unknown) => {
    setNotice(null);
    setActionError(readError(error));
  };
  const changeStatus = useMutation(
    trpc.decisions.changeStatus.mutationOptions({
      onSuccess: async () => {
        setActionError(null);
        setDialogError(null);
        setReason('');
        setNextStatus(null);
        await refresh();
      },
      onError: (error) => {
        setNotice(null);
        setDialogError(readError(error));
      },
    }),
  );
  const signOff = useMutation(
    trpc.decisions.signOff.mutationOptions({
      onSuccess: async () => {
        setActionError(null);
        setNotice(td('detail.signedNotice'));
        await refresh();
      },
      onError,
    }),
  );
  const markReviewed = useMutation(
    trpc.decisions.markReviewed.mutationOptions({
      onSuccess: async () => {
        setActionError(null);
        await refresh();
      },
      onError,
    }),
  );

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
  const decision = query.data;
  const level = levels.data?.find((l) => l.code === decision.cooperationLevel);
  const date = (value: string | null) => (value ? format.dateTime(new Date(value), { dateStyle: 'medium' }) : '—');
  const { permissions } = decision;
  const stateNotice = decisionStateNotice(decision);
  const statusButtons: {
    status: RequestedStatus;
    label: string;
    allowed: boolean;
    variant: 'primary' | 'secondary' | 'danger';
  }[] = [
    { status: 'voorgesteld', label: td('detail.propose'), allowed: permissions.canPropose, variant: 'primary' },
    {
      status: 'concept',
      label: td('detail.backToConcept'),
      allowed: permissions.canReturnToConcept,
      variant: 'secondary',
    },
    { status: 'vastgesteld', label: td('detail.establish'), allowed: permissions.canEstablish, variant: 'primary' },
    { status: 'ingetrokken', label: td('detail.withdraw'), allowed: permissions.canWithdraw, variant: 'danger' },
  ];
  const myOrganisation = decision.organisations.find((o) => o.id === user.organisationId);
  // The organisation lens: that organisation's sign-off, consequences and sharing rules first and marked; nothing hidden.
  const lensId = lensOrg?.id ?? null;
  const isLensOrganisation = (organisationId: string) => lensId !== null && organisationId === lensId;
  const organisationsInLens = lensFirst(decision.organisations, (o, lens) => o.id === lens, lensId);
  const sharingRulesInLens = lensFirstSharingRules(decision.sharingRules, lensId);
  const lensSignOff = lensSignOffState(
    decision.organisations.map((o) => o.id),
    decision.signOffs.map((s) => s.organisationId),
    lensId,
  );
  const lensBindingRules = lensId
    ? decision.sharingRules.filter((rule) => sharingRuleBindsOrganisation(rule, lensId)).length
    : 0;

  return (
    <>
      <PageHeader
        title={decision.question}
        meta={
          <>
            <OutcomeBadge outcome={decision.outcome} />
            <DecisionStatusBadge status={decision.status} />
            <ClassificationBadge value={decision.classification} />
            {decision.reviewNeededAt ? <ReviewNeededBadge /> : null}
            <span className="text-sm text-slate-600">
              {td('detail.group')}:{' '}
              {decision.myRole ? (
                <Link href={`/werkgroepen/${decision.group.id}`} className="text-brand-700 underline">
                  {decision.group.name}
                </Link>
              ) : (
                decision.group.name
              )}
            </span>
          </>
        }
        actions={
          <>
            {permissions.canEdit ? (
              <Link href={`/afwegingskader/${decision.id}/bewerken`} className={buttonClass('secondary')}>
                {td('detail.edit')}
              </Link>
            ) : null}
            {permissions.canSupersede ? (
              <Link
                href={`/afwegingskader/nieuw?werkgroep=${decision.group.id}&vervangt=${decision.id}`}
                className={buttonClass('secondary')}
              >
                {td('detail.supersede')}
              </Link>
            ) : null}
          </>
        }
      />
      <AlsoOpen kind="decision" id={decision.id} />

      <div className="mb-6 space-y-3">
        {stateNotice === 'draft' ? <Notice tone="info">{td('detail.draftNotice')}</Notice> : null}
        {stateNotice === 'proposed' ? <Notice tone="info">{td('detail.proposedNotice')}</Notice> : null}
        {stateNotice === 'withdrawn' ? (
          <Notice tone="warning">{td('detail.withdrawnBecause', { reason: decision.withdrawnReason })}</Notice>
        ) : null}
        {stateNotice === 'superseded' ? <Notice tone="warning">{td('detail.closedNotice')}</Notice> : null}
        {signOffsReset ? <Notice tone="warning">{td('form.signOffsReset')}</Notice> : null}
        {lensOrg ? (
          <LensNotice>
            {td(`lens.signOff.${lensSignOff ?? 'notConcerned'}`, { organisation: lensOrg.name })}{' '}
            {decision.sharingRules.length > 0
              ? td('lens.sharingRules', { organisation: lensOrg.name, count: lensBindingRules })
              : null}
          </LensNotice>
        ) : null}
        {notice ? <Notice>{notice}</Notice> : null}
        <FormAlert error={actionError} onReload={refresh} />
      </div>

      {decision.reviewNeededAt ? (
        <Section
          id="review"
          title={td('detail.reviewTitle')}
          intro={td('detail.reviewIntro', { reason: decision.reviewReason })}
        >
          {permissions.canMarkReviewed ? (
            <Button
              variant="secondary"
              disabled={markReviewed.isPending}
              onClick={() => markReviewed.mutate({ id: decision.id, version: decision.version })}
            >
              {td('detail.markReviewed')}
            </Button>
          ) : null}
        </Section>
      ) : null}

      <Section id="ruling" title={td('outcome.label')}>
        <div className="space-y-5">
          <p className="text-lg font-semibold text-slate-900">{td(`outcome.${decision.outcome}`)}</p>
          {decision.context ? (
            <div>
              <h3 className="text-sm font-semibold text-slate-700">{td('detail.context')}</h3>
              <DecisionText className="mt-1 text-slate-800" text={decision.context} />
            </div>
          ) : null}
          <div>
            <h3 className="text-sm font-semibold text-slate-700">{td('detail.conditions')}</h3>
            {decision.conditions.length === 0 ? (
              <p className="text-slate-600">{td('detail.noConditions')}</p>
            ) : (
              <ol className="mt-1 list-decimal space-y-1 pl-6" aria-label={td('detail.conditions')}>
                {decision.conditions.map((condition, index) => (
                  <li key={index}>
                    <DecisionText as="span" text={condition.text} />
                  </li>
                ))}
              </ol>
            )}
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-700">{td('detail.consequences')}</h3>
            {decision.consequences ? (
              <DecisionText className="mt-1 text-slate-800" text={decision.consequences} />
            ) : (
              <p className="text-slate-600">{td('detail.noConsequences')}</p>
            )}
            {decision.organisations.some((o) => o.consequences !== '') ? (
              <ul className="mt-2 space-y-1" aria-label={td('detail.organisationConsequencesTitle')}>
                {organisationsInLens
                  .filter((o) => o.consequences !== '')
                  .map((organisation) => (
                    <li
                      key={organisation.id}
                      className={isLensOrganisation(organisation.id) ? 'rounded bg-brand-50 px-2 py-1' : undefined}
                    >
                      <span className="font-medium">
                        {td('detail.organisationConsequences', { organisation: organisation.name })}
                      </span>{' '}
                      <DecisionText as="span" text={organisation.consequences} />
                    </li>
                  ))}
              </ul>
            ) : null}
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-700">{td('detail.legalBases')}</h3>
            {decision.legalBases.length === 0 ? (
              <p className="text-slate-600">{td('detail.noLegalBases')}</p>
            ) : (
              <ul className="mt-1 space-y-1" aria-label={td('detail.legalBases')}>
                {decision.legalBases.map((basis) => (
                  <li key={basis.id}>
                    {basis.url ? (
                      <a
                        href={basis.url}
                        className="text-brand-700 underline"
                        rel="noreferrer noopener"
                        target="_blank"
                      >
                        {basis.title}
                      </a>
                    ) : (
                      basis.title
                    )}{' '}
                    <span className="text-xs text-slate-500">({basis.code})</span>
                    {basis.changedAt ? (
                      <span className="ml-2 text-xs text-amber-900">
                        {td('detail.legalBasisChanged', {
                          date: format.dateTime(basis.changedAt, { dateStyle: 'medium' }),
                        })}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {decision.options.length > 0 ? (
            <div>
              <h3 className="text-sm font-semibold text-slate-700">{td('detail.options')}</h3>
              <ul className="mt-1 space-y-2">
                {decision.options.map((option, index) => (
                  <li key={index} className="rounded border border-slate-200 p-3">
                    <DecisionText as="span" className="font-medium" text={option.title} />
                    {option.pros ? (
                      <p className="text-sm">
                        <span className="font-medium text-green-800">{td('detail.pros')}:</span>{' '}
                        <DecisionText as="span" text={option.pros} />
                      </p>
                    ) : null}
                    {option.cons ? (
                      <p className="text-sm">
                        <span className="font-medium text-red-800">{td('detail.cons')}:</span>{' '}
                        <DecisionText as="span" text={option.cons} />
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </Section>

      <Section id="sharing" title={td('detail.sharing')}>
        {decision.sharingRules.length === 0 ? (
          <p className="text-slate-600">{td('detail.noSharing')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    {td('detail.sharingCategory')}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {td('detail.sharingFrom')}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {td('detail.sharingTo')}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {td('detail.sharingVerdict')}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {td('detail.sharingGround')}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {td('detail.sharingConditions')}
                  </th>
                  <th scope="col" className="py-1">
                    {td('detail.sharingConsent')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {sharingRulesInLens.map((rule, index) => {
                  const binds = lensId !== null && sharingRuleBindsOrganisation(rule, lensId);
                  return (
                    <tr
                      key={index}
                      className={`align-top ${binds ? 'bg-brand-50' : ''}`}
                      data-testid={binds ? 'lens-sharing-rule' : undefined}
                    >
                      <td className={`py-1 pr-3 ${binds ? 'border-l-4 border-brand-700 pl-2' : ''}`}>
                        <DecisionText as="span" text={rule.dataCategory} />
                        {binds && lensOrg ? (
                          <span className="block text-xs text-brand-800">
                            {td('lens.bindsOrganisation', { organisation: lensOrg.code })}
                          </span>
                        ) : null}
                      </td>
                      <td className="py-1 pr-3">{rule.fromOrganisationCode}</td>
                      <td className="py-1 pr-3">{rule.toOrganisationCode}</td>
                      <td className="py-1 pr-3">{td(`verdict.${rule.verdict}`)}</td>
                      <td className="py-1 pr-3">{rule.legalGround || '—'}</td>
                      <td className="py-1 pr-3">
                        <DecisionText as="span" text={rule.conditions || '—'} />
                      </td>
                      <td className="py-1">{rule.consentFrom || '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section id="facts" title={td('detail.facts')}>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">{td('detail.cooperationLevel')}</dt>
          <dd>{level ? (locale === 'en' ? level.labelEn : level.labelNl) : decision.cooperationLevel}</dd>
          <dt className="font-medium text-slate-700">{td('detail.topic')}</dt>
          <dd>{decision.topic}</dd>
          <dt className="font-medium text-slate-700">{td('detail.tags')}</dt>
          <dd>{decision.tags.length ? decision.tags.join(', ') : '—'}</dd>
          <dt className="font-medium text-slate-700">{td('level.label')}</dt>
          <dd>{decision.decisionLevel ? td(`level.${decision.decisionLevel}`) : td('level.none')}</dd>
          <dt className="font-medium text-slate-700">{td('detail.decidedBy')}</dt>
          <dd>{decision.decidedBy || '—'}</dd>
          <dt className="font-medium text-slate-700">{td('detail.decisionDate')}</dt>
          <dd>{date(decision.decisionDate)}</dd>
          <dt className="font-medium text-slate-700">{td('detail.reviewDate')}</dt>
          <dd>{date(decision.reviewDate)}</dd>
          <dt className="font-medium text-slate-700">{td('detail.organisations')}</dt>
          <dd className="flex flex-wrap gap-1">
            {decision.organisations.map((organisation) => (
              <Badge key={organisation.id} tone={organisationTone(organisation.code)}>
                {organisation.name}
              </Badge>
            ))}
          </dd>
        </dl>
      </Section>

      <Section id="sign-off" title={td('detail.signOffTitle')} intro={td('detail.signOffIntro')}>
        <ul className="space-y-1" aria-label={td('detail.signOffTitle')}>
          {organisationsInLens.map((organisation) => {
            const signed = decision.signOffs.find((s) => s.organisationId === organisation.id);
            const inLens = isLensOrganisation(organisation.id);
            return (
              <li
                key={organisation.id}
                className={`flex flex-wrap items-center gap-2 ${inLens ? 'rounded border-l-4 border-brand-700 bg-brand-50 px-2 py-1 font-medium' : ''}`}
                data-testid={`sign-off-${organisation.code}`}
                data-lens={inLens ? 'true' : undefined}
              >
                <Badge tone={organisationTone(organisation.code)}>{organisation.code}</Badge>
                {signed ? (
                  <span className="text-green-800">
                    ✓{' '}
                    {td('detail.signedBy', {
                      name: signed.userName ?? '—',
                      date: format.dateTime(signed.signedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                    })}
                  </span>
                ) : (
                  <span className="text-slate-600">{td('detail.notSigned')}</span>
                )}
              </li>
            );
          })}
        </ul>
        <div className="mt-4 flex flex-wrap gap-2">
          {permissions.canSignOff && myOrganisation ? (
            <Button
              disabled={signOff.isPending}
              onClick={() => signOff.mutate({ id: decision.id, version: decision.version })}
            >
              {td('detail.signOff', { organisation: myOrganisation.name })}
            </Button>
          ) : null}
          {statusButtons
            .filter((button) => button.allowed)
            .map((button) => (
              <Button key={button.status} variant={button.variant} onClick={() => setNextStatus(button.status)}>
                {button.label}
              </Button>
            ))}
        </div>
        <ConfirmDialog
          open={nextStatus !== null}
          title={td('detail.lifecycleTitle')}
          pending={changeStatus.isPending}
          confirmLabel={nextStatus ? statusButtons.find((b) => b.status === nextStatus)?.label : undefined}
          confirmVariant={nextStatus && isWithdrawal(nextStatus) ? 'danger' : 'primary'}
          error={<FormAlert error={dialogError} onReload={refresh} />}
          onCancel={() => {
            setNextStatus(null);
            setDialogError(null);
          }}
          onConfirm={() =>
            nextStatus &&
            changeStatus.mutate({ id: decision.id, version: decision.version, status: nextStatus, reason })
          }
        >
          {nextStatus ? <p>{td('detail.confirmStatus', { status: td(`status.${nextStatus}`) })}</p> : null}
          {nextStatus && isWithdrawal(nextStatus) ? (
            <div className="mt-3 space-y-2">
              <p className="text-sm">{td('detail.withdrawConfirm')}</p>
              <Suspense fallback={<div className="h-24" aria-hidden="true" />}>
                <TextArea
                  label={td('detail.withdrawReason')}
                  required
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              </Suspense>
            </div>
          ) : null}
        </ConfirmDialog>
      </Section>

      {decision.chain.length > 1 ? (
        <Section id="chain" title={td('detail.chainTitle')} intro={td('detail.chainIntro')}>
          <ol className="space-y-2" aria-label={td('detail.chainTitle')}>
            {decision.chain.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center gap-2">
                <DecisionStatusBadge status={item.status} />
                {item.current ? (
                  <span className="font-medium">
                    <DecisionText as="span" text={item.question} />{' '}
                    <span className="text-sm text-slate-600">({td('detail.current')})</span>
                  </span>
                ) : (
                  <Link href={`/afwegingskader/${item.id}`} className="text-brand-700 underline">
                    {item.question}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </Section>
      ) : null}

      {decision.glossaryOrigins.length > 0 ? (
        <Section
          id="glossary-origins"
          title={td('detail.glossaryOriginsTitle')}
          intro={td('detail.glossaryOriginsIntro')}
        >
          <ul className="space-y-1">
            {decision.glossaryOrigins.map((origin) => (
              <li key={origin.commentId}>
                <Link href={`/begrippenlijst/${origin.termId}#comments`} className="text-brand-700 underline">
                  {origin.prefLabel}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <DecisionTestsSection decisionId={decision.id} links={decision.testLinks} canRecord={permissions.canRecordTest} />
      <WaitingRecommendations decisionId={decision.id} />

      <Section id="history" title={td('detail.historyTitle')}>
        <DecisionHistory id={decision.id} />
      </Section>
    </>
  );
}
