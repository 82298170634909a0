import { and, asc, eq, gt, ilike, or, sql } from 'drizzle-orm';
import { decodeCursor, toPage, type GlobalRole, type Page } from '@srw/domain';
import type { Executor } from '../client';
import { findRowById, updateVersioned, type FindOptions } from './versioned';
import { accounts, organisations, sessions, users, type UserRow } from '../schema';

export interface UserView {
  id: string;
  name: string;
  email: string;
  organisationId: string;
  organisationCode: string;
  organisationName: string;
  globalRole: GlobalRole;
  active: boolean;
  twoFactorEnabled: boolean;
  version: number;
  createdAt: Date;
}

const userViewColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  organisationId: users.organisationId,
  organisationCode: organisations.code,
  organisationName: organisations.name,
  globalRole: users.globalRole,
  active: users.active,
  twoFactorEnabled: users.twoFactorEnabled,
  version: users.version,
  createdAt: users.createdAt,
};

export async function findUserView(db: Executor, id: string): Promise<UserView | null> {
  const [row] = await db
    .select(userViewColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, id));
  return row ?? null;
}

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row ?? null;
}

export async function findUser(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, users, id, options);
}

export async function updateUserRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<Pick<UserRow, 'name' | 'organisationId' | 'globalRole' | 'active'>>,
): Promise<UserRow> {
  return updateVersioned(db, users, id, expectedVersion, values);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export interface UserListQuery {
  search?: string | undefined;
  organisationId?: string | undefined;
  organisationIds?: readonly string[] | undefined;
  includeInactive: boolean;
  excludeGroupId?: string | undefined;
  cursor?: string | null | undefined;
  limit: number;
}

/** Sorted by name, keyset on (name, id). */
export async function listUsers(db: Executor, query: UserListQuery): Promise<Page<UserView>> {
  const cursor = decodeCursor(query.cursor, 'text');
  const term = query.search ? `%${escapeLike(query.search)}%` : null;
  const conditions = [
    term ? or(ilike(users.name, term), ilike(users.email, term)) : undefined,
    query.organisationId ? eq(users.organisationId, query.organisationId) : undefined,
    query.organisationIds
      ? sql`${users.organisationId} in ${query.organisationIds.length ? query.organisationIds : [null]}`
      : undefined,
    query.includeInactive ? undefined : eq(users.active, true),
    query.excludeGroupId
      ? sql`not exists (select 1 from memberships m where m.user_id = ${users.id} and m.group_id = ${query.excludeGroupId})`
      : undefined,
    cursor ? or(gt(users.name, cursor.key), and(eq(users.name, cursor.key), gt(users.id, cursor.id))) : undefined,
  ];
  const rows = await db
    .select(userViewColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(...conditions))
    .orderBy(asc(users.name), asc(users.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => ({ key: row.name, id: row.id }));
}

export async function insertUserWithPassword(
  db: Executor,
  values: {
    name: string;
    email: string;
    organisationId: string;
    globalRole: GlobalRole;
    passwordHash: string;
    createdBy: string | null;
  },
) {
  const [user] = await db
    .insert(users)
    .values({
      name: values.name,
      email: values.email,
      organisationId: values.organisationId,
      globalRole: values.globalRole,
      emailVerified: true,
      createdBy: values.createdBy,
    })
    .returning();
  if (!user) throw new Error('insert users returned no row');
  await db
    .insert(accounts)
    .values({ accountId: user.id, providerId: 'credential', userId: user.id, password: values.passwordHash });
  return user;
}

/** Deactivation ends every session of the user at once. */
export async function deleteSessionsOfUser(db: Executor, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}
