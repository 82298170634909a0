import { listCurrentPlacements, listKnownUnits, listOrganisations, listPlacementsInWindow } from '@srw/db';
import {
  assertTimelineWindow,
  calendarDateInNetherlands,
  isEndingSoon,
  MAX_TIMELINE_PLACEMENTS,
  type Actor,
  type PlacementTimelineInput,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { placementScope } from './placements-access';
import { withFlags, type PlacementListItem } from './placements-read.service';

/** The placements overlapping a window, per host unit, for the Gantt chart; at most MAX_TIMELINE_PLACEMENTS. */
export async function placementTimeline(ctx: ServiceContext, actor: Actor, input: PlacementTimelineInput) {
  assertTimelineWindow(input);
  const rows = await listPlacementsInWindow(ctx.db, {
    scope: placementScope(actor),
    from: input.from,
    to: input.to,
    organisationId: input.organisationId,
    status: input.status,
    limit: MAX_TIMELINE_PLACEMENTS + 1,
  });
  const today = calendarDateInNetherlands(new Date());
  return {
    today,
    from: input.from,
    to: input.to,
    truncated: rows.length > MAX_TIMELINE_PLACEMENTS,
    items: rows.slice(0, MAX_TIMELINE_PLACEMENTS).map((row) => withFlags(row, today)),
  };
}

/**
 * Per host unit: who is placed there now, whose placement ends within three
 * months, and whose is past its end but still active (overdue, to be closed);
 * plus, per organisation, the known units with nobody placed there.
 */
export async function placementCoverage(ctx: ServiceContext, actor: Actor) {
  const today = calendarDateInNetherlands(new Date());
  const scope = placementScope(actor);
  const [current, knownUnits, organisations] = await Promise.all([
    listCurrentPlacements(ctx.db, { scope, today }),
    scope.all ? listKnownUnits(ctx.db) : Promise.resolve([]),
    listOrganisations(ctx.db),
  ]);
  const units = new Map<
    string,
    {
      organisationId: string;
      organisationCode: string;
      organisationName: string;
      unit: string;
      placements: PlacementListItem[];
    }
  >();
  for (const row of current) {
    const key = `${row.hostOrganisationId}\u0000${row.hostUnit}`;
    const entry = units.get(key) ?? {
      organisationId: row.hostOrganisationId,
      organisationCode: row.hostOrganisationCode,
      organisationName: row.hostOrganisationName,
      unit: row.hostUnit,
      placements: [],
    };
    entry.placements.push(withFlags(row, today));
    units.set(key, entry);
  }
  const covered = [...units.values()].map((entry) => ({
    ...entry,
    placements: entry.placements.map((p) => ({ ...p, endingSoon: isEndingSoon(p.endDate, today) })),
    endingSoonCount: entry.placements.filter((p) => isEndingSoon(p.endDate, today)).length,
    overdueCount: entry.placements.filter((p) => p.overdue).length,
  }));
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  // Only management and admins see every placement, so only they get the list of uncovered units.
  const uncovered = knownUnits
    .filter((u) => !units.has(`${u.organisationId}\u0000${u.unit}`))
    .map((u) => ({
      organisationId: u.organisationId,
      organisationCode: organisationById.get(u.organisationId)?.code ?? '',
      organisationName: organisationById.get(u.organisationId)?.name ?? '',
      unit: u.unit,
    }));
  return { today, covered, uncovered, uncoveredKnown: scope.all };
}
