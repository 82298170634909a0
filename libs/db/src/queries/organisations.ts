import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { organisations, type OrganisationRow } from '../schema';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

export async function listOrganisations(db: Executor) {
  return db
    .select({
      id: organisations.id,
      code: organisations.code,
      name: organisations.name,
      parentId: organisations.parentId,
      active: organisations.active,
      version: organisations.version,
      userCount: sql<number>`(select count(*)::int from users u where u.organisation_id = organisations.id)`,
    })
    .from(organisations)
    .orderBy(asc(organisations.name));
}

export async function findOrganisationById(
  db: Executor,
  id: string,
  options: FindOptions = {},
): Promise<OrganisationRow | null> {
  return findRowById(db, organisations, id, options);
}

export async function findOrganisationByCode(db: Executor, code: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.code, code));
  return row ?? null;
}

/** How many of `ids` name an organisation: the caller compares with `ids.length`. */
export async function countExistingOrganisations(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
  return row?.n ?? 0;
}

export async function insertOrganisation(
  db: Executor,
  values: Pick<typeof organisations.$inferInsert, 'code' | 'name' | 'parentId' | 'createdBy'>,
): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(values).returning();
  if (!row) throw new Error('insert organisations returned no row');
  return row;
}

export async function updateOrganisationRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<Pick<OrganisationRow, 'name'>>,
): Promise<OrganisationRow> {
  return updateVersioned(db, organisations, id, expectedVersion, values);
}
