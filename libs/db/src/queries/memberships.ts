import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import { decodeCursor, DomainError, toPage, type GroupRole, type Page } from '@srw/domain';
import type { Executor } from '../client';
import { memberships, organisations, users, type MembershipRow } from '../schema';
import { preparedPerDatabase } from './prepared';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

export interface MemberView {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  organisationId: string;
  organisationCode: string;
  organisationName: string;
  role: GroupRole;
  active: boolean;
  version: number;
  joinedAt: Date;
}

const memberColumns = {
  membershipId: memberships.id,
  userId: users.id,
  name: users.name,
  email: users.email,
  organisationId: organisations.id,
  organisationCode: organisations.code,
  organisationName: organisations.name,
  role: memberships.role,
  active: users.active,
  version: memberships.version,
  joinedAt: memberships.createdAt,
};

/** Members of a group, by name; keyset on (name, membership id). */
export async function listMembers(
  db: Executor,
  query: { groupId: string; cursor?: string | null | undefined; limit: number },
): Promise<Page<MemberView>> {
  const cursor = decodeCursor(query.cursor, 'text');
  const rows = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(memberships.groupId, query.groupId),
        cursor
          ? or(gt(users.name, cursor.key), and(eq(users.name, cursor.key), gt(memberships.id, cursor.id)))
          : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(memberships.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => ({ key: row.name, id: row.membershipId }));
}

/** Roles of all members, locked for the rest of the transaction (last-chair checks). */
export async function lockMemberRoles(db: Executor, groupId: string) {
  const rows = await db
    .select({
      membershipId: memberships.id,
      role: memberships.role,
      userId: memberships.userId,
      version: memberships.version,
    })
    .from(memberships)
    .where(eq(memberships.groupId, groupId))
    .for('update');
  return rows;
}

export async function findMembership(
  db: Executor,
  id: string,
  options: FindOptions = {},
): Promise<MembershipRow | null> {
  return findRowById(db, memberships, id, options);
}

const membershipRoleStatement = preparedPerDatabase((db, name) =>
  db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.groupId, sql.placeholder('groupId')), eq(memberships.userId, sql.placeholder('userId'))))
    .prepare(name),
);

/** The user's role in the group, or null when they are not a member (prepared: every access check asks it). */
export async function findMembershipRole(db: Executor, groupId: string, userId: string): Promise<GroupRole | null> {
  const [row] = await membershipRoleStatement(db, 'membership_role', undefined).execute({ groupId, userId });
  return row?.role ?? null;
}

/** The ids of the groups a user belongs to (for scoping other modules' queries). */
export async function findGroupIdsOfUser(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .select({ groupId: memberships.groupId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return rows.map((r) => r.groupId);
}

export async function insertMembership(
  db: Executor,
  values: Pick<typeof memberships.$inferInsert, 'groupId' | 'userId' | 'role' | 'createdBy'>,
): Promise<MembershipRow> {
  const [row] = await db.insert(memberships).values(values).returning();
  if (!row) throw new Error('insert memberships returned no row');
  return row;
}

export async function updateMembershipRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<Pick<MembershipRow, 'role'>>,
): Promise<MembershipRow> {
  return updateVersioned(db, memberships, id, expectedVersion, values);
}

/** Deletes the membership while it still has `expectedVersion`; a row that moved on is a VERSION_CONFLICT. */
export async function deleteMembership(db: Executor, id: string, expectedVersion: number): Promise<void> {
  const deleted = await db
    .delete(memberships)
    .where(and(eq(memberships.id, id), eq(memberships.version, expectedVersion)))
    .returning({ id: memberships.id });
  if (deleted.length === 0) throw new DomainError('VERSION_CONFLICT');
}

export async function findMemberOrganisationIds(db: Executor, groupId: string): Promise<string[]> {
  const rows = await db
    .select({ organisationId: users.organisationId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.groupId, groupId));
  return rows.map((r) => r.organisationId);
}
