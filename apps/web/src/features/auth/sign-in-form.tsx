'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { safeReturnPath } from '@srw/domain';
import { FormAlert } from '@/components/forms/form-alert';
import { CurrentPasswordField } from '@/components/forms/current-password-field';
import { TextField } from '@/components/forms/fields';
import { SecondFactorCodeField } from '@/components/forms/second-factor-code-field';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { useTRPC } from '@/lib/trpc/client';

export function SignInForm() {
  const t = useTranslations('auth');
  const trpc = useTRPC();
  const searchParams = useSearchParams();
  const form = useForm({ email: '', password: '' });
  // Issue 13: after a right password, an account with a second factor gives a code.
  const [codeStep, setCodeStep] = useState(false);
  // A full navigation, so the server renders the signed-in layout with the new cookie.
  const proceed = () => window.location.assign(safeReturnPath(searchParams.get('terug'), window.location.origin));
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (result) => {
        if (result.secondFactorRequired) setCodeStep(true);
        else proceed();
      },
      onError: (error) => {
        form.fail(error);
        form.set('password', '');
      },
    }),
  );

  if (codeStep) {
    return (
      <CodeStep
        onSignedIn={proceed}
        onStartOver={() => {
          form.reset({ email: form.values.email, password: '' });
          signIn.reset();
          setCodeStep(false);
        }}
      />
    );
  }

  return (
    <form
      method="post"
      className="mt-6 space-y-4 rounded border border-slate-200 bg-white p-6 shadow-sm"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('signInSchema', form.values);
        if (input) signIn.mutate(input);
      }}
    >
      <FormAlert error={form.formError} />
      <TextField
        label={t('email')}
        name="email"
        type="email"
        autoComplete="username"
        required
        value={form.values.email}
        errors={form.fieldErrors.email}
        onChange={(event) => form.set('email', event.target.value)}
      />
      <CurrentPasswordField
        label={t('password')}
        value={form.values.password}
        errors={form.fieldErrors.password}
        onChange={(value) => form.set('password', value)}
      />
      <Button type="submit" className="w-full" disabled={signIn.isPending || signIn.isSuccess}>
        {signIn.isPending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}

/** The second step: a TOTP code, or a recovery code (each works once). */
function CodeStep({ onSignedIn, onStartOver }: { onSignedIn: () => void; onStartOver: () => void }) {
  const t = useTranslations('auth');
  const trpc = useTRPC();
  const [kind, setKind] = useState<'totp' | 'recovery'>('totp');
  const form = useForm({ code: '' });
  const verify = useMutation(
    trpc.auth.verifySignInCode.mutationOptions({
      onSuccess: onSignedIn,
      onError: (error) => {
        form.fail(error);
        form.set('code', '');
      },
    }),
  );
  const expired = form.formError?.code === 'SECOND_FACTOR_CHALLENGE_EXPIRED';

  return (
    <form
      method="post"
      className="mt-6 space-y-4 rounded border border-slate-200 bg-white p-6 shadow-sm"
      noValidate
      aria-labelledby="code-step-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('secondFactorCodeSchema', { kind, code: form.values.code });
        if (input) verify.mutate(input);
      }}
    >
      <h2 id="code-step-title" className="text-lg font-semibold text-brand-800">
        {t('codeTitle')}
      </h2>
      <p className="text-sm text-slate-700">{kind === 'totp' ? t('codeIntro') : t('recoveryIntro')}</p>
      <FormAlert error={form.formError} />
      {expired ? (
        <Button variant="secondary" className="w-full" onClick={onStartOver}>
          {t('startOver')}
        </Button>
      ) : (
        <>
          <SecondFactorCodeField
            kind={kind}
            autoFocus
            value={form.values.code}
            errors={form.fieldErrors.code}
            onChange={(value) => form.set('code', value)}
          />
          <Button type="submit" className="w-full" disabled={verify.isPending || verify.isSuccess}>
            {verify.isPending ? t('verifying') : t('verify')}
          </Button>
          <Button
            variant="ghost"
            className="w-full"
            onClick={() => {
              setKind(kind === 'totp' ? 'recovery' : 'totp');
              form.reset({ code: '' });
            }}
          >
            {kind === 'totp' ? t('useRecovery') : t('useTotp')}
          </Button>
        </>
      )}
    </form>
  );
}
