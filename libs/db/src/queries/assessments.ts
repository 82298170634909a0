import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AssessmentScore } from '@srw/domain';
import type { Executor } from '../client';
import {
  conditionAssessmentContributions,
  conditionAssessmentScores,
  conditionAssessments,
  conditionNodes,
  organisations,
  users,
  type ConditionAssessmentRow,
} from '../schema';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

export interface AssessmentSummary {
  id: string;
  groupId: string;
  assessedOn: string;
  note: string;
  version: number;
  createdAt: Date;
  createdByName: string | null;
  scoredCount: number;
  notApplicableCount: number;
}

/** A group's assessments, newest first. */
export async function listAssessments(db: Executor, groupId: string): Promise<AssessmentSummary[]> {
  return db
    .select({
      id: conditionAssessments.id,
      groupId: conditionAssessments.groupId,
      assessedOn: conditionAssessments.assessedOn,
      note: conditionAssessments.note,
      version: conditionAssessments.version,
      createdAt: conditionAssessments.createdAt,
      createdByName: users.name,
      scoredCount: sql<number>`(select count(distinct s.condition_id)::int from condition_assessment_scores s where s.assessment_id = condition_assessments.id and s.score is not null)`,
      notApplicableCount: sql<number>`(select count(distinct s.condition_id)::int from condition_assessment_scores s where s.assessment_id = condition_assessments.id and s.score is null)`,
    })
    .from(conditionAssessments)
    .leftJoin(users, eq(users.id, conditionAssessments.createdBy))
    .where(eq(conditionAssessments.groupId, groupId))
    .orderBy(desc(conditionAssessments.assessedOn), desc(conditionAssessments.createdAt));
}

export async function findAssessment(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, conditionAssessments, id, options);
}

type AssessmentValues = Pick<ConditionAssessmentRow, 'assessedOn' | 'note'>;

export async function insertAssessment(
  db: Executor,
  values: AssessmentValues & { groupId: string; createdBy: string },
): Promise<ConditionAssessmentRow> {
  const [row] = await db.insert(conditionAssessments).values(values).returning();
  if (!row) throw new Error('insert condition_assessments returned no row');
  return row;
}

export async function updateAssessmentRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: AssessmentValues,
): Promise<ConditionAssessmentRow> {
  return updateVersioned(db, conditionAssessments, id, expectedVersion, values);
}

/** Removes the assessment and, by cascade, its scores. */
export async function deleteAssessmentRow(db: Executor, id: string): Promise<void> {
  await db.delete(conditionAssessments).where(eq(conditionAssessments.id, id));
}

export interface AssessmentScoreView {
  assessmentId: string;
  organisationId: string;
  conditionId: string;
  score: AssessmentScore;
  evidence: string;
}

export async function findAssessmentScores(
  db: Executor,
  assessmentIds: readonly string[],
): Promise<AssessmentScoreView[]> {
  if (assessmentIds.length === 0) return [];
  const rows = await db
    .select({
      assessmentId: conditionAssessmentScores.assessmentId,
      organisationId: conditionAssessmentScores.organisationId,
      conditionId: conditionAssessmentScores.conditionId,
      score: conditionAssessmentScores.score,
      evidence: conditionAssessmentScores.evidence,
    })
    .from(conditionAssessmentScores)
    .innerJoin(conditionNodes, eq(conditionNodes.id, conditionAssessmentScores.conditionId))
    .where(inArray(conditionAssessmentScores.assessmentId, [...assessmentIds]))
    .orderBy(asc(conditionNodes.sortOrder), asc(conditionAssessmentScores.organisationId));
  return rows;
}

/** Replaces one organisation's scores in a round; the other organisations' scores stay. */
export async function replaceAssessmentScores(
  db: Executor,
  assessmentId: string,
  organisationId: string,
  scores: readonly { conditionId: string; score: AssessmentScore; evidence: string }[],
) {
  await db
    .delete(conditionAssessmentScores)
    .where(
      and(
        eq(conditionAssessmentScores.assessmentId, assessmentId),
        eq(conditionAssessmentScores.organisationId, organisationId),
      ),
    );
  if (scores.length > 0) {
    await db.insert(conditionAssessmentScores).values(
      scores.map((s) => ({
        assessmentId,
        organisationId,
        conditionId: s.conditionId,
        score: s.score,
        evidence: s.evidence,
      })),
    );
  }
}

/** Records who (last) scored a round for an organisation, and the break-glass reason if any. */
export async function upsertAssessmentContribution(
  db: Executor,
  values: { assessmentId: string; organisationId: string; scoredBy: string; breakGlassReason: string; scoredAt?: Date },
): Promise<void> {
  await db
    .insert(conditionAssessmentContributions)
    .values(values)
    .onConflictDoUpdate({
      target: [conditionAssessmentContributions.assessmentId, conditionAssessmentContributions.organisationId],
      set: {
        scoredBy: values.scoredBy,
        breakGlassReason: values.breakGlassReason,
        scoredAt: values.scoredAt ?? sql`now()`,
      },
    });
}

export interface AssessmentContributionView {
  assessmentId: string;
  organisationId: string;
  organisationName: string;
  scoredByName: string | null;
  scoredAt: Date;
  breakGlassReason: string;
}

/** Which organisations scored each of the rounds, by whom and when. */
export async function findAssessmentContributions(
  db: Executor,
  assessmentIds: readonly string[],
): Promise<AssessmentContributionView[]> {
  if (assessmentIds.length === 0) return [];
  return db
    .select({
      assessmentId: conditionAssessmentContributions.assessmentId,
      organisationId: conditionAssessmentContributions.organisationId,
      organisationName: organisations.name,
      scoredByName: users.name,
      scoredAt: conditionAssessmentContributions.scoredAt,
      breakGlassReason: conditionAssessmentContributions.breakGlassReason,
    })
    .from(conditionAssessmentContributions)
    .innerJoin(organisations, eq(organisations.id, conditionAssessmentContributions.organisationId))
    .leftJoin(users, eq(users.id, conditionAssessmentContributions.scoredBy))
    .where(inArray(conditionAssessmentContributions.assessmentId, [...assessmentIds]))
    .orderBy(asc(organisations.name));
}

/** The ids of every indicator of the conditions model. */
export async function findIndicatorIds(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ id: conditionNodes.id })
    .from(conditionNodes)
    .where(eq(conditionNodes.kind, 'indicator'))
    .orderBy(asc(conditionNodes.sortOrder));
  return rows.map((r) => r.id);
}

export async function listConditionNodeRefs(db: Executor) {
  return db
    .select({
      id: conditionNodes.id,
      parentId: conditionNodes.parentId,
      kind: conditionNodes.kind,
      labelNl: conditionNodes.labelNl,
      labelEn: conditionNodes.labelEn,
    })
    .from(conditionNodes)
    .orderBy(asc(conditionNodes.sortOrder));
}
