import { toRecommendationFilter, type RecommendationFilterQuery, type RecommendationListQuery } from '@srw/domain';

/** Recommendations per page of the register. */
export const RECOMMENDATION_PAGE_SIZE = 25;

/**
 * The address's filters seen through the organisation lens: without an
 * organisation chosen on the page, the lens's organisation is the addressee.
 * One function for the client components and the pages' server prefetch.
 */
export function withLensOrganisation<T extends RecommendationFilterQuery>(
  filters: T,
  lensOrganisationId: string | null,
): T {
  return lensOrganisationId && !filters.organisationId ? { ...filters, organisationId: lensOrganisationId } : filters;
}

/** The input of `recommendations.list` for the register's filters (the same query key on server and client). */
export function recommendationListInput(filters: RecommendationListQuery) {
  return {
    ...toRecommendationFilter(filters),
    status: filters.status ?? undefined,
    overdue: filters.overdue ? true : undefined,
    search: filters.search?.trim() || undefined,
    limit: RECOMMENDATION_PAGE_SIZE,
  };
}
