import {
  invalidRecommendationFilterNames,
  isDomainError,
  parseRecommendationFilterQuery,
  toRecommendationFilter,
  todayInNetherlands,
} from '@srw/domain';
import { createContext } from '../../context';
import { getRuntime } from '../../runtime';
import { recommendationRegisterCsv, recommendationRegisterXlsx } from './recommendations-export.service';

/**
 * GET /api/export/aanbevelingen?format=csv|xlsx&<filters>: the register (CSV),
 * or the register with the dashboard figures (XLSX), for the signed-in user's view.
 */
export async function handleRecommendationExport(req: Request): Promise<Response> {
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
  if (!ctx.user) return new Response('Je bent niet (meer) ingelogd.', { status: 401 });
  const url = new URL(req.url);
  const format = url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  // The same Dutch filter names as the dashboard's address (`?voorwaarde=3&niveau=…`).
  const params = Object.fromEntries(url.searchParams.entries());
  const invalid = invalidRecommendationFilterNames(params);
  if (invalid.length > 0)
    return new Response(`Ongeldige filters: ${invalid.join(', ')}.`, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const filter = { data: toRecommendationFilter(parseRecommendationFilterQuery(params)) };
  try {
    const stamp = todayInNetherlands();
    if (format === 'csv') {
      return new Response(await recommendationRegisterCsv(ctx, ctx.user, filter.data), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="aanbevelingen-${stamp}.csv"`,
          'cache-control': 'no-store',
        },
      });
    }
    return new Response(await recommendationRegisterXlsx(ctx, ctx.user, filter.data), {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="aanbevelingen-${stamp}.xlsx"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (isDomainError(error) && error.kind === 'NOT_FOUND') return new Response(error.message, { status: 404 });
    throw error;
  }
}
