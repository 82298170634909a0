import { aliasedTable, and, asc, eq, isNull, sql } from 'drizzle-orm';
import { proposedPlacementStatus } from '@srw/domain';
import type { Executor } from '../client';
import { organisations, placementConsents, placements, users, type PlacementConsentRow } from '../schema';

/** Every consent given on a placement and its extensions, oldest first, with the organisation and the person. */
export async function listPlacementConsents(db: Executor, placementId: string) {
  return db
    .select({
      id: placementConsents.id,
      extensionId: placementConsents.extensionId,
      organisationId: placementConsents.organisationId,
      organisationCode: organisations.code,
      organisationName: organisations.name,
      userId: placementConsents.userId,
      userName: users.name,
      at: placementConsents.at,
      note: placementConsents.note,
      onBehalfReason: placementConsents.onBehalfReason,
    })
    .from(placementConsents)
    .innerJoin(organisations, eq(organisations.id, placementConsents.organisationId))
    .leftJoin(users, eq(users.id, placementConsents.userId))
    .where(eq(placementConsents.placementId, placementId))
    .orderBy(asc(placementConsents.at), asc(placementConsents.id));
}

export type PlacementConsentView = Awaited<ReturnType<typeof listPlacementConsents>>[number];

export async function insertPlacementConsent(
  db: Executor,
  values: {
    placementId: string;
    extensionId: string | null;
    organisationId: string;
    userId: string;
    note: string;
    onBehalfReason: string | null;
  },
): Promise<PlacementConsentRow> {
  const [row] = await db.insert(placementConsents).values(values).returning();
  if (!row) throw new Error('insert placement_consents returned no row');
  return row;
}

/**
 * Proposed placements in which the organisation is home or host and has not
 * consented yet (a consent by the proposer does not count): what a future
 * inbox of that organisation shows. Oldest proposal first.
 */
export async function listPlacementsWaitingForOrganisation(db: Executor, organisationId: string) {
  const home = aliasedTable(organisations, 'home_org');
  const host = aliasedTable(organisations, 'host_org');
  return db
    .select({
      id: placements.id,
      personName: placements.personName,
      personUserId: placements.personUserId,
      homeOrganisationId: placements.homeOrganisationId,
      homeOrganisationCode: home.code,
      hostOrganisationId: placements.hostOrganisationId,
      hostOrganisationCode: host.code,
      hostUnit: placements.hostUnit,
      startDate: placements.startDate,
      endDate: placements.endDate,
      groupId: placements.groupId,
      createdBy: placements.createdBy,
      createdAt: placements.createdAt,
    })
    .from(placements)
    .innerJoin(home, eq(home.id, placements.homeOrganisationId))
    .innerJoin(host, eq(host.id, placements.hostOrganisationId))
    .where(
      and(
        eq(placements.status, proposedPlacementStatus),
        sql`(${placements.homeOrganisationId} = ${organisationId} or ${placements.hostOrganisationId} = ${organisationId})`,
        sql`not exists (select 1 from placement_consents c where c.placement_id = ${placements.id} and c.extension_id is null and c.organisation_id = ${organisationId} and c.user_id is distinct from ${placements.createdBy})`,
      ),
    )
    .orderBy(asc(placements.createdAt), asc(placements.id));
}

/** Consents on the placement itself (not on its extensions). */
export async function findPlacementOwnConsents(db: Executor, placementId: string) {
  return db
    .select({ organisationId: placementConsents.organisationId, userId: placementConsents.userId })
    .from(placementConsents)
    .where(and(eq(placementConsents.placementId, placementId), isNull(placementConsents.extensionId)));
}

/** Consents on one extension request. */
export async function findExtensionConsents(db: Executor, extensionId: string) {
  return db
    .select({ organisationId: placementConsents.organisationId, userId: placementConsents.userId })
    .from(placementConsents)
    .where(eq(placementConsents.extensionId, extensionId));
}
