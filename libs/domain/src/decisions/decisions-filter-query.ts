import { oneOfParam, textParam, uuidParam, type ParamCheck } from '../common/query-params';
import { parseStrictFilterQuery, type SearchParams } from '../common/query-string';
import { decisionFiltersSchema, type DecisionFilters } from './decisions.schema';
import { decisionOutcomes, decisionStatuses } from './decisions.constants';

/**
 * The framework overview's filters as they live in the address bar, so a filtered
 * view (and its print version) can be shared. Names are Dutch, like the route
 * (`/afwegingskader?werkgroep=…&uitkomst=UNCLEAR&trefwoord=…`).
 */
const names = {
  groupId: 'werkgroep',
  outcome: 'uitkomst',
  status: 'status',
  legalBasisId: 'grondslag',
  tag: 'trefwoord',
  cooperationLevel: 'niveau',
} as const;

type FilterKey = keyof typeof names;

const entries = Object.entries(names) as [FilterKey, string][];

/** Zod-free checks (the overview reads its address in the browser), the same rules as `decisionFiltersSchema`. */
const checks: { [K in FilterKey]-?: ParamCheck<NonNullable<DecisionFilters[K]>> } = {
  groupId: uuidParam,
  outcome: oneOfParam(decisionOutcomes),
  status: oneOfParam(decisionStatuses),
  legalBasisId: uuidParam,
  tag: textParam(40, { lowerCase: true }),
  cooperationLevel: textParam(40),
};

/** Reads the filters; when any of them does not parse, the page shows the whole framework. */
export function parseDecisionFilterQuery(params: SearchParams): DecisionFilters {
  const filters: DecisionFilters = {};
  for (const [key, name] of entries) {
    const value = params[name];
    if (typeof value !== 'string' || value === '') continue;
    const checked = checks[key](value);
    if (checked === null) return {};
    Object.assign(filters, { [key]: checked });
  }
  return filters;
}

/** The query string for the filters, without empty ones; `''` when none is set. */
export function decisionFilterQueryString(filters: DecisionFilters): string {
  const query = new URLSearchParams();
  for (const [key, name] of entries) {
    const value = filters[key];
    if (typeof value === 'string' && value !== '') query.set(name, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The overview's filters for an export, with the names of those that were given but do not parse. */
export function parseDecisionExportQuery(params: SearchParams): { filter: DecisionFilters; invalid: string[] } {
  const shape = decisionFiltersSchema.shape;
  return parseStrictFilterQuery(params, {
    groupId: { name: names.groupId, schema: shape.groupId },
    outcome: { name: names.outcome, schema: shape.outcome },
    status: { name: names.status, schema: shape.status },
    legalBasisId: { name: names.legalBasisId, schema: shape.legalBasisId },
    tag: { name: names.tag, schema: shape.tag },
    cooperationLevel: { name: names.cooperationLevel, schema: shape.cooperationLevel },
  });
}
