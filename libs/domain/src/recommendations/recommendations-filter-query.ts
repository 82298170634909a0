import { singleParam, validParam, type SearchParams } from '../common/query-string';
import type { IsoDate } from '../common/calendar-date';
import { isoDateParam, oneOfParam, patternParam, textParam, uuidParam } from '../common/query-params';
import {
  CONDITION_FILTER_PATTERN,
  RECOMMENDATION_SEARCH_MAX,
  type RecommendationFilter,
} from './recommendations.schema';
import {
  recommendationLevels,
  recommendationStatuses,
  type RecommendationLevel,
  type RecommendationStatus,
} from './recommendations.constants';

/** The filters the register and the dashboard share, as they live in the address bar. */
export interface RecommendationFilterQuery {
  /** A group id, or `none` for the management-level recommendations. */
  groupId: string | null;
  organisationId: string | null;
  level: RecommendationLevel | null;
  condition: string | null;
  from: IsoDate | null;
  to: IsoDate | null;
}

/** The register adds its own filters to the shared ones. */
export interface RecommendationListQuery extends RecommendationFilterQuery {
  status: RecommendationStatus | null;
  overdue: boolean;
  search: string | null;
}

export const emptyRecommendationFilterQuery: RecommendationFilterQuery = {
  groupId: null,
  organisationId: null,
  level: null,
  condition: null,
  from: null,
  to: null,
};

export const emptyRecommendationListQuery: RecommendationListQuery = {
  ...emptyRecommendationFilterQuery,
  status: null,
  overdue: false,
  search: null,
};

/** Query-string names; Dutch, like the routes (`/dashboard?werkgroep=…&voorwaarde=3&van=2026-01-01`). */
const names = {
  groupId: 'werkgroep',
  organisationId: 'organisatie',
  level: 'niveau',
  condition: 'voorwaarde',
  from: 'van',
  to: 'tot',
  status: 'status',
  overdue: 'overtermijn',
  search: 'zoek',
} as const;

/** The one value `overtermijn` takes when set. */
const yes = 'ja';

// Zod-free, so the register and the dashboard read their address without zod (same rules as the API's schemas).
const groupParam = (value: string) => (value === 'none' ? 'none' : uuidParam(value));
const levelParam = oneOfParam(recommendationLevels);
const statusParam = oneOfParam(recommendationStatuses);
const conditionParam = patternParam(CONDITION_FILTER_PATTERN);
const searchParam = textParam(RECOMMENDATION_SEARCH_MAX);

/** Reads the shared filters; a value that does not parse is ignored rather than failing the page. */
export function parseRecommendationFilterQuery(params: SearchParams): RecommendationFilterQuery {
  return {
    groupId: validParam(groupParam, singleParam(params, names.groupId)),
    organisationId: validParam(uuidParam, singleParam(params, names.organisationId)),
    level: validParam(levelParam, singleParam(params, names.level)),
    condition: validParam(conditionParam, singleParam(params, names.condition)),
    from: validParam(isoDateParam, singleParam(params, names.from)),
    to: validParam(isoDateParam, singleParam(params, names.to)),
  };
}

/**
 * The shared filter names present in the query that do not parse. Pages ignore
 * them; an export refuses them, so a file never holds more than was asked for.
 */
export function invalidRecommendationFilterNames(params: SearchParams): string[] {
  const parsed = parseRecommendationFilterQuery(params);
  const fields = ['groupId', 'organisationId', 'level', 'condition', 'from', 'to'] as const;
  return fields
    .filter((field) => singleParam(params, names[field]) !== null && parsed[field] === null)
    .map((field) => names[field]);
}

/** Reads the register's filters: the shared ones plus status, overdue and search. */
export function parseRecommendationListQuery(params: SearchParams): RecommendationListQuery {
  const search = validParam(searchParam, singleParam(params, names.search));
  return {
    ...parseRecommendationFilterQuery(params),
    status: validParam(statusParam, singleParam(params, names.status)),
    overdue: singleParam(params, names.overdue) === yes,
    search: search ? search : null,
  };
}

function sharedParams(query: RecommendationFilterQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.groupId) params.set(names.groupId, query.groupId);
  if (query.organisationId) params.set(names.organisationId, query.organisationId);
  if (query.level) params.set(names.level, query.level);
  if (query.condition) params.set(names.condition, query.condition);
  if (query.from) params.set(names.from, query.from);
  if (query.to) params.set(names.to, query.to);
  return params;
}

function withQuestionMark(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query string for the shared filters, without empty ones; `''` when none is set. */
export function recommendationFilterQueryString(query: RecommendationFilterQuery): string {
  return withQuestionMark(sharedParams(query));
}

/** The query string for the register's filters, without empty ones; `''` when none is set. */
export function recommendationListQueryString(query: RecommendationListQuery): string {
  const params = sharedParams(query);
  if (query.status) params.set(names.status, query.status);
  if (query.overdue) params.set(names.overdue, yes);
  const search = query.search?.trim();
  if (search) params.set(names.search, search);
  return withQuestionMark(params);
}

/** The shared filters as API input (dashboard, list, export): unset ones left out. */
export function toRecommendationFilter(query: RecommendationFilterQuery): RecommendationFilter {
  return {
    ...(query.groupId ? { groupId: query.groupId } : {}),
    ...(query.organisationId ? { organisationId: query.organisationId } : {}),
    ...(query.level ? { level: query.level } : {}),
    ...(query.condition ? { condition: query.condition } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
}
