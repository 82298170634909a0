import { singleParam, type SearchParams } from '../common/query-string';
import { searchQuerySchema, type SearchFilters, type SearchKind } from './search.schema';

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
  const shape = searchQuerySchema.shape;
  const groupId = shape.groupId.safeParse(singleParam(params, names.groupId) ?? undefined);
  if (groupId.success && groupId.data) filters.groupId = groupId.data;
  const organisationId = shape.organisationId.safeParse(singleParam(params, names.organisationId) ?? undefined);
  if (organisationId.success && organisationId.data) filters.organisationId = organisationId.data;
  const status = shape.status.safeParse(singleParam(params, names.status) ?? undefined);
  if (status.success && status.data) filters.status = status.data;
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
