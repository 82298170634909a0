import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { getSessionState, signInOptions } from '@srw/api/server';
import { signInErrorCode } from '@srw/domain';
import { FederatedSignIn } from '@/features/auth/federated-sign-in';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { SignInForm } from '@/features/auth/sign-in-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('title') };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const session = await getSessionState(new Headers(await headers()));
  if (session) redirect(session.mfa === 'ok' ? '/werkgroepen' : '/tweestapsverificatie');
  const t = await getTranslations();
  const query = await searchParams;
  const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value : null);
  const federationError = signInErrorCode(single(query.fout));
  const options = await signInOptions();
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between px-4 py-3">
          <div>
            <p className="text-lg font-semibold">{t('app.name')}</p>
            <p className="text-xs text-brand-100">{t('app.tagline')}</p>
          </div>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        <h1 className="text-2xl font-semibold text-brand-800">{t('auth.title')}</h1>
        <p className="mt-2 text-slate-700">{t('auth.intro')}</p>
        {federationError ? (
          <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
            {t(`auth.federationErrors.${federationError}`)}
          </p>
        ) : null}
        <FederatedSignIn providers={options.providers} returnPath={single(query.terug)} />
        {options.passwordSignIn ? (
          <>
            {options.providers.length > 0 ? (
              <h2 className="mt-8 text-lg font-semibold text-brand-800">{t('auth.orPassword')}</h2>
            ) : null}
            <Suspense>
              <SignInForm />
            </Suspense>
          </>
        ) : null}
        {!options.passwordSignIn && options.providers.length === 0 ? (
          <p className="mt-6 text-slate-700">{t('auth.noSignInMethod')}</p>
        ) : null}
        <p className="mt-6 text-sm text-slate-600">{t('auth.noAccount')}</p>
      </main>
    </div>
  );
}
