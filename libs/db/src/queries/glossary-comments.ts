import { asc, eq, sql } from 'drizzle-orm';
import type { Classification, DecisionStatus, GlossaryCommentKind, GlossaryCommentStatus } from '@srw/domain';
import type { Executor } from '../client';
import { decisions, glossaryComments, glossaryTerms, organisations, users } from '../schema';
import { preparedPerDatabase } from './prepared';
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
  /** The concept decision this comment was escalated into, if any. */
  decision: { id: string; question: string; status: DecisionStatus } | null;
}

const commentsStatement = preparedPerDatabase((db, name) =>
  db
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
      decisionId: decisions.id,
      decisionQuestion: decisions.question,
      decisionStatus: decisions.status,
    })
    .from(glossaryComments)
    .leftJoin(users, eq(users.id, glossaryComments.authorId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(decisions, eq(decisions.id, glossaryComments.decisionId))
    .where(eq(glossaryComments.termId, sql.placeholder('termId')))
    .orderBy(asc(glossaryComments.createdAt), asc(glossaryComments.id))
    .prepare(name),
);

/** A term's comments, oldest first (prepared: the term's page shows them). */
export async function listGlossaryComments(db: Executor, termId: string): Promise<GlossaryCommentView[]> {
  return commentsStatement(db, 'glossary_comments', undefined)
    .execute({ termId })
    .then((rows) =>
      rows.map(({ decisionId, decisionQuestion, decisionStatus, ...row }) => ({
        ...row,
        decision:
          decisionId && decisionQuestion !== null && decisionStatus !== null
            ? { id: decisionId, question: decisionQuestion, status: decisionStatus }
            : null,
      })),
    );
}

/** Links a comment to the concept decision it was escalated into. */
export async function setGlossaryCommentDecision(db: Executor, id: string, decisionId: string) {
  const [row] = await db
    .update(glossaryComments)
    .set({ decisionId, updatedAt: new Date() })
    .where(eq(glossaryComments.id, id))
    .returning();
  return row ?? null;
}

/** The glossary disputes a decision grew out of: the comment and its term (for the link back). */
export async function findGlossaryEscalationsOfDecision(
  db: Executor,
  decisionId: string,
): Promise<{ commentId: string; termId: string; prefLabel: string; classification: Classification }[]> {
  return db
    .select({
      commentId: glossaryComments.id,
      termId: glossaryTerms.id,
      prefLabel: glossaryTerms.prefLabel,
      classification: glossaryTerms.classification,
    })
    .from(glossaryComments)
    .innerJoin(glossaryTerms, eq(glossaryTerms.id, glossaryComments.termId))
    .where(eq(glossaryComments.decisionId, decisionId))
    .orderBy(asc(glossaryTerms.labelKey));
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
