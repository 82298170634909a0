import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { organisations } from '../schema';

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

export async function findOrganisationById(db: Executor, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

export async function findOrganisationByCode(db: Executor, code: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.code, code));
  return row ?? null;
}

export async function findOrganisationForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).for('update');
  return row ?? null;
}
