import { aliasedTable, and, asc, eq, gt, gte, ilike, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import {
  activePlacementStatus,
  approvedPlacementStatuses,
  decodeCursor,
  toPage,
  type Page,
  type PlacementStatus,
} from '@srw/domain';
import type { Executor } from '../client';
import { organisations, placements, users, workingGroups, type NewPlacementRow, type PlacementRow } from '../schema';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

/** Whose placements a query may return: everything (management, admin) or those of the user's groups and their own. */
export interface PlacementScope {
  userId: string;
  all: boolean;
}

const homeOrganisations = aliasedTable(organisations, 'home_org');
const hostOrganisations = aliasedTable(organisations, 'host_org');

function scopeCondition(scope: PlacementScope): SQL | undefined {
  if (scope.all) return undefined;
  // Written against the placements table by name: also used inside select fields.
  return sql`(placements.person_user_id = ${scope.userId} or placements.created_by = ${scope.userId} or exists (select 1 from memberships m where m.group_id = placements.group_id and m.user_id = ${scope.userId}))`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

const summaryColumns = {
  id: placements.id,
  personName: placements.personName,
  personUserId: placements.personUserId,
  homeOrganisationId: placements.homeOrganisationId,
  homeOrganisationCode: homeOrganisations.code,
  homeOrganisationName: homeOrganisations.name,
  homeUnit: placements.homeUnit,
  hostOrganisationId: placements.hostOrganisationId,
  hostOrganisationCode: hostOrganisations.code,
  hostOrganisationName: hostOrganisations.name,
  hostUnit: placements.hostUnit,
  hostFunction: placements.hostFunction,
  startDate: placements.startDate,
  endDate: placements.endDate,
  hoursPerWeek: placements.hoursPerWeek,
  status: placements.status,
  groupId: placements.groupId,
  groupName: workingGroups.name,
  classification: placements.classification,
  clearanceLevel: placements.clearanceLevel,
  clearanceExpiresOn: placements.clearanceExpiresOn,
  accessGrants: placements.accessGrants,
  version: placements.version,
};

function summaryQuery(db: Executor) {
  return db
    .select(summaryColumns)
    .from(placements)
    .innerJoin(homeOrganisations, eq(homeOrganisations.id, placements.homeOrganisationId))
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, placements.hostOrganisationId))
    .leftJoin(workingGroups, eq(workingGroups.id, placements.groupId));
}

export type PlacementSummary = Awaited<ReturnType<typeof summaryQuery>>[number];

export interface PlacementListQuery {
  scope: PlacementScope;
  organisationId?: string | undefined;
  unit?: string | undefined;
  status?: PlacementStatus | undefined;
  groupId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | null | undefined;
  limit: number;
}

