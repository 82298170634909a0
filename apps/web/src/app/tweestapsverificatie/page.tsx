import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getSessionState } from '@srw/api/server';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { SignOutButton } from '@/features/account/sign-out-button';
import { TwoFactorSettings } from '@/features/account/two-factor-settings';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mfa');
  return { title: t('title') };
}

/**
 * Where a session that still owes its second factor lands (issue 13): the
 * signed-in layout sends it here, and only these procedures answer it.
 */
export default async function SecondFactorDuePage() {
  const session = await getSessionState(new Headers(await headers()));
  if (!session) redirect('/inloggen');
  if (session.mfa === 'ok') redirect('/account/tweestapsverificatie');
  const t = await getTranslations();
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3">
          <div>
            <p className="text-lg font-semibold">{t('app.name')}</p>
            <p className="text-xs text-brand-100">{t('shell.signedInAs', { name: session.user.name })}</p>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <LanguageSwitch />
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-12">
        <h1 className="mb-6 text-2xl font-semibold text-brand-800">{t('mfa.title')}</h1>
        <TwoFactorSettings continueTo="/werkgroepen" />
      </main>
    </div>
  );
}
