import { and, asc, desc, eq, gt, ilike, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import {
  decodeCursor,
  toPage,
  type Classification,
  type DecisionFilters,
  type DecisionStatus,
  type GroupRole,
  type Page,
  type SharingRuleInput,
} from '@srw/domain';
import type { Executor } from '../client';
import {
  assistanceConditions,
  cooperationLevels,
  decisionLegalBases,
  decisionOrganisations,
  decisionSharingRules,
  decisionSignOffs,
  decisions,
  decisionTestLinks,
  exercises,
  legalBases,
  memberships,
  organisations,
  scenarios,
  users,
  workingGroups,
} from '../schema';

/** Who reads: members see their groups' drafts; management and admins every draft. */
export interface DecisionReader {
  userId: string;
  readsAllDrafts: boolean;
  /** The markings this deployment may show (up to its ceiling). */
  classifications: readonly Classification[];
}

/**
 * Visible: public decisions (vastgesteld, vervangen, or withdrawn after being
 * vastgesteld) for everyone; drafts for their group, or all for management/admin.
 * Mirrors `canReadDecision` in the domain. Names the table explicitly because it
 * is also used inside correlated subqueries.
 */
function readableBy(reader: DecisionReader): SQL | undefined {
  const isPublic = sql`(decisions.status in ('vastgesteld', 'vervangen') or (decisions.status = 'ingetrokken' and decisions.published_at is not null))`;
  const marking = inArray(decisions.classification, [...reader.classifications]);
  if (reader.readsAllDrafts) return marking;
  return and(
    marking,
    or(isPublic, sql`exists (select 1 from memberships m where m.group_id = decisions.group_id and m.user_id = ${reader.userId})`),
  );
}

function filtersOf(filters: DecisionFilters): (SQL | undefined)[] {
  return [
    filters.groupId ? eq(decisions.groupId, filters.groupId) : undefined,
    filters.outcome ? eq(decisions.outcome, filters.outcome) : undefined,
    filters.status ? eq(decisions.status, filters.status) : undefined,
    filters.cooperationLevel ? eq(decisions.cooperationLevel, filters.cooperationLevel) : undefined,
    filters.tag ? sql`${filters.tag} = any(decisions.tags)` : undefined,
    filters.legalBasisId
      ? sql`exists (select 1 from decision_legal_bases dlb where dlb.decision_id = decisions.id and dlb.legal_basis_id = ${filters.legalBasisId})`
      : undefined,
    filters.reviewNeeded === true ? isNotNull(decisions.reviewNeededAt) : undefined,
    filters.reviewNeeded === false ? sql`decisions.review_needed_at is null` : undefined,
  ];
}

export interface LegalBasisRef {
  id: string;
  code: string;
  title: string;
}

export interface DecisionSummary {
  id: string;
  groupId: string;
  groupName: string;
  question: string;
  context: string;
  topic: string;
  tags: string[];
  cooperationLevel: string;
  outcome: (typeof decisions.$inferSelect)['outcome'];
  conditions: (typeof decisions.$inferSelect)['conditions'];
  status: DecisionStatus;
  classification: Classification;
  decisionLevel: (typeof decisions.$inferSelect)['decisionLevel'];
  decidedBy: string;
  decisionDate: string | null;
  reviewDate: string | null;
  reviewNeededAt: Date | null;
  supersedesId: string | null;
  supersededById: string | null;
  createdAt: Date;
  updatedAt: Date;
  statusChangedAt: Date;
  legalBases: LegalBasisRef[];
}

// Correlated subqueries name `decisions` explicitly (Drizzle renders bare columns in select fields).
const summaryColumns = {
  id: decisions.id,
  groupId: decisions.groupId,
  groupName: workingGroups.name,
  question: decisions.question,
  context: decisions.context,
  topic: decisions.topic,
  tags: decisions.tags,
  cooperationLevel: decisions.cooperationLevel,
  outcome: decisions.outcome,
  conditions: decisions.conditions,
  status: decisions.status,
  classification: decisions.classification,
  decisionLevel: decisions.decisionLevel,
  decidedBy: decisions.decidedBy,
  decisionDate: decisions.decisionDate,
  reviewDate: decisions.reviewDate,
  reviewNeededAt: decisions.reviewNeededAt,
  supersedesId: decisions.supersedesId,
  supersededById: decisions.supersededById,
  createdAt: decisions.createdAt,
  updatedAt: decisions.updatedAt,
  statusChangedAt: decisions.statusChangedAt,
  legalBases: sql<LegalBasisRef[]>`coalesce((select json_agg(json_build_object('id', lb.id, 'code', lb.code, 'title', lb.title) order by lb.code) from decision_legal_bases dlb join legal_bases lb on lb.id = dlb.legal_basis_id where dlb.decision_id = decisions.id), '[]'::json)`,
};

export interface DecisionListQuery {
  reader: DecisionReader;
  filters: DecisionFilters;
  cursor?: string | null | undefined;
  limit: number;
}

/** Readable decisions by question; keyset on (question, id). */
export async function listDecisions(db: Executor, query: DecisionListQuery): Promise<Page<DecisionSummary>> {
  const cursor = decodeCursor(query.cursor);
  const rows = await db
    .select(summaryColumns)
    .from(decisions)
    .innerJoin(workingGroups, eq(workingGroups.id, decisions.groupId))
    .where(
      and(
        readableBy(query.reader),
        ...filtersOf(query.filters),
        cursor ? or(gt(decisions.question, cursor.key), and(eq(decisions.question, cursor.key), gt(decisions.id, cursor.id))) : undefined,
      ),
    )
    .orderBy(asc(decisions.question), asc(decisions.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => ({ key: row.question, id: row.id }));
}

/** The whole readable framework in document order: cooperation level, topic, question. */
export async function listDecisionsForOverview(
  db: Executor,
  query: { reader: DecisionReader; filters: DecisionFilters; limit: number },
): Promise<DecisionSummary[]> {
  return db
    .select(summaryColumns)
    .from(decisions)
    .innerJoin(workingGroups, eq(workingGroups.id, decisions.groupId))
    .innerJoin(cooperationLevels, eq(cooperationLevels.code, decisions.cooperationLevel))
    .where(and(readableBy(query.reader), ...filtersOf(query.filters)))
    .orderBy(asc(cooperationLevels.sortOrder), asc(decisions.topic), asc(decisions.question), asc(decisions.id))
    .limit(query.limit);
}

/** Distinct tags of readable decisions, for the overview filter. */
export async function listDecisionTags(db: Executor, reader: DecisionReader): Promise<string[]> {
  const rows = await db
    .selectDistinct({ tag: sql<string>`unnest(decisions.tags)` })
    .from(decisions)
    .where(readableBy(reader));
  return rows.map((row) => row.tag).sort((a, b) => a.localeCompare(b, 'nl'));
}

/** The working groups of readable decisions, for the overview filter. */
export async function listDecisionGroups(db: Executor, reader: DecisionReader): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .selectDistinct({ id: workingGroups.id, name: workingGroups.name })
    .from(decisions)
    .innerJoin(workingGroups, eq(workingGroups.id, decisions.groupId))
    .where(readableBy(reader));
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export async function findDecision(db: Executor, id: string) {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
  return row ?? null;
}

export async function findDecisionForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id)).for('update');
  return row ?? null;
}

