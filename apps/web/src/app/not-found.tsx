import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold text-brand-800">{t('title')}</h1>
      <p className="mt-2 text-slate-700">{t('body')}</p>
      <Link href="/werkgroepen" className="mt-6 inline-block text-brand-700 underline">
        {t('home')}
      </Link>
    </main>
  );
}
