'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { acceptsExtensions } from '@srw/domain';
import { TextArea, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { useForm } from '@/components/forms/use-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/page-header';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { ConsentActions, ConsentList, ConsentWaits } from './placement-consent';
import type { PlacementData } from './placement-data';
import { useCalendarDate } from './placement-format';

const extensionTone = { aangevraagd: 'warning', goedgekeurd: 'success', afgewezen: 'danger' } as const;

function RequestExtensionForm({ placement }: { placement: PlacementData }) {
  const t = useTranslations('placements.extensions');
  const tActions = useTranslations('actions');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<{ newEndDate: string; rationale: string; overrideReason: string }>({
    newEndDate: '',
    rationale: '',
    overrideReason: '',
  });
  const request = useMutation(
    trpc.placements.requestExtension.mutationOptions({
      onSuccess: async () => {
        form.reset({ newEndDate: '', rationale: '', overrideReason: '' });
        await queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() });
      },
      onError: form.fail,
    }),
  );
  return (
    <form
      method="post"
      noValidate
      aria-label={t('submit')}
      className="mt-4 max-w-2xl space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('requestExtensionSchema', {
          id: placement.id,
          version: placement.version,
          ...form.values,
        });
        if (input) request.mutate(input);
      }}
    >
      <FormAlert
        error={form.formError}
        onReload={() => queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() })}
      />
      <TextField
        type="date"
        label={t('newEndDate')}
        required
        value={form.values.newEndDate}
        errors={form.fieldErrors.newEndDate}
        onChange={(e) => form.set('newEndDate', e.target.value)}
      />
      <TextArea
        label={t('rationale')}
        required
        value={form.values.rationale}
        errors={form.fieldErrors.rationale}
        onChange={(e) => form.set('rationale', e.target.value)}
      />
      {placement.permissions.canOverrideExtensionDeadline ? (
        <TextArea
          label={t('overrideReason')}
          hint={t('overrideHint')}
          rows={2}
          value={form.values.overrideReason}
          errors={form.fieldErrors.overrideReason}
          onChange={(e) => form.set('overrideReason', e.target.value)}
        />
      ) : null}
      <Button type="submit" disabled={request.isPending}>
        {request.isPending ? tActions('saving') : t('submit')}
      </Button>
    </form>
  );
}

function DecideExtension({
  placement,
  extension,
}: {
  placement: PlacementData;
  extension: PlacementData['extensions'][number];
}) {
  const t = useTranslations('placements.consent');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() });
  const decide = useMutation(
    trpc.placements.decideExtension.mutationOptions({
      onSuccess: async () => {
        setError(null);
        await invalidate();
      },
      onError: (e) => setError(readError(e)),
    }),
  );
  return (
    <div className="mt-3 space-y-2">
      <FormAlert error={error} onReload={invalidate} />
      <ConsentActions
        placement={placement}
        permissions={extension.permissions}
        refusalText={t('ownRequest')}
        allowReject
        pending={decide.isPending}
        decide={(input) => decide.mutate({ extensionId: extension.id, version: extension.version, ...input })}
      />
    </div>
  );
}

export function PlacementExtensions({ placement }: { placement: PlacementData }) {
  const t = useTranslations('placements.extensions');
  const formatDate = useCalendarDate();
  const open = acceptsExtensions(placement.status);
  if (!open && placement.extensions.length === 0) return null;
  return (
    <Section
      id="extensions"
      title={t('title')}
      intro={open ? t('intro', { deadline: formatDate(placement.extensionDeadline) }) : undefined}
    >
      {open && !placement.extensionOnTime ? <p className="mb-3 text-sm text-amber-900">{t('late')}</p> : null}
      {placement.extensions.length === 0 ? (
        <p className="text-slate-600">{t('none')}</p>
      ) : (
        <ul className="space-y-3">
          {placement.extensions.map((extension) => (
            <li key={extension.id} className="rounded border border-slate-200 p-3">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={extensionTone[extension.status]}>{t(`status.${extension.status}`)}</Badge>
                <span className="text-slate-900">
                  {t('requested', {
                    name: extension.requestedByName ?? '—',
                    date: formatDate(extension.requestedEndDate),
                  })}
                </span>
              </div>
              <p className="mt-2 whitespace-pre-line text-slate-800">{extension.rationale}</p>
              {extension.overrideReason ? (
                <p className="mt-1 text-sm text-amber-900">{t('override', { reason: extension.overrideReason })}</p>
              ) : null}
              {extension.decidedByName ? (
                <p className="mt-1 text-sm text-slate-600">
                  {t('decidedBy', { name: extension.decidedByName })}
                  {extension.decisionNote ? `: ${extension.decisionNote}` : ''}
                </p>
              ) : null}
              <ConsentWaits placement={placement} waits={extension.waitingFor} />
              <ConsentList consents={extension.consents} />
              {extension.permissions.canDecide ? <DecideExtension placement={placement} extension={extension} /> : null}
            </li>
          ))}
        </ul>
      )}
      {placement.permissions.canRequestExtension ? <RequestExtensionForm placement={placement} /> : null}
    </Section>
  );
}