export async function findDecisionOrganisations(db: Executor, decisionId: string) {
  return db
    .select({ id: organisations.id, code: organisations.code, name: organisations.name })
    .from(decisionOrganisations)
    .innerJoin(organisations, eq(organisations.id, decisionOrganisations.organisationId))
    .where(eq(decisionOrganisations.decisionId, decisionId))
    .orderBy(asc(organisations.code));
}

export async function findDecisionLegalBases(db: Executor, decisionId: string) {
  return db
    .select({
      id: legalBases.id,
      code: legalBases.code,
      law: legalBases.law,
      article: legalBases.article,
      title: legalBases.title,
      url: legalBases.url,
      versionDate: legalBases.versionDate,
      changedAt: legalBases.changedAt,
      changeNote: legalBases.changeNote,
    })
    .from(decisionLegalBases)
    .innerJoin(legalBases, eq(legalBases.id, decisionLegalBases.legalBasisId))
    .where(eq(decisionLegalBases.decisionId, decisionId))
    .orderBy(asc(legalBases.code));
}

export interface SharingRuleView extends SharingRuleInput {
  fromOrganisationCode: string;
  toOrganisationCode: string;
}

export async function findDecisionSharingRules(db: Executor, decisionId: string): Promise<SharingRuleView[]> {
  return db
    .select({
      dataCategory: decisionSharingRules.dataCategory,
      fromOrganisationId: decisionSharingRules.fromOrganisationId,
      fromOrganisationCode: sql<string>`(select o.code from organisations o where o.id = decision_sharing_rules.from_organisation_id)`,
      toOrganisationId: decisionSharingRules.toOrganisationId,
      toOrganisationCode: sql<string>`(select o.code from organisations o where o.id = decision_sharing_rules.to_organisation_id)`,
      legalGround: decisionSharingRules.legalGround,
      conditions: decisionSharingRules.conditions,
      consentFrom: decisionSharingRules.consentFrom,
      verdict: decisionSharingRules.verdict,
    })
    .from(decisionSharingRules)
    .where(eq(decisionSharingRules.decisionId, decisionId))
    .orderBy(asc(decisionSharingRules.position));
}

