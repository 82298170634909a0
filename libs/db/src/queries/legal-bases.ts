import { asc, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { legalBases, type LegalBasisRow } from '../schema';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

/** The catalogue with, per basis, how many decisions cite it. */
export async function listLegalBasesWithUsage(db: Executor) {
  return db
    .select({
      id: legalBases.id,
      code: legalBases.code,
      law: legalBases.law,
      article: legalBases.article,
      title: legalBases.title,
      note: legalBases.note,
      url: legalBases.url,
      versionDate: legalBases.versionDate,
      changedAt: legalBases.changedAt,
      changeNote: legalBases.changeNote,
      version: legalBases.version,
      citedBy: sql<number>`(select count(*)::int from decision_legal_bases dlb where dlb.legal_basis_id = legal_bases.id)`,
    })
    .from(legalBases)
    .orderBy(asc(legalBases.code));
}

export async function findLegalBasis(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, legalBases, id, options);
}

export async function insertLegalBasis(db: Executor, values: typeof legalBases.$inferInsert): Promise<LegalBasisRow> {
  const [row] = await db.insert(legalBases).values(values).returning();
  if (!row) throw new Error('insert legal_bases returned no row');
  return row;
}

export async function updateLegalBasisRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<
    Pick<LegalBasisRow, 'law' | 'article' | 'title' | 'note' | 'url' | 'versionDate' | 'changedAt' | 'changeNote'>
  >,
): Promise<LegalBasisRow> {
  return updateVersioned(db, legalBases, id, expectedVersion, values);
}

/** How many of the ids name a legal basis: a decision or scenario may cite only existing ones. */
export async function countLegalBasesByIds(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(legalBases)
    .where(inArray(legalBases.id, [...ids]));
  return row?.n ?? 0;
}
