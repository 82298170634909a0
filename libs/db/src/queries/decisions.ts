import { and, asc, eq, gt, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import {
  decodeCursor,
  publicDecisionStatuses,
  withdrawnDecisionStatus,
  toPage,
  type Classification,
  type DecisionFilters,
  type DecisionStatus,
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
  legalBases,
  organisations,
  users,
  workingGroups,
  type DecisionRow,
} from '../schema';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

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
 * Mirrors `canReadDecision` in the domain.
 */
export function readableBy(reader: DecisionReader): SQL | undefined {
  const isPublic = or(
    inArray(decisions.status, [...publicDecisionStatuses]),
    and(eq(decisions.status, withdrawnDecisionStatus), isNotNull(decisions.publishedAt)),
  );
  const marking = inArray(decisions.classification, [...reader.classifications]);
  if (reader.readsAllDrafts) return marking;
  return and(
    marking,
    or(
      isPublic,
      sql`exists (select 1 from memberships m where m.group_id = decisions.group_id and m.user_id = ${reader.userId})`,
    ),
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
  consequences: string;
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
  /** The organisations the decision concerns (each must sign off), and those that have; for the organisation lens. */
  concernedOrganisationIds: string[];
  signedOrganisationIds: string[];
}

// Correlated subqueries name `decisions` explicitly (Drizzle renders bare columns in select fields).
const summaryColumns = {
  id: decisions.id,
  groupId: decisions.groupId,
  groupName: workingGroups.name,
  question: decisions.question,
  context: decisions.context,
  consequences: decisions.consequences,
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
  legalBases: sql<
    LegalBasisRef[]
  >`coalesce((select json_agg(json_build_object('id', lb.id, 'code', lb.code, 'title', lb.title) order by lb.code) from decision_legal_bases dlb join legal_bases lb on lb.id = dlb.legal_basis_id where dlb.decision_id = decisions.id), '[]'::json)`,
  concernedOrganisationIds: sql<
    string[]
  >`coalesce((select json_agg(dor.organisation_id order by dor.organisation_id) from decision_organisations dor where dor.decision_id = decisions.id), '[]'::json)`,
  signedOrganisationIds: sql<
    string[]
  >`coalesce((select json_agg(dso.organisation_id order by dso.organisation_id) from decision_sign_offs dso where dso.decision_id = decisions.id), '[]'::json)`,
};

export interface DecisionListQuery {
  reader: DecisionReader;
  filters: DecisionFilters;
  cursor?: string | null | undefined;
  limit: number;
}

/** Readable decisions by question; keyset on (question, id). */
export async function listDecisions(db: Executor, query: DecisionListQuery): Promise<Page<DecisionSummary>> {
  const cursor = decodeCursor(query.cursor, 'text');
  const rows = await db
    .select(summaryColumns)
    .from(decisions)
    .innerJoin(workingGroups, eq(workingGroups.id, decisions.groupId))
    .where(
      and(
        readableBy(query.reader),
        ...filtersOf(query.filters),
        cursor
          ? or(gt(decisions.question, cursor.key), and(eq(decisions.question, cursor.key), gt(decisions.id, cursor.id)))
          : undefined,
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
export async function listDecisionGroups(
  db: Executor,
  reader: DecisionReader,
): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .selectDistinct({ id: workingGroups.id, name: workingGroups.name })
    .from(decisions)
    .innerJoin(workingGroups, eq(workingGroups.id, decisions.groupId))
    .where(readableBy(reader));
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export async function findDecision(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, decisions, id, options);
}

export async function insertDecision(db: Executor, values: typeof decisions.$inferInsert): Promise<DecisionRow> {
  const [row] = await db.insert(decisions).values(values).returning();
  if (!row) throw new Error('insert decisions returned no row');
  return row;
}

/** The one versioned update of a decision: content, status, review flag. */
export async function updateDecisionRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<Omit<typeof decisions.$inferInsert, 'id' | 'version' | 'createdAt' | 'createdBy' | 'groupId'>>,
): Promise<DecisionRow> {
  return updateVersioned(db, decisions, id, expectedVersion, values);
}

export async function findDecisionOrganisations(db: Executor, decisionId: string) {
  return db
    .select({
      id: organisations.id,
      code: organisations.code,
      name: organisations.name,
      consequences: decisionOrganisations.consequences,
    })
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
    db
      .select({ id: decisionOrganisations.organisationId })
      .from(decisionOrganisations)
      .where(eq(decisionOrganisations.decisionId, decisionId)),
    db
      .select({ id: decisionLegalBases.legalBasisId })
      .from(decisionLegalBases)
      .where(eq(decisionLegalBases.decisionId, decisionId)),
    findDecisionSharingRules(db, decisionId),
  ]);
  return {
    organisationIds: organisationRows.map((row) => row.id),
    legalBasisIds: basisRows.map((row) => row.id),
    sharingRules: sharingRows.map(
      ({
        dataCategory,
        fromOrganisationId,
        toOrganisationId,
        legalGround,
        conditions,
        consentFrom,
        verdict,
      }): SharingRuleInput => ({
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

export async function replaceDecisionOrganisations(
  db: Executor,
  decisionId: string,
  organisationIds: readonly string[],
  consequences: readonly { organisationId: string; text: string }[] = [],
) {
  await db.delete(decisionOrganisations).where(eq(decisionOrganisations.decisionId, decisionId));
  if (organisationIds.length > 0) {
    const textOf = new Map(consequences.map((c) => [c.organisationId, c.text]));
    await db.insert(decisionOrganisations).values(
      organisationIds.map((organisationId) => ({
        decisionId,
        organisationId,
        consequences: textOf.get(organisationId) ?? '',
      })),
    );
  }
}

export async function replaceDecisionLegalBases(db: Executor, decisionId: string, legalBasisIds: readonly string[]) {
  await db.delete(decisionLegalBases).where(eq(decisionLegalBases.decisionId, decisionId));
  if (legalBasisIds.length > 0) {
    await db.insert(decisionLegalBases).values(legalBasisIds.map((legalBasisId) => ({ decisionId, legalBasisId })));
  }
}

export async function replaceDecisionSharingRules(
  db: Executor,
  decisionId: string,
  rules: readonly SharingRuleInput[],
) {
  await db.delete(decisionSharingRules).where(eq(decisionSharingRules.decisionId, decisionId));
  if (rules.length > 0) {
    await db.insert(decisionSharingRules).values(rules.map((rule, position) => ({ ...rule, decisionId, position })));
  }
}

export async function insertDecisionSignOff(
  db: Executor,
  values: { decisionId: string; organisationId: string; userId: string },
) {
  await db.insert(decisionSignOffs).values(values);
}

export async function deleteDecisionSignOffs(db: Executor, decisionId: string): Promise<number> {
  const rows = await db
    .delete(decisionSignOffs)
    .where(eq(decisionSignOffs.decisionId, decisionId))
    .returning({ id: decisionSignOffs.id });
  return rows.length;
}

export async function cooperationLevelExists(db: Executor, code: string): Promise<boolean> {
  const [row] = await db
    .select({ code: cooperationLevels.code })
    .from(cooperationLevels)
    .where(eq(cooperationLevels.code, code));
  return row !== undefined;
}

export interface DecisionPrintDetails {
  id: string;
  options: (typeof decisions.$inferSelect)['options'];
  organisations: { id: string; code: string; name: string; consequences: string }[];
  sharingRules: Omit<SharingRuleView, 'fromOrganisationId' | 'toOrganisationId'>[];
  signOffs: { organisationCode: string; userName: string | null; signedAt: string }[];
}

/** What the printed framework adds per decision, for many decisions in one query. */
export async function findDecisionPrintDetails(db: Executor, ids: readonly string[]): Promise<DecisionPrintDetails[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: decisions.id,
      options: decisions.options,
      organisations: sql<
        DecisionPrintDetails['organisations']
      >`coalesce((select json_agg(json_build_object('id', o.id, 'code', o.code, 'name', o.name, 'consequences', d.consequences) order by o.code) from decision_organisations d join organisations o on o.id = d.organisation_id where d.decision_id = decisions.id), '[]'::json)`,
      sharingRules: sql<
        DecisionPrintDetails['sharingRules']
      >`coalesce((select json_agg(json_build_object('dataCategory', r.data_category, 'fromOrganisationCode', fo.code, 'toOrganisationCode', t.code, 'legalGround', r.legal_ground, 'conditions', r.conditions, 'consentFrom', r.consent_from, 'verdict', r.verdict) order by r.position) from decision_sharing_rules r join organisations fo on fo.id = r.from_organisation_id join organisations t on t.id = r.to_organisation_id where r.decision_id = decisions.id), '[]'::json)`,
      signOffs: sql<
        DecisionPrintDetails['signOffs']
      >`coalesce((select json_agg(json_build_object('organisationCode', o.code, 'userName', u.name, 'signedAt', s.signed_at) order by o.code) from decision_sign_offs s join organisations o on o.id = s.organisation_id left join users u on u.id = s.user_id where s.decision_id = decisions.id), '[]'::json)`,
    })
    .from(decisions)
    .where(inArray(decisions.id, [...ids]));
}

/** Decisions in the supersede chain, for display: their headline and both links of the chain. */
export async function findDecisionHeadlines(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: decisions.id,
      question: decisions.question,
      status: decisions.status,
      outcome: decisions.outcome,
      publishedAt: decisions.publishedAt,
      groupId: decisions.groupId,
      supersedesId: decisions.supersedesId,
      supersededById: decisions.supersededById,
    })
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
export async function flagDecisionsForReview(
  db: Executor,
  ids: readonly string[],
  reason: string,
  at: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(decisions)
    .set({
      reviewNeededAt: sql`coalesce(${decisions.reviewNeededAt}, ${at.toISOString()}::timestamptz)`,
      reviewReason: reason,
    })
    .where(inArray(decisions.id, [...ids]));
}

/** The reference conditions for military assistance, offered as standard conditions. */
export async function listAssistanceConditions(db: Executor) {
  return db.select().from(assistanceConditions).orderBy(asc(assistanceConditions.sortOrder));
}

/** The question and context of every decision the reader may see, for finding where glossary terms are used. */
/** Each readable decision's texts where glossary terms may appear: question, context, conditions and sharing rules. */
export async function listDecisionTextsForGlossary(db: Executor, reader: DecisionReader) {
  return db
    .select({
      id: decisions.id,
      question: decisions.question,
      context: decisions.context,
      conditions: decisions.conditions,
      sharingRuleTexts: sql<
        string[]
      >`coalesce((select array_agg(concat_ws(' ', r.data_category, r.legal_ground, r.conditions, r.consent_from) order by r.position) from decision_sharing_rules r where r.decision_id = decisions.id), '{}')`,
    })
    .from(decisions)
    .where(readableBy(reader))
    .orderBy(asc(decisions.question), asc(decisions.id));
}
