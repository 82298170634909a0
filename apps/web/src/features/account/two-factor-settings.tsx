'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import { PASSWORDLESS_PROOF_MINUTES, type SecondFactorProof } from '@srw/domain';
import { FormAlert } from '@/components/forms/form-alert';
import { CurrentPasswordField } from '@/components/forms/current-password-field';
import { SecondFactorCodeField } from '@/components/forms/second-factor-code-field';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Section } from '@/components/ui/page-header';
import { LoadError, Loading, Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

/** The key in groups of four, as authenticator apps show and people type it. */
function groupedKey(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** How this person confirms it is them (`secondFactorProof`), and the provider of their session. */
interface Proof {
  proof: SecondFactorProof;
  provider: { slug: string; label: string } | null;
}

/**
 * A person without a password whose session is not fresh: a link that signs
 * them in through their provider again and brings them back to this page.
 */
function SignInAgain({ provider }: Pick<Proof, 'provider'>) {
  const t = useTranslations('mfa');
  const pathname = usePathname();
  if (!provider) {
    return (
      <p className="text-sm text-slate-700">{t('signInAgainNoProvider', { minutes: PASSWORDLESS_PROOF_MINUTES })}</p>
    );
  }
  return (
    <div className="max-w-sm space-y-3">
      <p className="text-sm text-slate-700">{t('signInAgainIntro', { minutes: PASSWORDLESS_PROOF_MINUTES })}</p>
      <a
        href={`/api/auth/federated/${encodeURIComponent(provider.slug)}?terug=${encodeURIComponent(pathname)}`}
        className="block w-full rounded border border-brand-700 bg-white px-4 py-2 text-center font-medium text-brand-800 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2"
      >
        {provider.label}
      </a>
    </div>
  );
}

/**
 * When the server says the provider sign-in is no longer fresh (the page stood
 * open too long), the status is asked again so the page offers "sign in again".
 * True when that was the refusal.
 */
function useRefreshProofWhenStale() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (code: string) => {
    if (code !== 'MFA_FRESH_SIGN_IN_REQUIRED') return false;
    void queryClient.invalidateQueries({ queryKey: trpc.mfa.status.queryKey() });
    return true;
  };
}

/**
 * Two-step verification of the signed-in person (issue 13): enrolment with a
 * QR code and the key to type, confirmation with a first code, recovery codes
 * shown once; for an enrolled person new recovery codes and switching it off.
 * Also serves a session that still owes the second factor (enrol / verify).
 * A person with a password confirms each step with it; one without (an account
 * made through their organisation's provider) with a fresh provider sign-in.
 */
export function TwoFactorSettings({ continueTo }: { continueTo: string }) {
  const t = useTranslations('mfa');
  const trpc = useTRPC();
  const status = useQuery(trpc.mfa.status.queryOptions());
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (status.isPending) return <Loading />;
  if (status.isError) return <LoadError onRetry={() => status.refetch()} />;
  const { mfa, twoFactorEnabled, required, proof, provider } = status.data;

  if (recoveryCodes) {
    return <RecoveryCodes codes={recoveryCodes} continueTo={continueTo} />;
  }
  if (mfa === 'verify') {
    return (
      <Section id="verify" title={t('title')} intro={t('verifyIntro')}>
        <ConfirmCodeForm onConfirmed={() => window.location.assign(continueTo)} />
      </Section>
    );
  }
  if (!twoFactorEnabled) {
    return <Enrolment required={required} proof={proof} provider={provider} onEnrolled={setRecoveryCodes} />;
  }
  return <EnrolledSettings required={required} proof={proof} provider={provider} onNewCodes={setRecoveryCodes} />;
}

function Enrolment({
  required,
  proof,
  provider,
  onEnrolled,
}: Proof & { required: boolean; onEnrolled: (codes: string[]) => void }) {
  const t = useTranslations('mfa');
  const trpc = useTRPC();
  const form = useForm({ password: '' });
  const refreshProof = useRefreshProofWhenStale();
  const start = useMutation(
    trpc.mfa.startEnrolment.mutationOptions({
      onError: (error) => {
        form.fail(error);
        form.set('password', '');
        refreshProof(error.message);
      },
    }),
  );

  if (start.data) {
    const enrolment = start.data;
    return (
      <Section id="scan" title={t('scanTitle')} intro={t('scanIntro')}>
        <div className="flex flex-wrap items-start gap-6">
          <div
            role="img"
            aria-label={t('qrLabel')}
            className="h-48 w-48 shrink-0 border border-slate-200 bg-white p-1 [&>svg]:h-full [&>svg]:w-full"
            // Our own SVG, drawn by the qrcode package on the server from the otpauth address.
            dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }}
          />
          <div className="min-w-0 flex-1 space-y-4">
            <div>
              <p className="text-sm font-medium text-slate-800">{t('manualKey')}</p>
              <code data-testid="totp-key" className="mt-1 block font-mono text-base break-all text-slate-900">
                {groupedKey(enrolment.secret)}
              </code>
            </div>
            <p className="text-sm text-slate-700">{t('confirmIntro')}</p>
            <ConfirmCodeForm onConfirmed={() => onEnrolled(enrolment.recoveryCodes)} />
          </div>
        </div>
      </Section>
    );
  }

  return (
    <Section id="start" title={t('startTitle')} intro={required ? t('requiredIntro') : t('intro')}>
      {proof === 'sign-in-again' ? (
        <SignInAgain provider={provider} />
      ) : (
        <form
          method="post"
          className="max-w-sm space-y-4"
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            if (proof === 'recent-provider-sign-in') {
              start.mutate({});
              return;
            }
            const input = await form.validate('mfaPasswordSchema', form.values);
            if (input) start.mutate(input);
          }}
        >
          <p className="text-sm text-slate-700">{proof === 'password' ? t('startIntro') : t('startIntroProvider')}</p>
          <FormAlert error={form.formError} />
          {proof === 'password' ? (
            <CurrentPasswordField
              label={t('password')}
              value={form.values.password}
              errors={form.fieldErrors.password}
              onChange={(value) => form.set('password', value)}
            />
          ) : null}
          <Button type="submit" disabled={start.isPending}>
            {t('start')}
          </Button>
        </form>
      )}
    </Section>
  );
}