export async function findDecisionSignOffs(db: Executor, decisionId: string) {
  return db
    .select({
      organisationId: decisionSignOffs.organisationId,
      organisationCode: organisations.code,
      userId: decisionSignOffs.userId,
      userName: users.name,
      signedAt: decisionSignOffs.signedAt,
    })
    .from(decisionSignOffs)
    .innerJoin(organisations, eq(organisations.id, decisionSignOffs.organisationId))
    .leftJoin(users, eq(users.id, decisionSignOffs.userId))
    .where(eq(decisionSignOffs.decisionId, decisionId))
    .orderBy(asc(organisations.code));
}

/** The ruling as stored: what sign-off covers (see `isMaterialChange`). */
export async function findDecisionRulingParts(db: Executor, decisionId: string) {
  const [organisationRows, basisRows, sharingRows] = await Promise.all([
    db.select({ id: decisionOrganisations.organisationId }).from(decisionOrganisations).where(eq(decisionOrganisations.decisionId, decisionId)),
    db.select({ id: decisionLegalBases.legalBasisId }).from(decisionLegalBases).where(eq(decisionLegalBases.decisionId, decisionId)),
    findDecisionSharingRules(db, decisionId),
  ]);
  return {
    organisationIds: organisationRows.map((row) => row.id),
    legalBasisIds: basisRows.map((row) => row.id),
    sharingRules: sharingRows.map(
      ({ dataCategory, fromOrganisationId, toOrganisationId, legalGround, conditions, consentFrom, verdict }): SharingRuleInput => ({
        dataCategory,
        fromOrganisationId,
        toOrganisationId,
        legalGround,
        conditions,
        consentFrom,
        verdict,
      }),
    ),
  };
}

export async function replaceDecisionOrganisations(db: Executor, decisionId: string, organisationIds: readonly string[]) {
  await db.delete(decisionOrganisations).where(eq(decisionOrganisations.decisionId, decisionId));
  if (organisationIds.length > 0) {
    await db.insert(decisionOrganisations).values(organisationIds.map((organisationId) => ({ decisionId, organisationId })));
  }
}

export async function replaceDecisionLegalBases(db: Executor, decisionId: string, legalBasisIds: readonly string[]) {
  await db.delete(decisionLegalBases).where(eq(decisionLegalBases.decisionId, decisionId));
  if (legalBasisIds.length > 0) {
    await db.insert(decisionLegalBases).values(legalBasisIds.map((legalBasisId) => ({ decisionId, legalBasisId })));
  }
}

export async function replaceDecisionSharingRules(db: Executor, decisionId: string, rules: readonly SharingRuleInput[]) {
  await db.delete(decisionSharingRules).where(eq(decisionSharingRules.decisionId, decisionId));
  if (rules.length > 0) {
    await db.insert(decisionSharingRules).values(rules.map((rule, position) => ({ ...rule, decisionId, position })));
  }
}

export async function insertDecisionSignOff(db: Executor, values: { decisionId: string; organisationId: string; userId: string }) {
  await db.insert(decisionSignOffs).values(values);
}

export async function deleteDecisionSignOffs(db: Executor, decisionId: string): Promise<number> {
  const rows = await db.delete(decisionSignOffs).where(eq(decisionSignOffs.decisionId, decisionId)).returning({ id: decisionSignOffs.id });
  return rows.length;
}

export async function countLegalBasesByIds(db: Executor, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(legalBases).where(inArray(legalBases.id, [...ids]));
  return row?.n ?? 0;
}

export async function cooperationLevelExists(db: Executor, code: string): Promise<boolean> {
  const [row] = await db.select({ code: cooperationLevels.code }).from(cooperationLevels).where(eq(cooperationLevels.code, code));
  return row !== undefined;
}

/** A decision's neighbours in the supersede chain, for display. */
export async function findDecisionHeadlines(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: decisions.id, question: decisions.question, status: decisions.status, outcome: decisions.outcome, publishedAt: decisions.publishedAt, groupId: decisions.groupId })
    .from(decisions)
    .where(inArray(decisions.id, [...ids]));
}

// --- Review flagging --------------------------------------------------------

