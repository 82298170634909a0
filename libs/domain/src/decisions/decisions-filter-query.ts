import { decisionFiltersSchema, type DecisionFilters } from '@srw/domain';

/** URL query <-> overview filters, so a filtered view (and its print version) can be shared. */
export const filterParams = {
  groupId: 'werkgroep',
  outcome: 'uitkomst',
  status: 'status',
  legalBasisId: 'grondslag',
  tag: 'trefwoord',
  cooperationLevel: 'niveau',
} as const;

type FilterKey = keyof typeof filterParams;

export function filtersFromSearchParams(params: Record<string, string | string[] | undefined>): DecisionFilters {
  const raw: Record<string, string> = {};
  for (const [key, param] of Object.entries(filterParams) as [FilterKey, string][]) {
    const value = params[param];
    if (typeof value === 'string' && value !== '') raw[key] = value;
  }
  const parsed = decisionFiltersSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

export function filtersToQuery(filters: DecisionFilters): string {
  const query = new URLSearchParams();
  for (const [key, param] of Object.entries(filterParams) as [FilterKey, string][]) {
    const value = filters[key];
    if (typeof value === 'string' && value !== '') query.set(param, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
