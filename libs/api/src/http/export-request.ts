import { exportLocaleFrom, isDomainError, todayInNetherlands, type ExportLocale } from '@srw/domain';
import { createContext, type Context } from '../context';
import { tableCsv } from '../csv';
import { getRuntime } from '../runtime';
import { tableXlsx, type ExportTable } from '../xlsx';

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
    security: runtime.config,
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

/**
 * An export of one table: signed in, the filter parsed (400 naming what does
 * not parse), the table built with the reader's access (404/403 as the page
 * would answer), then CSV or XLSX.
 */
export async function handleTableExport<F>(
  req: Request,
  baseName: string,
  parse: (params: Record<string, string>) => { filter: F; invalid: string[] },
  build: (ctx: Context, user: ExportRequest['user'], filter: F, locale: ExportLocale) => Promise<ExportTable>,
): Promise<Response> {
  const request = await openExportRequest(req);
  if (request instanceof Response) return request;
  const { ctx, user, params, format, locale } = request;
  const { filter, invalid } = parse(params);
  if (invalid.length > 0) return invalidFilterResponse(invalid);
  try {
    const table = await build(ctx, user, filter, locale);
    return exportFileResponse(format, baseName, format === 'csv' ? tableCsv(table) : await tableXlsx(table));
  } catch (error) {
    if (isDomainError(error) && error.kind === 'NOT_FOUND') return new Response(error.code, { status: 404 });
    if (isDomainError(error) && error.kind === 'FORBIDDEN') return new Response(error.code, { status: 403 });
    throw error;
  }
}
