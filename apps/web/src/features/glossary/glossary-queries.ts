import type { GlossaryListFilters } from '@srw/domain';

/** Terms per page of the glossary list. */
export const GLOSSARY_PAGE_SIZE = 25;

/**
 * The input of `glossary.list` for the list's filters (search already
 * debounced) and the lens's organisation: one function for the client
 * component and the page's server prefetch, so both use the same query key.
 */
export function glossaryListInput(filters: GlossaryListFilters, search: string, lensOrganisationId: string | null) {
  const { letter, organisationId, status, divergent, includeRetired } = filters;
  return {
    limit: GLOSSARY_PAGE_SIZE,
    ...(search ? { search } : {}),
    ...(letter && !search ? { letter } : {}),
    ...(organisationId ? { organisationId } : {}),
    ...(status ? { status } : {}),
    ...(divergent ? { divergent: true } : {}),
    includeRetired,
    ...(lensOrganisationId ? { lensOrganisationId } : {}),
  };
}
