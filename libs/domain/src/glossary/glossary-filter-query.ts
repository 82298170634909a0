import { singleParam, type SearchParams } from '../common/query-string';
import { uuidParam } from '../common/query-params';
import { glossaryTermStatuses, type GlossaryTermStatus } from './glossary.constants';

/**
 * The glossary list's filters as they live in the address bar, so a search or a
 * filtered view survives a reload and can be shared:
 * `/begrippenlijst?zoek=officier&organisatie=…&status=vastgesteld&afwijkend=1&vervallen=1&letter=o`.
 */
export interface GlossaryListFilters {
  search: string;
  letter: string | null;
  organisationId: string;
  status: GlossaryTermStatus | '';
  divergent: boolean;
  includeRetired: boolean;
}

export const emptyGlossaryListFilters: GlossaryListFilters = {
  search: '',
  letter: null,
  organisationId: '',
  status: '',
  divergent: false,
  includeRetired: false,
};

const names = {
  search: 'zoek',
  letter: 'letter',
  organisationId: 'organisatie',
  status: 'status',
  divergent: 'afwijkend',
  includeRetired: 'vervallen',
} as const;

/** Reads the filters; a value that does not parse is left out (the list shows more, never an error). */
export function parseGlossaryListQuery(params: SearchParams): GlossaryListFilters {
  const search = singleParam(params, names.search) ?? '';
  const letter = singleParam(params, names.letter);
  const organisationId = singleParam(params, names.organisationId) ?? '';
  const status = singleParam(params, names.status) ?? '';
  return {
    search: search.slice(0, 200),
    letter: letter !== null && /^([a-z]|#)$/.test(letter) ? letter : null,
    organisationId: uuidParam(organisationId) ?? '',
    status: (glossaryTermStatuses as readonly string[]).includes(status) ? (status as GlossaryTermStatus) : '',
    divergent: singleParam(params, names.divergent) === '1',
    includeRetired: singleParam(params, names.includeRetired) === '1',
  };
}

/** The query string for the filters, without empty ones; `''` when none is set. */
export function glossaryListQueryString(filters: GlossaryListFilters): string {
  const query = new URLSearchParams();
  if (filters.search.trim() !== '') query.set(names.search, filters.search);
  if (filters.letter) query.set(names.letter, filters.letter);
  if (filters.organisationId) query.set(names.organisationId, filters.organisationId);
  if (filters.status) query.set(names.status, filters.status);
  if (filters.divergent) query.set(names.divergent, '1');
  if (filters.includeRetired) query.set(names.includeRetired, '1');
  const text = query.toString();
  return text ? `?${text}` : '';
}
