import { exportLocaleFrom, todayInNetherlands, type ExportLocale } from '@srw/domain';
import { createContext, type Context } from '../context';
import { getRuntime } from '../runtime';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportRequest {
  ctx: Context;
  user: NonNullable<Context['user']>;
  params: Record<string, string>;
  format: ExportFormat;
  locale: ExportLocale;
}

function cookieValue(cookieHeader: string | null, name: string): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** The language of an export: `?taal=` or `?lang=` (the page passes its own), else the `NEXT_LOCALE` cookie, else Dutch. */
export function exportLocaleOf(req: Request): ExportLocale {
  const url = new URL(req.url);
  return exportLocaleFrom(
    { taal: url.searchParams.get('taal'), lang: url.searchParams.get('lang') },
    cookieValue(req.headers.get('cookie'), 'NEXT_LOCALE'),
  );
}

/** The signed-in user's context for an export route, or the 401 to answer. */
export async function openExportRequest(req: Request): Promise<ExportRequest | Response> {
  const runtime = await getRuntime();
  const ctx = await createContext({
    headers: req.headers,
    resHeaders: new Headers(),
    db: runtime.handle.db,
    auth: runtime.auth,
    classificationCeiling: runtime.config.classificationCeiling,
    appUrl: runtime.config.appUrl,
    trustedProxyHops: runtime.config.trustedProxyHops,
  });
  if (!ctx.user) return new Response('UNAUTHORIZED', { status: 401 });
  const url = new URL(req.url);
  const params = Object.fromEntries(url.searchParams.entries());
  // The file's own parameters are not filters.
  delete params['format'];
  delete params['taal'];
  delete params['lang'];
  return {
    ctx,
    user: ctx.user,
    params,
    format: url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv',
    locale: exportLocaleOf(req),
  };
}

/** A 400 naming the query parameters that did not parse. */
export function invalidFilterResponse(names: readonly string[]): Response {
  return new Response(`INVALID_FILTER: ${names.join(', ')}`, {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** The file as a download named `<baseName>-<today>.<format>`. */
export function exportFileResponse(format: ExportFormat, baseName: string, body: string | Uint8Array<ArrayBuffer>) {
  const stamp = todayInNetherlands();
  return new Response(body, {
    headers: {
      'content-type':
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${baseName}-${stamp}.${format}"`,
      'cache-control': 'no-store',
    },
  });
}
