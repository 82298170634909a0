import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { glossaryApprovals, organisations, users } from '../schema';
import { preparedPerDatabase } from './prepared';

export interface GlossaryApprovalView {
  id: string;
  revision: number;
  termVersion: number;
  organisationId: string;
  organisationCode: string;
  userId: string | null;
  userName: string | null;
  approvedAt: Date;
}

/** Every approval ever given, newest first (the history of who approved what). */
const approvalsStatement = preparedPerDatabase((db, name) =>
  db
    .select({
      id: glossaryApprovals.id,
      revision: glossaryApprovals.revision,
      termVersion: glossaryApprovals.termVersion,
      organisationId: glossaryApprovals.organisationId,
      organisationCode: organisations.code,
      userId: glossaryApprovals.userId,
      userName: users.name,
      approvedAt: glossaryApprovals.approvedAt,
    })
    .from(glossaryApprovals)
    .innerJoin(organisations, eq(organisations.id, glossaryApprovals.organisationId))
    .leftJoin(users, eq(users.id, glossaryApprovals.userId))
    .where(eq(glossaryApprovals.termId, sql.placeholder('termId')))
    .orderBy(desc(glossaryApprovals.approvedAt), desc(glossaryApprovals.id))
    .prepare(name),
);

/** Every approval of a term, the newest first (prepared: the term's page shows them). */
export async function findGlossaryApprovals(db: Executor, termId: string): Promise<GlossaryApprovalView[]> {
  return approvalsStatement(db, 'glossary_approvals', undefined).execute({ termId });
}

export async function insertGlossaryApproval(
  db: Executor,
  values: { termId: string; revision: number; termVersion: number; organisationId: string; userId: string },
) {
  const [row] = await db.insert(glossaryApprovals).values(values).returning();
  if (!row) throw new Error('insert glossary_approvals returned no row');
  return row;
}
