import { and, asc, eq, gt, or } from 'drizzle-orm';
import { decodeCursor, toPage, type GroupRole, type Page } from '@srw/domain';
import type { Executor } from '../client';
import { memberships, organisations, users } from '../schema';

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
  const cursor = decodeCursor(query.cursor);
  const rows = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(memberships.groupId, query.groupId),
        cursor ? or(gt(users.name, cursor.key), and(eq(users.name, cursor.key), gt(memberships.id, cursor.id))) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(memberships.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => ({ key: row.name, id: row.membershipId }));
}

/** Roles of all members, locked for the rest of the transaction (last-chair checks). */
export async function lockMemberRoles(db: Executor, groupId: string) {
  const rows = await db
    .select({ membershipId: memberships.id, role: memberships.role, userId: memberships.userId, version: memberships.version })
    .from(memberships)
    .where(eq(memberships.groupId, groupId))
    .for('update');
  return rows;
}

export async function findMembershipById(db: Executor, id: string) {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
  return row ?? null;
}

export async function findMemberOrganisationIds(db: Executor, groupId: string): Promise<string[]> {
  const rows = await db
    .select({ organisationId: users.organisationId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.groupId, groupId));
  return rows.map((r) => r.organisationId);
}
