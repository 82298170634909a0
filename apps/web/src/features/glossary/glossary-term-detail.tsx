'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { lazy, Suspense, useState } from 'react';
import {
  canTransitionGlossaryTerm,
  isGlossaryCommentOpen,
  isRetiredGlossaryStatus,
  manualGlossaryStatuses,
  needsReplacement,
  replacementAfter,
  type ManualGlossaryStatus,
  auditFieldLabel,
  isExportLocale,
} from '@srw/domain';
import { AlsoOpen } from '@/components/live/also-open';
import { SelectField, TextArea } from '@/components/forms/fields';
import { GlossaryText } from '@/components/glossary/glossary-text';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { useSessionUser } from '@/components/shell/session-user';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ClassificationBadge } from '@/components/ui/classification-badge';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading, Notice } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { DivergentBadge, GlossaryStatusBadge, ReviewOverdueBadge } from './glossary-badges';

// The edit form (and its field components) loads when someone starts editing, not with the page.
const EditGlossaryTermForm = lazy(() =>
  import('./glossary-term-form').then((m) => ({ default: m.EditGlossaryTermForm })),
);

function formatValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) return value.length ? value.join(', ') : empty;
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== '' && v !== null)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(' · ');
  }
  return String(value);
}

function TermHistory({ id }: { id: string }) {
  const t = useTranslations('glossary.detail');
  const format = useFormatter();
  const locale = useLocale();
  const trpc = useTRPC();
  const history = useQuery(trpc.glossary.history.queryOptions({ id }));
  if (history.isPending) return <Loading />;
  if (history.isError) return <LoadError onRetry={() => history.refetch()} />;
  return (
    <ol className="space-y-4">
      {history.data.map((version) => (
        <li key={version.version} className="rounded border border-slate-200 p-3">
          <p className="text-sm font-medium text-slate-800">
            {t('historyItem', {
              version: version.version,
              change: t.has(`change.${version.change}`) ? t(`change.${version.change}`) : version.change,
              name: version.changedByName ?? '—',
              date: format.dateTime(version.changedAt, { dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </p>
          {version.changes.length === 0 ? (
            <p className="text-sm text-slate-600">{t('noChanges')}</p>
          ) : (
            <table className="mt-2 w-full text-left text-sm">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="w-1/5 py-1 pr-2 font-medium">
                    &nbsp;
                  </th>
                  <th scope="col" className="py-1 pr-2 font-medium">
                    {t('before')}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t('after')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {version.changes.map((change) => (
                  <tr key={change.field} className="border-t border-slate-100 align-top">
                    <th scope="row" className="py-1 pr-2 text-xs font-normal text-slate-600">
                      {auditFieldLabel(change.field, isExportLocale(locale) ? locale : 'nl')}
                    </th>
                    <td className="py-1 pr-2 text-red-800">
                      <del>{formatValue(change.before, t('empty'))}</del>
                    </td>
                    <td className="py-1 text-green-800">
                      <ins className="no-underline">{formatValue(change.after, t('empty'))}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </li>
      ))}
    </ol>
  );
}

function TermUsages({ id }: { id: string }) {
  const t = useTranslations('glossary.detail');
  const trpc = useTRPC();
  const usages = useQuery(trpc.glossary.usages.queryOptions({ id }));
  if (usages.isPending) return <Loading />;
  if (usages.isError) return <LoadError onRetry={() => usages.refetch()} />;
  if (usages.data.length === 0) return <p className="text-slate-600">{t('noUsages')}</p>;
  return (
    <ul className="space-y-2">
      {usages.data.map((usage) => (
        <li key={`${usage.module}:${usage.id}`}>
          <Badge tone="info">{t(`usageModule.${usage.module}`)}</Badge>{' '}
          <Link href={usage.href} className="font-medium text-brand-700 hover:underline">
            {usage.title}
          </Link>
          <p className="text-sm text-slate-600">{usage.excerpt}</p>
        </li>
      ))}
    </ul>
  );
}

function EscalatedDecisionLink({ decision }: { decision: { id: string; question: string | null } }) {
  const t = useTranslations('glossary.detail');
  return decision.question ? (
    <Link href={`/afwegingskader/${decision.id}`} className="font-medium text-brand-700 hover:underline">
      {decision.question}
    </Link>
  ) : (
    <span>{t('decisionNotVisible')}</span>
  );
}

function TermComments({ id, canResolve, prefLabel }: { id: string; canResolve: boolean; prefLabel: string }) {
  const t = useTranslations('glossary.detail');
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const comments = useQuery(trpc.glossary.comments.queryOptions({ id }));
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<'comment' | 'proposal'>('comment');
  const [error, setError] = useState<ErrorInfo | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.glossary.comments.pathKey() });
  const add = useMutation(
    trpc.glossary.addComment.mutationOptions({
      onSuccess: async () => {
        setBody('');
        setError(null);
        await invalidate();
      },
      onError: (e) => setError(readError(e)),
    }),
  );
  const resolve = useMutation(
    trpc.glossary.resolveComment.mutationOptions({ onSuccess: invalidate, onError: (e) => setError(readError(e)) }),
  );
  // Escalating a dispute into a concept decision: the question is asked in a dialog, errors stay there.
  const [escalating, setEscalating] = useState<string | null>(null);
  const [question, setQuestion] = useState('');
  const [escalateError, setEscalateError] = useState<ErrorInfo | null>(null);
  const escalate = useMutation(
    trpc.glossary.escalateComment.mutationOptions({
      onSuccess: async () => {
        setEscalating(null);
        setEscalateError(null);
        await queryClient.invalidateQueries({ queryKey: trpc.glossary.pathKey() });
      },
      onError: (e) => setEscalateError(readError(e)),
    }),
  );
  return (
    <>
      {comments.isPending ? (
        <Loading />
      ) : comments.isError ? (
        <LoadError onRetry={() => comments.refetch()} />
      ) : comments.data.length === 0 ? (
        <p className="text-slate-600">{t('noComments')}</p>
      ) : (
        <ul className="space-y-3">
          {comments.data.map((comment) => (
            <li key={comment.id} className="rounded border border-slate-200 p-3">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <Badge tone={comment.kind === 'proposal' ? 'info' : 'neutral'}>
                  {t(`commentKind.${comment.kind}`)}
                </Badge>
                <Badge tone={isGlossaryCommentOpen(comment.status) ? 'warning' : 'success'}>
                  {t(`commentStatus.${comment.status}`)}
                </Badge>
                <span className="font-medium">{comment.authorName ?? '—'}</span>
                {comment.authorOrganisationCode ? (
                  <span className="text-slate-600">({comment.authorOrganisationCode})</span>
                ) : null}
                <span className="text-slate-600">
                  {format.dateTime(comment.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </span>
              </div>
              <p className="mt-1 whitespace-pre-line text-slate-800">{comment.body}</p>
              {comment.decision ? (
                <p className="mt-2 text-sm text-slate-700">
                  {t('escalatedTo')} <EscalatedDecisionLink decision={comment.decision} />
                </p>
              ) : null}
              {comment.canEscalate ? (
                <div className="mt-2 flex flex-wrap gap-2">
                  {
                    <Button
                      size="sm"
                      variant="secondary"
                      onClick={() => {
                        setEscalating(comment.id);
                        setQuestion(t('escalateQuestionDefault', { term: prefLabel }));
                        setEscalateError(null);
                      }}
                    >
                      {t('escalate')}
                    </Button>
                  }
                </div>
              ) : null}
              {canResolve && isGlossaryCommentOpen(comment.status) ? (
                <div className="mt-2 flex gap-2">
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={resolve.isPending}
                    onClick={() => resolve.mutate({ id: comment.id, status: 'verwerkt' })}
                  >
                    {t('markProcessed')}
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={resolve.isPending}
                    onClick={() => resolve.mutate({ id: comment.id, status: 'afgewezen' })}
                  >
                    {t('markRejected')}
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <form
        method="post"
        className="mt-4 space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (body.trim()) add.mutate({ termId: id, kind, body });
        }}
      >
        <FormAlert error={error} />
        <SelectField
          label={t('commentKindLabel')}
          options={(['comment', 'proposal'] as const).map((k) => ({ value: k, label: t(`commentKind.${k}`) }))}
          value={kind}
          onChange={(e) => setKind(e.target.value as 'comment' | 'proposal')}
        />
        <TextArea label={t('commentBody')} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
        <Button type="submit" disabled={add.isPending || body.trim() === ''}>
          {t('addComment')}
        </Button>
      </form>
      <ConfirmDialog
        open={escalating !== null}
        title={t('escalateTitle')}
        confirmLabel={t('escalateConfirm')}
        confirmVariant="primary"
        pending={escalate.isPending}
        error={<FormAlert error={escalateError} />}
        onCancel={() => setEscalating(null)}
        onConfirm={() => {
          if (escalating) escalate.mutate({ commentId: escalating, question });
        }}
      >
        <p className="mb-3">{t('escalateBody')}</p>
        <TextArea
          label={t('escalateQuestion')}
          rows={2}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
        />
      </ConfirmDialog>
    </>
  );
}

export function GlossaryTermDetail({ id }: { id: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const user = useSessionUser();
  const query = useQuery(trpc.glossary.get.queryOptions({ id }));
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ErrorInfo | null>(null);
  const [nextStatus, setNextStatus] = useState<ManualGlossaryStatus | null>(null);
  // An error of the status change stays in its dialog, beside the replacement chosen there.
  const [dialogError, setDialogError] = useState<ErrorInfo | null>(null);
  const [replacementId, setReplacementId] = useState('');
  const replacementCandidates = useQuery(
    trpc.glossary.list.queryOptions({ limit: 100 }, { enabled: nextStatus !== null && needsReplacement(nextStatus) }),
  );
  const invalidate = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.glossary.pathKey() });
  };
  const approve = useMutation(
    trpc.glossary.approve.mutationOptions({
      onSuccess: async () => {
        setActionError(null);
        await invalidate();
      },
      onError: (e) => setActionError(readError(e)),
    }),
  );
  const changeStatus = useMutation(
    trpc.glossary.changeStatus.mutationOptions({
      onSuccess: async () => {
        setActionError(null);
        setDialogError(null);
        setNextStatus(null);
        setReplacementId('');
        await invalidate();
      },
      onError: (e) => setDialogError(readError(e)),
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
  const term = query.data;
  const retired = isRetiredGlossaryStatus(term.status);
  const date = (value: string) => format.dateTime(new Date(`${value}T12:00:00`), { dateStyle: 'long' });
  const statusLabel = (status: string) => t(`glossary.status.${status}`);
  const refusal = term.approval.refusal;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/begrippenlijst" className="text-brand-700 hover:underline">
          ← {t('glossary.title')}
        </Link>
      </p>
      <PageHeader
        title={term.prefLabel}
        meta={
          <>
            <GlossaryStatusBadge status={term.status} />
            {term.divergent ? <DivergentBadge /> : null}
            {term.reviewOverdue ? <ReviewOverdueBadge /> : null}
            <ClassificationBadge value={term.classification} />
            {term.abbreviations.map((a) => (
              <Badge key={a}>{a}</Badge>
            ))}
            <span className="text-sm text-slate-600">
              {t('glossary.maintainedBy', { group: term.maintainingGroup.name })}
            </span>
          </>
        }
        actions={
          term.permissions.canEdit && !editing ? (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('actions.edit')}
            </Button>
          ) : null
        }
      />
      <AlsoOpen kind="glossaryTerm" id={term.id} />
      {retired ? (
        <div className="mb-6">
          <Notice tone="warning">
            {t('glossary.retiredNotice', { status: term.status })}{' '}
            {term.replacement ? (
              <>
                {t('glossary.replacedBy')}{' '}
                <Link href={`/begrippenlijst/${term.replacement.id}`} className="font-semibold underline">
                  {term.replacement.prefLabel}
                </Link>
              </>
            ) : null}
          </Notice>
        </div>
      ) : null}
      {term.replaces.length > 0 ? (
        <p className="mb-4 text-sm text-slate-700" data-testid="term-replaces">
          {t('glossary.detail.replaces')}{' '}
          {term.replaces.map((old, index) => (
            <span key={old.id}>
              {index > 0 ? ', ' : null}
              <Link href={`/begrippenlijst/${old.id}`} className="font-medium text-brand-700 hover:underline">
                {old.prefLabel}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {term.pendingDecisions.length > 0 ? (
        <div className="mb-6">
          <Notice tone="info">
            {t('glossary.detail.decisionPending')}{' '}
            {term.pendingDecisions.map((decision, index) => (
              <span key={decision.id}>
                {index > 0 ? ' · ' : null}
                <EscalatedDecisionLink decision={decision} />
              </span>
            ))}
          </Notice>
        </div>
      ) : null}
      {term.reviewOverdue && term.reviewDate ? (
        <div className="mb-6">
          <Notice tone="warning">{t('glossary.detail.reviewOverdue', { date: date(term.reviewDate) })}</Notice>
        </div>
      ) : null}
      {notice ? (
        <div className="mb-6">
          <Notice tone="warning">{notice}</Notice>
        </div>
      ) : null}

      {editing ? (
        <Section id="edit" title={t('glossary.detail.editTitle')}>
          <Suspense fallback={<Loading />}>
            <EditGlossaryTermForm
              term={term}
              onSaved={(approvalsReset) => {
                setEditing(false);
                setNotice(approvalsReset ? t('glossary.detail.approvalsReset') : null);
              }}
            />
          </Suspense>
          <Button variant="ghost" className="mt-3" onClick={() => setEditing(false)}>
            {t('actions.cancel')}
          </Button>
        </Section>
      ) : null}

      <Section
        id="definitions"
        title={t('glossary.detail.definitionsTitle')}
        intro={t('glossary.detail.definitionsIntro')}
      >
        {term.divergent ? (
          <div role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
            <p className="font-semibold">
              <span aria-hidden>⚠ </span>
              {t('glossary.detail.divergentWarning')}
            </p>
            {term.divergenceNote ? <p className="mt-1">{term.divergenceNote}</p> : null}
          </div>
        ) : null}
        {term.definitions.length === 0 ? (
          <EmptyState>{t('glossary.detail.noDefinitions')}</EmptyState>
        ) : (
          <div
            className={`grid gap-4 ${term.definitions.length > 1 ? 'md:grid-cols-2' : ''} ${term.definitions.length > 2 ? 'xl:grid-cols-3' : ''}`}
          >
            {term.definitions.map((definition) => (
              <article
                key={definition.organisationId}
                aria-label={definition.organisationName}
                className="rounded border border-slate-200 p-4"
              >
                <h3 className="flex items-center gap-2 font-semibold text-slate-900">
                  <Badge tone={organisationTone(definition.organisationCode)}>{definition.organisationCode}</Badge>
                  {definition.organisationName}
                </h3>
                <GlossaryText text={definition.text} excludeTermIds={[term.id]} className="mt-2 text-slate-900" />
                {definition.source ? (
                  <p className="mt-2 text-sm text-slate-700">
                    <span className="font-medium">{t('glossary.detail.source')}:</span>{' '}
                    {/^https?:\/\//.test(definition.source) ? (
                      <a
                        href={definition.source}
                        className="text-brand-700 underline"
                        rel="noreferrer noopener"
                        target="_blank"
                      >
                        {definition.source}
                      </a>
                    ) : (
                      definition.source
                    )}
                  </p>
                ) : null}
                {definition.explanation ? (
                  <p className="mt-2 text-sm text-slate-700">
                    <span className="font-medium">{t('glossary.detail.explanation')}:</span> {definition.explanation}
                  </p>
                ) : null}
                {definition.example ? (
                  <p className="mt-2 text-sm text-slate-700 italic">
                    <span className="font-medium not-italic">{t('glossary.detail.example')}:</span> {definition.example}
                  </p>
                ) : null}
              </article>
            ))}
          </div>
        )}
        <div className="mt-6">
          <h3 className="font-semibold text-slate-900">{t('glossary.detail.jointTitle')}</h3>
          {term.jointDefinition ? (
            <GlossaryText text={term.jointDefinition} excludeTermIds={[term.id]} className="mt-1 text-slate-900" />
          ) : (
            <p className="mt-1 text-slate-600">{t('glossary.detail.noJoint')}</p>
          )}
          {term.jointDefinitionSource ? (
            <p className="mt-1 text-sm text-slate-700">
              {t('glossary.detail.source')}: {term.jointDefinitionSource}
            </p>
          ) : null}
        </div>
        {term.scopeNote ? (
          <div className="mt-4">
            <h3 className="font-semibold text-slate-900">{t('glossary.detail.scopeNote')}</h3>
            <GlossaryText text={term.scopeNote} excludeTermIds={[term.id]} className="mt-1 text-slate-800" />
          </div>
        ) : null}
        <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-2">
          {term.synonyms.length ? (
            <div>
              <dt className="font-medium">{t('glossary.detail.synonyms')}</dt>
              <dd>{term.synonyms.join(', ')}</dd>
            </div>
          ) : null}
          {term.hiddenLabels.length && term.permissions.canEdit ? (
            <div>
              <dt className="font-medium">{t('glossary.detail.hiddenLabels')}</dt>
              <dd>{term.hiddenLabels.join(', ')}</dd>
            </div>
          ) : null}
          {term.validFrom || term.validUntil || term.reviewDate ? (
            <div>
              <dt className="font-medium">{t('glossary.detail.validity')}</dt>
              <dd>
                {[
                  term.validFrom ? t('glossary.detail.validFrom', { date: date(term.validFrom) }) : null,
                  term.validUntil ? t('glossary.detail.validUntil', { date: date(term.validUntil) }) : null,
                  term.reviewDate ? t('glossary.detail.reviewDate', { date: date(term.reviewDate) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </dd>
            </div>
          ) : null}
        </dl>
      </Section>

      <Section id="approval" title={t('glossary.detail.approvalTitle')} intro={t('glossary.detail.approvalIntro')}>
        <FormAlert error={actionError} onReload={() => invalidate()} />
        <ul className="space-y-2">
          {term.approval.organisations.map((o) => (
            <li key={o.organisationId} className="flex flex-wrap items-center gap-2">
              <Badge tone={organisationTone(o.organisationCode)}>{o.organisationCode}</Badge>
              {o.approval ? (
                <span className="text-green-800">
                  <span aria-hidden>✓ </span>
                  {t('glossary.detail.approvedBy', {
                    name: o.approval.userName ?? '—',
                    date: format.dateTime(o.approval.approvedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                  })}
                </span>
              ) : (
                <span className="text-slate-600">{t('glossary.detail.notApproved')}</span>
              )}
            </li>
          ))}
        </ul>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {term.permissions.canApprove ? (
            <Button disabled={approve.isPending} onClick={() => approve.mutate({ id: term.id, version: term.version })}>
              {approve.isPending
                ? t('glossary.detail.approving')
                : t('glossary.detail.approve', { organisation: user.organisationName })}
            </Button>
          ) : refusal && refusal !== 'FORBIDDEN' && term.permissions.canChangeStatus ? (
            <p className="text-sm text-slate-600">{t(`glossary.detail.approveHint.${refusal}`)}</p>
          ) : null}
        </div>
        {term.approval.history.length > 0 ? (
          <details className="mt-4 text-sm">
            <summary className="cursor-pointer text-brand-700">{t('glossary.detail.approvalHistory')}</summary>
            <ul className="mt-2 space-y-1 text-slate-700">
              {term.approval.history.map((a) => (
                <li key={a.id}>
                  {t('glossary.detail.approvalHistoryItem', {
                    organisation: a.organisationCode,
                    name: a.userName ?? '—',
                    date: format.dateTime(a.approvedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                    version: a.termVersion,
                  })}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {term.permissions.canChangeStatus ? (
          <div className="mt-6">
            <h3 className="font-semibold text-slate-900">{t('glossary.detail.statusActions')}</h3>
            <div className="mt-2 flex flex-wrap gap-2">
              {manualGlossaryStatuses
                .filter((status) => canTransitionGlossaryTerm(term.status, status))
                .map((status) => (
                  <Button
                    key={status}
                    variant={isRetiredGlossaryStatus(status) ? 'danger' : 'secondary'}
                    onClick={() => setNextStatus(status)}
                  >
                    {t(`glossary.detail.toStatus.${status}`)}
                  </Button>
                ))}
            </div>
          </div>
        ) : null}
      </Section>

      <Section id="relations" title={t('glossary.detail.relationsTitle')}>
        {term.relations.length === 0 ? (
          <p className="text-slate-600">{t('glossary.detail.noRelations')}</p>
        ) : (
          <ul className="space-y-1">
            {term.relations.map((relation) => (
              <li key={`${relation.kind}:${relation.termId}`}>
                <span className="text-slate-600">{t(`glossary.detail.relation.${relation.kind}`)}:</span>{' '}
                <Link
                  href={`/begrippenlijst/${relation.termId}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {relation.prefLabel}
                </Link>{' '}
                {isRetiredGlossaryStatus(relation.status) ? <GlossaryStatusBadge status={relation.status} /> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="usages" title={t('glossary.detail.usagesTitle')}>
        <TermUsages id={term.id} />
      </Section>

      <Section id="comments" title={t('glossary.detail.commentsTitle')} intro={t('glossary.detail.commentsIntro')}>
        <TermComments id={term.id} canResolve={term.permissions.canResolveComments} prefLabel={term.prefLabel} />
      </Section>

      <Section id="history" title={t('glossary.detail.historyTitle')}>
        <TermHistory id={term.id} />
      </Section>

      <ConfirmDialog
        open={nextStatus !== null}
        title={nextStatus ? t('glossary.detail.confirmStatusTitle', { status: statusLabel(nextStatus) }) : ''}
        pending={changeStatus.isPending}
        confirmVariant={nextStatus && isRetiredGlossaryStatus(nextStatus) ? 'danger' : 'primary'}
        error={<FormAlert error={dialogError} onReload={() => invalidate()} />}
        onCancel={() => {
          setNextStatus(null);
          setReplacementId('');
          setDialogError(null);
        }}
        onConfirm={() => {
          if (!nextStatus) return;
          changeStatus.mutate({
            id: term.id,
            version: term.version,
            status: nextStatus,
            replacedById: replacementAfter(nextStatus, replacementId || null),
          });
        }}
      >
        <p>
          {nextStatus && isRetiredGlossaryStatus(nextStatus)
            ? t('glossary.detail.confirmRetireBody', { term: term.prefLabel })
            : nextStatus
              ? t('glossary.detail.confirmStatusBody', { term: term.prefLabel, status: statusLabel(nextStatus) })
              : null}
        </p>
        {nextStatus && needsReplacement(nextStatus) ? (
          <div className="mt-3">
            <SelectField
              label={t('glossary.detail.replacement')}
              required
              placeholder={t('glossary.detail.replacementPlaceholder')}
              options={(replacementCandidates.data?.items ?? [])
                .filter((c) => c.id !== term.id)
                .map((c) => ({ value: c.id, label: c.prefLabel }))}
              value={replacementId}
              onChange={(e) => setReplacementId(e.target.value)}
            />
          </div>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