/** Sorted by start date, keyset on (start_date, id). */
export async function listPlacements(db: Executor, query: PlacementListQuery): Promise<Page<PlacementSummary>> {
  const cursor = decodeCursor(query.cursor, 'date');
  const unit = query.unit ? `%${escapeLike(query.unit)}%` : null;
  const rows = await summaryQuery(db)
    .where(
      and(
        scopeCondition(query.scope),
        query.organisationId
          ? or(
              eq(placements.homeOrganisationId, query.organisationId),
              eq(placements.hostOrganisationId, query.organisationId),
            )
          : undefined,
        unit ? or(ilike(placements.hostUnit, unit), ilike(placements.homeUnit, unit)) : undefined,
        query.status ? eq(placements.status, query.status) : undefined,
        query.groupId ? eq(placements.groupId, query.groupId) : undefined,
        query.from ? gte(placements.endDate, query.from) : undefined,
        query.to ? lte(placements.startDate, query.to) : undefined,
        cursor
          ? or(
              gt(placements.startDate, cursor.key),
              and(eq(placements.startDate, cursor.key), gt(placements.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(placements.startDate), asc(placements.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => ({ key: row.startDate, id: row.id }));
}

/** Placements overlapping a window, for the timeline; bounded. */
export async function listPlacementsInWindow(
  db: Executor,
  query: {
    scope: PlacementScope;
    from: string;
    to: string;
    organisationId?: string | undefined;
    status?: PlacementStatus | undefined;
    limit: number;
  },
): Promise<PlacementSummary[]> {
  return summaryQuery(db)
    .where(
      and(
        scopeCondition(query.scope),
        gte(placements.endDate, query.from),
        lte(placements.startDate, query.to),
        query.organisationId
          ? or(
              eq(placements.homeOrganisationId, query.organisationId),
              eq(placements.hostOrganisationId, query.organisationId),
            )
          : undefined,
        query.status ? eq(placements.status, query.status) : undefined,
      ),
    )
    .orderBy(asc(hostOrganisations.name), asc(placements.hostUnit), asc(placements.startDate), asc(placements.id))
    .limit(query.limit);
}

/** Approved or active placements running on `today`, and active ones past their end (overdue). */
export async function listCurrentPlacements(
  db: Executor,
  query: { scope: PlacementScope; today: string },
): Promise<PlacementSummary[]> {
  return summaryQuery(db)
    .where(
      and(
        scopeCondition(query.scope),
        or(
          and(
            inArray(placements.status, [...approvedPlacementStatuses]),
            lte(placements.startDate, query.today),
            gte(placements.endDate, query.today),
          ),
          // Past its end but still active: the person is presumably still there, and the placement is overdue.
          and(eq(placements.status, activePlacementStatus), lt(placements.endDate, query.today)),
        ),
      ),
    )
    .orderBy(asc(hostOrganisations.name), asc(placements.hostUnit), asc(placements.endDate));
}

/** Every unit ever named as home or host unit, per organisation: the units the coverage view knows of. */
export async function listKnownUnits(db: Executor): Promise<{ organisationId: string; unit: string }[]> {
  const result = await db.execute<{ organisation_id: string; unit: string }>(
    sql`select distinct organisation_id, unit from (
          select host_organisation_id as organisation_id, host_unit as unit from placements
          union select home_organisation_id, home_unit from placements
        ) u order by organisation_id, unit`,
  );
  const rows = Array.isArray(result) ? result : (result as { rows: { organisation_id: string; unit: string }[] }).rows;
  return rows.map((row) => ({ organisationId: row.organisation_id, unit: row.unit }));
}

export async function findPlacementSummary(db: Executor, id: string): Promise<PlacementSummary | null> {
  const [row] = await summaryQuery(db).where(eq(placements.id, id));
  return row ?? null;
}

export async function findPlacement(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, placements, id, options);
}

export async function insertPlacement(db: Executor, values: NewPlacementRow): Promise<PlacementRow> {
  const [row] = await db.insert(placements).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** The one versioned write of a placement: details, status, end date or debrief. */
export async function updatePlacementRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<
    Omit<
      NewPlacementRow,
      'id' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'personKey' | 'personUserId' | 'personName'
    >
  >,
): Promise<PlacementRow> {
  return updateVersioned(db, placements, id, expectedVersion, values);
}

export async function findUserName(db: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

/**
 * Takes a transaction-scoped lock on one person, then returns their placements.
 * Every write that sets a person's period goes through here first, so a second
 * concurrent writer waits and then sees the first one's row (on PostgreSQL;
 * PGlite runs one transaction at a time anyway).
 */
export async function lockPersonPlacements(db: Executor, personKey: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`placement-person:${personKey}`}))`);
  return db
    .select({
      id: placements.id,
      status: placements.status,
      startDate: placements.startDate,
      endDate: placements.endDate,
      hostUnit: placements.hostUnit,
      hostOrganisationName: hostOrganisations.name,
    })
    .from(placements)
    .innerJoin(hostOrganisations, eq(hostOrganisations.id, placements.hostOrganisationId))
    .where(eq(placements.personKey, personKey));
}

/**
 * Accounts that can be picked as the person placed. `sharingGroupsWith`
 * restricts the list to that user and the members of their groups.
 */
export async function listPlacementPersonCandidates(
  db: Executor,
  query: { search: string; sharingGroupsWith: string | null; limit: number },
) {
  const term = query.search ? `%${escapeLike(query.search)}%` : null;
  return db
    .select({
      id: users.id,
      name: users.name,
      organisationId: users.organisationId,
      organisationCode: organisations.code,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(users.active, true),
        term ? ilike(users.name, term) : undefined,
        query.sharingGroupsWith
          ? sql`(${users.id} = ${query.sharingGroupsWith} or exists (select 1 from memberships mine join memberships theirs on theirs.group_id = mine.group_id where mine.user_id = ${query.sharingGroupsWith} and theirs.user_id = ${users.id}))`
          : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
    .limit(query.limit);
}
