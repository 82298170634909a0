import { asc, eq, sql } from 'drizzle-orm';
import type { GlossaryCommentKind, GlossaryCommentStatus } from '@srw/domain';
import type { Executor } from '../client';
import { glossaryComments, organisations, users } from '../schema';
import { findRowById, type FindOptions } from './versioned';

export interface GlossaryCommentView {
  id: string;
  termId: string;
  kind: GlossaryCommentKind;
  body: string;
  status: GlossaryCommentStatus;
  authorId: string | null;
  authorName: string | null;
  authorOrganisationCode: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedByName: string | null;
}

export async function listGlossaryComments(db: Executor, termId: string): Promise<GlossaryCommentView[]> {
  return db
    .select({
      id: glossaryComments.id,
      termId: glossaryComments.termId,
      kind: glossaryComments.kind,
      body: glossaryComments.body,
      status: glossaryComments.status,
      authorId: glossaryComments.authorId,
      authorName: users.name,
      authorOrganisationCode: organisations.code,
      createdAt: glossaryComments.createdAt,
      resolvedAt: glossaryComments.resolvedAt,
      resolvedByName: sql<string | null>`(select r.name from users r where r.id = glossary_comments.resolved_by)`,
    })
    .from(glossaryComments)
    .leftJoin(users, eq(users.id, glossaryComments.authorId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(glossaryComments.termId, termId))
    .orderBy(asc(glossaryComments.createdAt), asc(glossaryComments.id));
}

export async function insertGlossaryComment(
  db: Executor,
  values: { termId: string; authorId: string; kind: GlossaryCommentKind; body: string },
) {
  const [row] = await db.insert(glossaryComments).values(values).returning();
  if (!row) throw new Error('insert glossary_comments returned no row');
  return row;
}

export async function findGlossaryComment(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, glossaryComments, id, options);
}

export async function resolveGlossaryComment(
  db: Executor,
  id: string,
  status: GlossaryCommentStatus,
  resolvedBy: string,
) {
  const [row] = await db
    .update(glossaryComments)
    .set({ status, resolvedBy, resolvedAt: new Date(), updatedAt: new Date() })
    .where(eq(glossaryComments.id, id))
    .returning();
  return row ?? null;
}
