import {
  invalidRecommendationFilterNames,
  isDomainError,
  parseRecommendationFilterQuery,
  toRecommendationFilter,
} from '@srw/domain';
import { exportFileResponse, invalidFilterResponse, openExportRequest } from '../../http/export-request';
import { recommendationRegisterCsv, recommendationRegisterXlsx } from './recommendations-export.service';

/**
 * GET /api/export/aanbevelingen?format=csv|xlsx&taal=nl|en&<filters>: the register (CSV),
 * or the register with the dashboard figures (XLSX), for the signed-in user's view.
 */
export async function handleRecommendationExport(req: Request): Promise<Response> {
  const request = await openExportRequest(req);
  if (request instanceof Response) return request;
  const { ctx, user, params, format, locale } = request;
  // The same Dutch filter names as the dashboard's address (`?voorwaarde=3&niveau=…`).
  const invalid = invalidRecommendationFilterNames(params);
  if (invalid.length > 0) return invalidFilterResponse(invalid);
  const filter = toRecommendationFilter(parseRecommendationFilterQuery(params));
  try {
    return exportFileResponse(
      format,
      'aanbevelingen',
      format === 'csv'
        ? await recommendationRegisterCsv(ctx, user, filter, locale)
        : await recommendationRegisterXlsx(ctx, user, filter, locale),
    );
  } catch (error) {
    if (isDomainError(error) && error.kind === 'NOT_FOUND') return new Response(error.code, { status: 404 });
    throw error;
  }
}