function ConfirmCodeForm({ onConfirmed }: { onConfirmed: () => void }) {
  const t = useTranslations('mfa');
  const trpc = useTRPC();
  const form = useForm({ code: '' });
  const confirm = useMutation(
    trpc.mfa.confirm.mutationOptions({
      onSuccess: onConfirmed,
      onError: (error) => {
        form.fail(error);
        form.set('code', '');
      },
    }),
  );
  return (
    <form
      method="post"
      className="max-w-sm space-y-4"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('confirmTotpSchema', form.values);
        if (input) confirm.mutate(input);
      }}
    >
      <FormAlert error={form.formError} />
      <SecondFactorCodeField
        value={form.values.code}
        errors={form.fieldErrors.code}
        onChange={(value) => form.set('code', value)}
      />
      <Button type="submit" disabled={confirm.isPending || confirm.isSuccess}>
        {confirm.isPending ? t('confirming') : t('confirm')}
      </Button>
    </form>
  );
}

function RecoveryCodes({ codes, continueTo }: { codes: string[]; continueTo: string }) {
  const t = useTranslations('mfa');
  const [copied, setCopied] = useState(false);
  return (
    <Section id="codes" title={t('codesTitle')} intro={t('codesIntro')}>
      <Notice>{t('enrolled')}</Notice>
      <ul aria-label={t('codesTitle')} className="my-4 grid max-w-md grid-cols-2 gap-2 font-mono text-base">
        {codes.map((code) => (
          <li key={code} className="rounded bg-slate-100 px-2 py-1 text-slate-900">
            {code}
          </li>
        ))}
      </ul>
      <div className="no-print flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard.writeText(codes.join('\n')).then(() => setCopied(true));
          }}
        >
          {t('copy')}
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('print')}
        </Button>
        <Button onClick={() => window.location.assign(continueTo)}>{t('continue')}</Button>
        <span role="status" className="text-sm text-slate-700">
          {copied ? t('copied') : ''}
        </span>
      </div>
    </Section>
  );
}

function EnrolledSettings({
  required,
  proof,
  provider,
  onNewCodes,
}: Proof & { required: boolean; onNewCodes: (codes: string[]) => void }) {
  const t = useTranslations('mfa');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'regenerate' | 'disable' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm({ password: '' });
  const refreshProof = useRefreshProofWhenStale();
  const close = () => {
    setDialog(null);
    form.reset({ password: '' });
  };
  const regenerate = useMutation(
    trpc.mfa.regenerateRecoveryCodes.mutationOptions({
      onSuccess: (result) => {
        close();
        onNewCodes(result.recoveryCodes);
      },
      onError: (error) => {
        form.fail(error);
        if (refreshProof(error.message)) close();
      },
    }),
  );
  const disable = useMutation(
    trpc.mfa.disable.mutationOptions({
      onSuccess: async () => {
        close();
        setNotice(t('disabled'));
        await queryClient.invalidateQueries({ queryKey: trpc.mfa.pathKey() });
      },
      onError: (error) => {
        form.fail(error);
        if (refreshProof(error.message)) close();
      },
    }),
  );
  const submit = async () => {
    const input = proof === 'password' ? await form.validate('mfaPasswordSchema', form.values) : {};
    if (!input) return;
    if (dialog === 'regenerate') regenerate.mutate(input);
    if (dialog === 'disable') disable.mutate(input);
  };

  return (
    <Section id="enrolled" title={t('title')} intro={t('intro')}>
      {notice ? <Notice>{notice}</Notice> : null}
      <p className="font-medium text-green-800">{t('statusOn')}</p>
      {required ? <p className="mt-1 text-sm text-slate-700">{t('required')}</p> : null}
      {proof === 'sign-in-again' ? (
        <div className="mt-4">
          <SignInAgain provider={provider} />
        </div>
      ) : (
        <div className="mt-4 flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setDialog('regenerate')}>
            {t('regenerate')}
          </Button>
          {required ? null : (
            <Button variant="danger" onClick={() => setDialog('disable')}>
              {t('disable')}
            </Button>
          )}
        </div>
      )}
      <ConfirmDialog
        open={dialog !== null}
        title={dialog === 'disable' ? t('disableTitle') : t('regenerateTitle')}
        confirmLabel={dialog === 'disable' ? t('disable') : t('regenerate')}
        confirmVariant={dialog === 'disable' ? 'danger' : 'primary'}
        pending={regenerate.isPending || disable.isPending}
        error={<FormAlert error={form.formError} />}
        onCancel={close}
        onConfirm={submit}
      >
        <p>{dialog === 'disable' ? t('disableConfirm') : t('regenerateConfirm')}</p>
        {proof === 'password' ? (
          <div className="mt-3">
            <CurrentPasswordField
              label={t('password')}
              value={form.values.password}
              errors={form.fieldErrors.password}
              onChange={(value) => form.set('password', value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void submit();
                }
              }}
            />
          </div>
        ) : (
          <p className="mt-3 text-sm text-slate-700">{t('providerConfirm')}</p>
        )}
      </ConfirmDialog>
    </Section>
  );
}
