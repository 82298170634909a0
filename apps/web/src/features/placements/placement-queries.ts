import {
  addDays,
  addMonths,
  firstOfMonthsBack,
  type IsoDate,
  type PlacementListQuery,
  type TimelineQuery,
} from '@srw/domain';

/** Placements per page of the liaisons list. */
export const PLACEMENT_PAGE_SIZE = 25;

/**
 * The input of `placements.list` for the address's filters and the lens's
 * organisation (home or host; an organisation chosen on the page wins): one
 * function for the client component and the page's server prefetch.
 */
export function placementListInput(applied: PlacementListQuery, lensOrganisationId: string | null) {
  const organisationId = applied.organisationId ?? lensOrganisationId ?? null;
  return {
    limit: PLACEMENT_PAGE_SIZE,
    ...(organisationId ? { organisationId } : {}),
    ...(applied.unit ? { unit: applied.unit } : {}),
    ...(applied.status ? { status: applied.status } : {}),
    ...(applied.from ? { from: applied.from } : {}),
    ...(applied.to ? { to: applied.to } : {}),
  };
}

/** Months the liaisons timeline shows. */
export const TIMELINE_MONTHS_SHOWN = 12;

/** The timeline's first month by default: two months before this one (today in the Netherlands). */
export function defaultTimelineFrom(today: IsoDate): IsoDate {
  return firstOfMonthsBack(today, 2);
}

/** The input of `placements.timeline` for the timeline's filters: one function for the client and the server prefetch. */
export function placementTimelineInput(filters: TimelineQuery, today: IsoDate) {
  const from = filters.from ?? defaultTimelineFrom(today);
  return {
    from,
    to: addDays(addMonths(from, TIMELINE_MONTHS_SHOWN), -1),
    ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
}
