import { and, asc, eq, gt, inArray, ne, or, sql } from 'drizzle-orm';
import {
  archivedGroupStatus,
  contributingGroupRoles,
  decodeCursor,
  toPage,
  type GroupRole,
  type Page,
  type WorkingGroupStatus,
} from '@srw/domain';
import type { Executor } from '../client';
import { memberships, organisations, workingGroupOrganisations, workingGroups, type WorkingGroupRow } from '../schema';
import { preparedPerDatabase } from './prepared';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

export interface WorkingGroupSummary {
  id: string;
  name: string;
  theme: string;
  status: WorkingGroupStatus;
  classification: 'ONGERUBRICEERD' | 'DEPARTEMENTAAL_VERTROUWELIJK';
  myRole: GroupRole | null;
  memberCount: number;
  organisationCodes: string[];
  updatedAt: Date;
}

export interface WorkingGroupListQuery {
  userId: string;
  /** true: every group (management/admin); false: only groups the user belongs to. */
  allGroups: boolean;
  status?: WorkingGroupStatus | undefined;
  cursor?: string | null | undefined;
  limit: number;
}

/** Sorted by name, keyset on (name, id); scoped to the user's groups unless allGroups. */
export async function listWorkingGroups(
  db: Executor,
  query: WorkingGroupListQuery,
): Promise<Page<WorkingGroupSummary>> {
  const cursor = decodeCursor(query.cursor, 'text');
  // Correlated subqueries name the outer table explicitly: in select fields Drizzle
  // renders a column without its table, which would bind to the inner alias.
  const myRole = sql<GroupRole | null>`(select m.role from memberships m where m.group_id = working_groups.id and m.user_id = ${query.userId})`;
  const conditions = [
    query.allGroups
      ? undefined
      : sql`exists (select 1 from memberships m where m.group_id = ${workingGroups.id} and m.user_id = ${query.userId})`,
    query.status ? eq(workingGroups.status, query.status) : undefined,
    cursor
      ? or(gt(workingGroups.name, cursor.key), and(eq(workingGroups.name, cursor.key), gt(workingGroups.id, cursor.id)))
      : undefined,
  ];
  const rows = await db
    .select({
      id: workingGroups.id,
      name: workingGroups.name,
      theme: workingGroups.theme,
      status: workingGroups.status,
      classification: workingGroups.classification,
      myRole,
      memberCount: sql<number>`(select count(*)::int from memberships m where m.group_id = working_groups.id)`,
      organisationCodes: sql<
        string[]
      >`coalesce((select array_agg(o.code order by o.code) from working_group_organisations wgo join organisations o on o.id = wgo.organisation_id where wgo.group_id = working_groups.id), '{}')`,
      updatedAt: workingGroups.updatedAt,
    })
    .from(workingGroups)
    .where(and(...conditions))
    .orderBy(asc(workingGroups.name), asc(workingGroups.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => ({ key: row.name, id: row.id }));
}

export async function findWorkingGroup(
  db: Executor,
  id: string,
  options: FindOptions = {},
): Promise<WorkingGroupRow | null> {
  return findRowById(db, workingGroups, id, options);
}

export async function insertWorkingGroup(
  db: Executor,
  values: Pick<typeof workingGroups.$inferInsert, 'name' | 'theme' | 'description' | 'classification' | 'createdBy'>,
): Promise<WorkingGroupRow> {
  const [row] = await db.insert(workingGroups).values(values).returning();
  if (!row) throw new Error('insert working_groups returned no row');
  return row;
}

export async function updateWorkingGroupRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<Pick<WorkingGroupRow, 'name' | 'theme' | 'description' | 'classification' | 'status'>>,
): Promise<WorkingGroupRow> {
  return updateVersioned(db, workingGroups, id, expectedVersion, values);
}

const groupOrganisationsStatement = preparedPerDatabase((db, name) =>
  db
    .select({ id: organisations.id, code: organisations.code, name: organisations.name })
    .from(workingGroupOrganisations)
    .innerJoin(organisations, eq(organisations.id, workingGroupOrganisations.organisationId))
    .where(eq(workingGroupOrganisations.groupId, sql.placeholder('groupId')))
    .orderBy(asc(organisations.name))
    .prepare(name),
);

/** The group's organisations by name (prepared: every detail page of a group's record shows them). */
export async function findGroupOrganisations(db: Executor, groupId: string) {
  return groupOrganisationsStatement(db, 'group_organisations', undefined).execute({ groupId });
}

export async function replaceGroupOrganisations(db: Executor, groupId: string, organisationIds: readonly string[]) {
  await db.delete(workingGroupOrganisations).where(eq(workingGroupOrganisations.groupId, groupId));
  if (organisationIds.length > 0) {
    await db
      .insert(workingGroupOrganisations)
      .values(organisationIds.map((organisationId) => ({ groupId, organisationId })));
  }
}

/** The user's role in each of the given groups (absent: not a member). */
export async function findGroupRolesOfUser(
  db: Executor,
  userId: string,
  groupIds: readonly string[],
): Promise<Map<string, GroupRole>> {
  if (groupIds.length === 0) return new Map();
  const rows = await db
    .select({ groupId: memberships.groupId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inArray(memberships.groupId, [...groupIds])));
  return new Map(rows.map((row) => [row.groupId, row.role]));
}

/** Whether the user is chair or member of any group that is not archived. */
export async function contributesToAnyOpenGroup(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.groupId })
    .from(memberships)
    .innerJoin(workingGroups, eq(workingGroups.id, memberships.groupId))
    .where(
      and(
        eq(memberships.userId, userId),
        inArray(memberships.role, [...contributingGroupRoles]),
        ne(workingGroups.status, archivedGroupStatus),
      ),
    )
    .limit(1);
  return row !== undefined;
}
