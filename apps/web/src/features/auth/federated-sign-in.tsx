import { getTranslations } from 'next-intl/server';

/**
 * One button per enabled provider of an organisation: a plain link to
 * `/api/auth/federated/<slug>`, which sends the browser on to the provider (works without JavaScript).
 */
export async function FederatedSignIn({
  providers,
  returnPath,
}: {
  providers: { slug: string; label: string }[];
  returnPath: string | null;
}) {
  const t = await getTranslations('auth');
  if (providers.length === 0) return null;
  return (
    <section
      aria-labelledby="federated-heading"
      className="mt-6 rounded border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="federated-heading" className="text-lg font-semibold text-brand-800">
        {t('providersHeading')}
      </h2>
      <ul className="mt-4 space-y-3">
        {providers.map((provider) => (
          <li key={provider.slug}>
            <a
              href={`/api/auth/federated/${encodeURIComponent(provider.slug)}${returnPath ? `?terug=${encodeURIComponent(returnPath)}` : ''}`}
              className="block w-full rounded border border-brand-700 bg-white px-4 py-2 text-center font-medium text-brand-800 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2"
            >
              {provider.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