export async function findDecisionsCitingBasis(db: Executor, legalBasisId: string) {
  return db
    .select({ id: decisions.id, status: decisions.status, groupId: decisions.groupId })
    .from(decisions)
    .innerJoin(decisionLegalBases, eq(decisionLegalBases.decisionId, decisions.id))
    .where(eq(decisionLegalBases.legalBasisId, legalBasisId));
}

/** Flags decisions for review; keeps an earlier flag's date so the oldest pending review shows. */
export async function flagDecisionsForReview(db: Executor, ids: readonly string[], reason: string, at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(decisions)
    .set({ reviewNeededAt: sql`coalesce(${decisions.reviewNeededAt}, ${at.toISOString()}::timestamptz)`, reviewReason: reason })
    .where(inArray(decisions.id, [...ids]));
}

// --- Legal-basis catalogue --------------------------------------------------

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

export async function findLegalBasisForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(legalBases).where(eq(legalBases.id, id)).for('update');
  return row ?? null;
}

// --- Test links (scenarios / exercises) ---------------------------------------

export async function insertDecisionTestLink(db: Executor, values: typeof decisionTestLinks.$inferInsert) {
  const [row] = await db.insert(decisionTestLinks).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Test links of one decision, or of one scenario/exercise (for the scenarios module). */
export async function listDecisionTestLinks(
  db: Executor,
  by: { decisionId?: string; scenarioId?: string; exerciseId?: string },
) {
  return db
    .select()
    .from(decisionTestLinks)
    .where(
      and(
        by.decisionId ? eq(decisionTestLinks.decisionId, by.decisionId) : undefined,
        by.scenarioId ? eq(decisionTestLinks.scenarioId, by.scenarioId) : undefined,
        by.exerciseId ? eq(decisionTestLinks.exerciseId, by.exerciseId) : undefined,
      ),
    )
    .orderBy(asc(decisionTestLinks.createdAt), asc(decisionTestLinks.id));
}

export async function findDecisionTestLinkForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(decisionTestLinks).where(eq(decisionTestLinks.id, id)).for('update');
  return row ?? null;
}

export async function deleteDecisionTestLink(db: Executor, id: string): Promise<void> {
  await db.delete(decisionTestLinks).where(eq(decisionTestLinks.id, id));
}

/** Whose scenarios and exercises a caller sees: their own groups', or every group's (management/admin). */
export interface TestTargetScope {
  userId: string;
  allGroups: boolean;
}

function groupVisible(scope: TestTargetScope, groupIdColumn: SQL): SQL | undefined {
  return scope.allGroups ? undefined : sql`exists (select 1 from memberships m where m.group_id = ${groupIdColumn} and m.user_id = ${scope.userId})`;
}

/**
 * A decision's test links with the scenario or exercise they name, limited to
 * those the caller can see. A link whose scenario/exercise is gone is kept
 * (without a title) so its group can still remove it.
 */
export async function listDecisionTestLinksWithTargets(db: Executor, decisionId: string, scope: TestTargetScope) {
  const targetGroupId = sql<string | null>`coalesce(${scenarios.groupId}, ${exercises.groupId})`;
  const rows = await db
    .select({
      id: decisionTestLinks.id,
      version: decisionTestLinks.version,
      scenarioId: decisionTestLinks.scenarioId,
      exerciseId: decisionTestLinks.exerciseId,
      result: decisionTestLinks.result,
      note: decisionTestLinks.note,
      testedOn: decisionTestLinks.testedOn,
      createdAt: decisionTestLinks.createdAt,
      targetTitle: sql<string | null>`coalesce(${scenarios.title}, ${exercises.title})`,
      targetGroupId,
      targetGroupName: workingGroups.name,
      targetGroupStatus: workingGroups.status,
    })
    .from(decisionTestLinks)
    .leftJoin(scenarios, eq(scenarios.id, decisionTestLinks.scenarioId))
    .leftJoin(exercises, eq(exercises.id, decisionTestLinks.exerciseId))
    .leftJoin(workingGroups, sql`${workingGroups.id} = coalesce(${scenarios.groupId}, ${exercises.groupId})`)
    .where(
      and(
        eq(decisionTestLinks.decisionId, decisionId),
        scope.allGroups ? undefined : or(sql`coalesce(${scenarios.groupId}, ${exercises.groupId}) is null`, groupVisible(scope, targetGroupId)),
      ),
    )
    .orderBy(desc(decisionTestLinks.createdAt), asc(decisionTestLinks.id));
  return rows;
}

