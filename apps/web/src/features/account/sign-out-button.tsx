'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '@/lib/trpc/client';

/** Sign-out for pages outside the shell (the second-factor step). */
export function SignOutButton() {
  const t = useTranslations('shell');
  const trpc = useTRPC();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({ onSettled: () => window.location.assign('/inloggen') }),
  );
  return (
    <button
      type="button"
      onClick={() => signOut.mutate()}
      disabled={signOut.isPending}
      className="rounded bg-white px-2.5 py-1 font-medium text-brand-800 hover:bg-brand-50"
    >
      {t('signOut')}
    </button>
  );
}
