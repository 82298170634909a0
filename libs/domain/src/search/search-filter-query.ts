import { singleParam, type SearchParams } from '../common/query-string';
import { textParam, uuidParam } from '../common/query-params';
import type { SearchFilters, SearchKind } from './search.schema';

// Zod-free (the search page reads its address in the browser); the same rules as `searchQuerySchema`.
const statusParam = textParam(60);

/** The kinds as the address names them (`/zoeken?q=drones&soort=besluit`). */
export const searchKindSlugs: Record<SearchKind, string> = {
  working_group: 'werkgroep',
  glossary_term: 'begrip',
  scenario: 'scenario',
  exercise: 'oefening',
  decision: 'besluit',
  placement: 'plaatsing',
  recommendation: 'aanbeveling',
  assessment: 'scan',
};

const kindBySlug = new Map(Object.entries(searchKindSlugs).map(([kind, slug]) => [slug, kind as SearchKind]));

const names = { q: 'q', kind: 'soort', groupId: 'werkgroep', organisationId: 'organisatie', status: 'status' } as const;

/** A search as it lives in the address: the query (possibly empty) and the filters that parse; others are dropped. */
export interface SearchAddress {
  q: string;
  filters: SearchFilters;
}

export function parseSearchQueryString(params: SearchParams): SearchAddress {
  const q = (singleParam(params, names.q) ?? '').trim();
  const filters: SearchFilters = {};
  const kind = kindBySlug.get(singleParam(params, names.kind) ?? '');
  if (kind) filters.kind = kind;
  const groupId = uuidParam(singleParam(params, names.groupId) ?? '');
  if (groupId) filters.groupId = groupId;
  const organisationId = uuidParam(singleParam(params, names.organisationId) ?? '');
  if (organisationId) filters.organisationId = organisationId;
  const status = statusParam(singleParam(params, names.status) ?? '');
  if (status) filters.status = status;
  return { q, filters };
}

/** The address of a search: `/zoeken?q=…` with the filters that are set. */
export function searchHref(q: string, filters: SearchFilters = {}): string {
  const query = new URLSearchParams();
  if (q.trim() !== '') query.set(names.q, q.trim());
  if (filters.kind) query.set(names.kind, searchKindSlugs[filters.kind]);
  if (filters.groupId) query.set(names.groupId, filters.groupId);
  if (filters.organisationId) query.set(names.organisationId, filters.organisationId);
  if (filters.status) query.set(names.status, filters.status);
  const text = query.toString();
  return text ? `/zoeken?${text}` : '/zoeken';
}