/** The decisions tested in one scenario or exercise, limited to those the reader may read. */
export async function listDecisionsTestedIn(db: Executor, by: { scenarioId: string } | { exerciseId: string }, reader: DecisionReader) {
  return db
    .select({
      linkId: decisionTestLinks.id,
      decisionId: decisions.id,
      question: decisions.question,
      outcome: decisions.outcome,
      status: decisions.status,
      result: decisionTestLinks.result,
      note: decisionTestLinks.note,
      testedOn: decisionTestLinks.testedOn,
      createdAt: decisionTestLinks.createdAt,
    })
    .from(decisionTestLinks)
    .innerJoin(decisions, eq(decisions.id, decisionTestLinks.decisionId))
    .where(
      and(
        'scenarioId' in by ? eq(decisionTestLinks.scenarioId, by.scenarioId) : eq(decisionTestLinks.exerciseId, by.exerciseId),
        readableBy(reader),
      ),
    )
    .orderBy(asc(decisions.question), asc(decisionTestLinks.createdAt), asc(decisionTestLinks.id));
}

export interface DecisionTestTargetOption {
  kind: 'scenario' | 'exercise';
  id: string;
  title: string;
  groupName: string;
  /** The scenario an exercise plays; null for a scenario. */
  scenarioTitle: string | null;
}

/**
 * Scenarios and exercises a caller may name as where a decision was tested: those
 * they can see, or (`contributingOnly`) only those of groups where they are chair
 * or member and that are not archived. Title search is case-insensitive.
 */
export async function listDecisionTestTargets(
  db: Executor,
  query: TestTargetScope & { contributingOnly: boolean; search: string; limit: number },
): Promise<DecisionTestTargetOption[]> {
  const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const allowed = (groupIdColumn: typeof scenarios.groupId | typeof exercises.groupId) =>
    query.contributingOnly
      ? sql`exists (select 1 from memberships m join working_groups g on g.id = m.group_id where m.group_id = ${groupIdColumn} and m.user_id = ${query.userId} and m.role in ('chair', 'member') and g.status <> 'gearchiveerd')`
      : groupVisible(query, sql`${groupIdColumn}`);
  const [scenarioRows, exerciseRows] = await Promise.all([
    db
      .select({ id: scenarios.id, title: scenarios.title, groupName: workingGroups.name })
      .from(scenarios)
      .innerJoin(workingGroups, eq(workingGroups.id, scenarios.groupId))
      .where(and(allowed(scenarios.groupId), query.search ? ilike(scenarios.title, pattern) : undefined))
      .orderBy(asc(scenarios.title), asc(scenarios.id))
      .limit(query.limit),
    db
      .select({ id: exercises.id, title: exercises.title, groupName: workingGroups.name, scenarioTitle: scenarios.title })
      .from(exercises)
      .innerJoin(workingGroups, eq(workingGroups.id, exercises.groupId))
      .innerJoin(scenarios, eq(scenarios.id, exercises.scenarioId))
      .where(and(allowed(exercises.groupId), query.search ? ilike(exercises.title, pattern) : undefined))
      .orderBy(desc(exercises.startsAt), asc(exercises.id))
      .limit(query.limit),
  ]);
  return [
    ...scenarioRows.map((row) => ({ kind: 'scenario' as const, ...row, scenarioTitle: null })),
    ...exerciseRows.map((row) => ({ kind: 'exercise' as const, ...row })),
  ];
}

/** The user's role in each of the given groups (absent: not a member). */
export async function findGroupRolesOfUser(db: Executor, userId: string, groupIds: readonly string[]): Promise<Map<string, GroupRole>> {
  if (groupIds.length === 0) return new Map();
  const rows = await db
    .select({ groupId: memberships.groupId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inArray(memberships.groupId, [...groupIds])));
  return new Map(rows.map((row) => [row.groupId, row.role]));
}

/** The reference conditions for military assistance, offered as standard conditions. */
export async function listAssistanceConditions(db: Executor) {
  return db.select().from(assistanceConditions).orderBy(asc(assistanceConditions.sortOrder));
}

/** Whether the user is chair or member of any group that is not archived. */
export async function contributesToAnyOpenGroup(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.groupId })
    .from(memberships)
    .innerJoin(workingGroups, eq(workingGroups.id, memberships.groupId))
    .where(and(eq(memberships.userId, userId), inArray(memberships.role, ['chair', 'member']), sql`${workingGroups.status} <> 'gearchiveerd'`))
    .limit(1);
  return row !== undefined;
}

/** The question and context of every decision the reader may see, for finding where glossary terms are used. */
export async function listDecisionTextsForGlossary(db: Executor, reader: DecisionReader) {
  return db
    .select({ id: decisions.id, question: decisions.question, context: decisions.context })
    .from(decisions)
    .where(readableBy(reader))
    .orderBy(asc(decisions.question), asc(decisions.id));
}
