'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { safeReturnPath } from '@srw/domain';
import { FormAlert } from '@/components/forms/form-alert';
import { TextField } from '@/components/forms/fields';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { useTRPC } from '@/lib/trpc/client';

export function SignInForm() {
  const t = useTranslations('auth');
  const trpc = useTRPC();
  const searchParams = useSearchParams();
  const form = useForm({ email: '', password: '' });
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      // A full navigation, so the server renders the signed-in layout with the new cookie.
      onSuccess: () => window.location.assign(safeReturnPath(searchParams.get('terug'), window.location.origin)),
      onError: (error) => {
        form.fail(error);
        form.set('password', '');
      },
    }),
  );

  return (
    <form
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
      <TextField
        label={t('password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={form.values.password}
        errors={form.fieldErrors.password}
        onChange={(event) => form.set('password', event.target.value)}
      />
      <Button type="submit" className="w-full" disabled={signIn.isPending || signIn.isSuccess}>
        {signIn.isPending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
