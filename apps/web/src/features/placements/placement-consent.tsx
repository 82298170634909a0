'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { ConsentPermissions, PlacementWait } from '@srw/domain';
import { TextArea } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { Button } from '@/components/ui/button';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import type { PlacementData } from './placement-data';

type Consent = PlacementData['consents'][number];

/** The name of the placement's home or host organisation. */
export function organisationNameIn(placement: PlacementData, organisationId: string): string {
  return organisationId === placement.homeOrganisationId
    ? placement.homeOrganisationName
    : organisationId === placement.hostOrganisationId
      ? placement.hostOrganisationName
      : organisationId;
}

/** "Wacht op goedkeuring gastorganisatie (Politie)", one line per organisation still to consent. */
export function ConsentWaits({ placement, waits }: { placement: PlacementData; waits: readonly PlacementWait[] }) {
  const t = useTranslations('placements.consent');
  if (waits.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1" aria-label={t('waitingLabel')}>
      {waits.map((wait) => (
        <li key={wait.organisationId} className="font-medium text-amber-900">
          {t(wait.side === 'home' ? 'waitingHome' : 'waitingHost', {
            organisation: organisationNameIn(placement, wait.organisationId),
          })}
        </li>
      ))}
    </ul>
  );
}

/** Who consented for which organisation, and any administrator's on-behalf reason. */
export function ConsentList({ consents }: { consents: readonly Consent[] }) {
  const t = useTranslations('placements.consent');
  const format = useFormatter();
  if (consents.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 text-sm text-slate-800">
      {consents.map((consent) => (
        <li key={consent.id}>
          {t('consentedBy', {
            organisation: consent.organisationName,
            name: consent.userName ?? '—',
            date: format.dateTime(consent.at, { dateStyle: 'medium' }),
          })}
          {consent.note ? `: ${consent.note}` : ''}
          {consent.onBehalfReason ? (
            <span className="block text-amber-900">
              {t('onBehalf', { organisation: consent.organisationName, reason: consent.onBehalfReason })}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * One block per organisation the actor may consent for (on behalf: with a
 * required reason); the refusal explains itself. `decide` sends the consent
 * (approve) or, where offered, the refusal.
 */
export function ConsentActions({
  placement,
  permissions,
  refusalText,
  allowReject,
  pending,
  decide,
}: {
  placement: PlacementData;
  permissions: ConsentPermissions;
  refusalText: string;
  allowReject: boolean;
  pending: boolean;
  decide: (input: { organisationId: string; approve: boolean; note: string; onBehalfReason: string }) => void;
}) {
  const t = useTranslations('placements.consent');
  const refusalId = useId();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const choices = [
    ...permissions.consentFor.map((id) => ({ id, onBehalf: false })),
    ...permissions.consentOnBehalfFor.map((id) => ({ id, onBehalf: true })),
  ];
  return (
    <div className="mt-3 space-y-4">
      {permissions.consentRefusal ? (
        <div className="space-y-1">
          <Button disabled aria-describedby={refusalId}>
            {t('consent')}
          </Button>
          <p id={refusalId} className="text-sm text-slate-700">
            {refusalText}
          </p>
        </div>
      ) : null}
      {choices.map(({ id, onBehalf }) => {
        const organisation = organisationNameIn(placement, id);
        const input = {
          organisationId: id,
          note: notes[id] ?? '',
          onBehalfReason: onBehalf ? (reasons[id] ?? '') : '',
        };
        return (
          <div key={id} className="space-y-2 rounded border border-slate-200 p-3">
            <TextArea
              label={t('note', { organisation })}
              rows={2}
              value={notes[id] ?? ''}
              onChange={(e) => setNotes({ ...notes, [id]: e.target.value })}
            />
            {onBehalf ? (
              <TextArea
                label={t('onBehalfReason', { organisation })}
                hint={t('onBehalfHint')}
                required
                rows={2}
                value={reasons[id] ?? ''}
                onChange={(e) => setReasons({ ...reasons, [id]: e.target.value })}
              />
            ) : null}
            <div className="flex flex-wrap gap-2">
              <Button disabled={pending} onClick={() => decide({ ...input, approve: true })}>
                {t('consentFor', { organisation })}
              </Button>
              {allowReject ? (
                <Button variant="danger" disabled={pending} onClick={() => decide({ ...input, approve: false })}>
                  {t('rejectFor', { organisation })}
                </Button>
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** The approval of a proposed placement: whom it waits for, the consents given, and the actor's own part. */
export function PlacementConsent({ placement }: { placement: PlacementData }) {
  const t = useTranslations('placements.consent');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.placements.pathKey() });
  const consent = useMutation(
    trpc.placements.consent.mutationOptions({
      onSuccess: async () => {
        setError(null);
        await invalidate();
      },
      onError: (e) => setError(readError(e)),
    }),
  );
  const { permissions } = placement;
  const acting = permissions.canConsent || permissions.consentRefusal !== null;
  if (placement.waitingFor.length === 0 && placement.consents.length === 0 && !acting) return null;
  return (
    <section aria-labelledby="consent-title" className="mb-6 rounded border border-slate-200 bg-white p-4">
      <h2 id="consent-title" className="text-lg font-semibold text-slate-900">
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('intro')}</p>
      <ConsentWaits placement={placement} waits={placement.waitingFor} />
      <ConsentList consents={placement.consents} />
      <FormAlert error={error} onReload={invalidate} />
      {acting ? (
        <ConsentActions
          placement={placement}
          permissions={permissions}
          refusalText={t('ownProposal')}
          allowReject={false}
          pending={consent.isPending}
          decide={({ organisationId, note, onBehalfReason }) =>
            consent.mutate({ id: placement.id, version: placement.version, organisationId, note, onBehalfReason })
          }
        />
      ) : null}
    </section>
  );
}
