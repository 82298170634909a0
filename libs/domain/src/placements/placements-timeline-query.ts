import { singleParam, type SearchParams } from '../common/query-string';
import { isValidIsoDate, type IsoDate } from '../common/calendar-date';
import { oneOfParam, uuidParam } from '../common/query-params';
import { placementStatuses, type PlacementStatus } from './placements.constants';

const statusParam = oneOfParam(placementStatuses);

/** The timeline's filters and window as they live in the address bar. */
export interface TimelineQuery {
  organisationId: string | null;
  status: PlacementStatus | null;
  /** First day of the first month shown. */
  from: IsoDate | null;
}

/** Query-string names; Dutch, like the route (`/liaisons/tijdlijn?organisatie=…&status=actief&van=2026-01-01`). */
const names = { organisationId: 'organisatie', status: 'status', from: 'van' } as const;

/** Reads the query string; a value that does not parse is ignored rather than failing the page. */
export function parseTimelineQuery(params: SearchParams): TimelineQuery {
  const organisationId = singleParam(params, names.organisationId);
  const status = singleParam(params, names.status);
  const from = singleParam(params, names.from);
  return {
    organisationId: organisationId === null ? null : uuidParam(organisationId),
    status: status === null ? null : statusParam(status),
    // The window always starts on the first of a month.
    from: from && isValidIsoDate(from) && from.endsWith('-01') ? from : null,
  };
}

/** The query string for the filters, without empty ones; `''` when none is set. */
export function timelineQueryString(query: TimelineQuery): string {
  const params = new URLSearchParams();
  if (query.organisationId) params.set(names.organisationId, query.organisationId);
  if (query.status) params.set(names.status, query.status);
  if (query.from) params.set(names.from, query.from);
  const text = params.toString();
  return text ? `?${text}` : '';
}
