import { singleParam, validParam, type SearchParams } from '../common/query-string';
import type { IsoDate } from '../common/calendar-date';
import { isoDateParam, oneOfParam, textParam, uuidParam } from '../common/query-params';
import { PLACEMENT_UNIT_FILTER_MAX } from './placements.schema';
import { placementStatuses, type PlacementStatus } from './placements.constants';

/** The placements list's filters as they live in the address bar. */
export interface PlacementListQuery {
  organisationId: string | null;
  unit: string | null;
  status: PlacementStatus | null;
  /** Period: placements that overlap [from, to]. */
  from: IsoDate | null;
  to: IsoDate | null;
}

export const emptyPlacementListQuery: PlacementListQuery = {
  organisationId: null,
  unit: null,
  status: null,
  from: null,
  to: null,
};

/** Query-string names; Dutch, like the route (`/liaisons?organisatie=…&eenheid=…&status=actief&van=…&tot=…`). */
const names = { organisationId: 'organisatie', unit: 'eenheid', status: 'status', from: 'van', to: 'tot' } as const;

// Zod-free (the list reads its address in the browser); the same rules as `listPlacementsSchema`.
const unitParam = textParam(PLACEMENT_UNIT_FILTER_MAX);
const statusParam = oneOfParam(placementStatuses);

/** Reads the query string; a value that does not parse is ignored rather than failing the page. */
export function parsePlacementListQuery(params: SearchParams): PlacementListQuery {
  const unit = validParam(unitParam, singleParam(params, names.unit));
  return {
    organisationId: validParam(uuidParam, singleParam(params, names.organisationId)),
    unit: unit ? unit : null,
    status: validParam(statusParam, singleParam(params, names.status)),
    from: validParam(isoDateParam, singleParam(params, names.from)),
    to: validParam(isoDateParam, singleParam(params, names.to)),
  };
}

/** The query string for the filters, without empty ones; `''` when none is set. */
export function placementListQueryString(query: PlacementListQuery): string {
  const params = new URLSearchParams();
  if (query.organisationId) params.set(names.organisationId, query.organisationId);
  const unit = query.unit?.trim();
  if (unit) params.set(names.unit, unit);
  if (query.status) params.set(names.status, query.status);
  if (query.from) params.set(names.from, query.from);
  if (query.to) params.set(names.to, query.to);
  const text = params.toString();
  return text ? `?${text}` : '';
}
