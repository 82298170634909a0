import { aliasedTable, and, asc, eq, inArray, isNotNull, lte, ne, or, sql } from 'drizzle-orm';
import {
  approvedPlacementStatuses,
  decisionAwaitingSignOffStatus,
  openGlossaryCommentStatus,
  openQuestionOutcome,
  openRecommendationStatuses,
  pendingExtensionStatus,
  termAwaitingApprovalStatus,
  type IsoDate,
} from '@srw/domain';
import type { Executor } from '../client';
import {
  decisions,
  glossaryComments,
  glossaryTerms,
  memberships,
  organisations,
  placementExtensions,
  placements,
  recommendations,
  users,
  workingGroups,
} from '../schema';

/*
 * Subqueries name the outer table's columns in plain SQL: drizzle writes a
 * column of the selected table without its table name, which an inner table
 * with a column of the same name would capture.
 *
 * Candidate rows for the inbox ("Voor mij"). Each query narrows in SQL to the
 * person's groups or organisation; the inbox service decides with the domain's
 * rules which of them wait for the person.
 */

/** The groups a person belongs to, with their role and the group's status and name. */
export async function listInboxGroupsOfUser(db: Executor, userId: string) {
  return db
    .select({
      id: workingGroups.id,
      name: workingGroups.name,
      status: workingGroups.status,
      myRole: memberships.role,
    })
    .from(memberships)
    .innerJoin(workingGroups, eq(workingGroups.id, memberships.groupId))
    .where(eq(memberships.userId, userId));
}

/** Terms of these groups that wait for co-approval, with the organisations that must and did approve the current revision. */
export async function listTermsAwaitingApproval(db: Executor, groupIds: readonly string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      id: glossaryTerms.id,
      title: glossaryTerms.prefLabel,
      groupId: glossaryTerms.maintainingGroupId,
      status: glossaryTerms.status,
      definitionRevision: glossaryTerms.definitionRevision,
      since: glossaryTerms.updatedAt,
      requiredOrganisationIds: sql<
        string[]
      >`coalesce((select json_agg(d.organisation_id) from glossary_definitions d where d.term_id = glossary_terms.id), '[]'::json)`,
      approvedOrganisationIds: sql<
        string[]
      >`coalesce((select json_agg(a.organisation_id) from glossary_approvals a where a.term_id = glossary_terms.id and a.revision = glossary_terms.definition_revision), '[]'::json)`,
    })
    .from(glossaryTerms)
    .where(
      and(
        eq(glossaryTerms.status, termAwaitingApprovalStatus),
        inArray(glossaryTerms.maintainingGroupId, [...groupIds]),
      ),
    )
    .orderBy(asc(glossaryTerms.updatedAt), asc(glossaryTerms.id));
}

/** Decisions of these groups that wait for sign-offs, with the organisations concerned and those that signed. */
export async function listDecisionsAwaitingSignOff(db: Executor, groupIds: readonly string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      id: decisions.id,
      title: decisions.question,
      groupId: decisions.groupId,
      status: decisions.status,
      since: decisions.statusChangedAt,
      concernedOrganisationIds: sql<
        string[]
      >`coalesce((select json_agg(o.organisation_id) from decision_organisations o where o.decision_id = decisions.id), '[]'::json)`,
      signedOrganisationIds: sql<
        string[]
      >`coalesce((select json_agg(s.organisation_id) from decision_sign_offs s where s.decision_id = decisions.id), '[]'::json)`,
    })
    .from(decisions)
    .where(and(eq(decisions.status, decisionAwaitingSignOffStatus), inArray(decisions.groupId, [...groupIds])))
    .orderBy(asc(decisions.statusChangedAt), asc(decisions.id));
}

/**
 * Extension requests still pending on placements where the organisation is home
 * or host and has not consented (a consent by the requester does not count).
 */
export async function listExtensionsWaitingForOrganisation(db: Executor, organisationId: string) {
  return db
    .select({
      id: placementExtensions.id,
      placementId: placements.id,
      personName: placements.personName,
      personUserId: placements.personUserId,
      placementCreatedBy: placements.createdBy,
      groupId: placements.groupId,
      requestedEndDate: placementExtensions.requestedEndDate,
      requestedBy: placementExtensions.createdBy,
      since: placementExtensions.createdAt,
    })
    .from(placementExtensions)
    .innerJoin(placements, eq(placements.id, placementExtensions.placementId))
    .where(
      and(
        eq(placementExtensions.status, pendingExtensionStatus),
        or(eq(placements.homeOrganisationId, organisationId), eq(placements.hostOrganisationId, organisationId)),
        sql`not exists (select 1 from placement_consents c where c.extension_id = placement_extensions.id and c.organisation_id = ${organisationId} and c.user_id is distinct from placement_extensions.created_by)`,
      ),
    )
    .orderBy(asc(placementExtensions.createdAt), asc(placementExtensions.id));
}

/** Open recommendations a person owns that are due by the date (overdue included). */
export async function listOwnedRecommendationsDueBy(db: Executor, userId: string, until: IsoDate) {
  return db
    .select({
      id: recommendations.id,
      code: recommendations.code,
      title: recommendations.title,
      status: recommendations.status,
      groupId: recommendations.groupId,
      dueDate: recommendations.dueDate,
    })
    .from(recommendations)
    .where(
      and(
        eq(recommendations.ownerUserId, userId),
        inArray(recommendations.status, [...openRecommendationStatuses]),
        isNotNull(recommendations.dueDate),
        lte(recommendations.dueDate, until),
      ),
    )
    .orderBy(asc(recommendations.dueDate), asc(recommendations.id));
}

/** Decisions of these groups flagged for review (a cited legal basis changed). */
export async function listDecisionsFlaggedForReview(db: Executor, groupIds: readonly string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      id: decisions.id,
      title: decisions.question,
      groupId: decisions.groupId,
      status: decisions.status,
      since: decisions.reviewNeededAt,
    })
    .from(decisions)
    .where(and(inArray(decisions.groupId, [...groupIds]), isNotNull(decisions.reviewNeededAt)))
    .orderBy(asc(decisions.reviewNeededAt), asc(decisions.id));
}

/** Decisions of these groups whose review date is on or before the date. */
export async function listDecisionsWithReviewDateBy(db: Executor, groupIds: readonly string[], until: IsoDate) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      id: decisions.id,
      title: decisions.question,
      groupId: decisions.groupId,
      status: decisions.status,
      reviewDate: decisions.reviewDate,
    })
    .from(decisions)
    .where(
      and(inArray(decisions.groupId, [...groupIds]), isNotNull(decisions.reviewDate), lte(decisions.reviewDate, until)),
    )
    .orderBy(asc(decisions.reviewDate), asc(decisions.id));
}

/** Terms maintained by these groups whose review date is on or before the date. */
export async function listTermsWithReviewDateBy(db: Executor, groupIds: readonly string[], until: IsoDate) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      id: glossaryTerms.id,
      title: glossaryTerms.prefLabel,
      groupId: glossaryTerms.maintainingGroupId,
      status: glossaryTerms.status,
      reviewDate: glossaryTerms.reviewDate,
    })
    .from(glossaryTerms)
    .where(
      and(
        inArray(glossaryTerms.maintainingGroupId, [...groupIds]),
        isNotNull(glossaryTerms.reviewDate),
        lte(glossaryTerms.reviewDate, until),
      ),
    )
    .orderBy(asc(glossaryTerms.reviewDate), asc(glossaryTerms.id));
}

/** Approved or active placements of the person, or of these groups: their clearance and system access. */
export async function listPlacementsWithAccess(db: Executor, userId: string, groupIds: readonly string[]) {
  const host = aliasedTable(organisations, 'host_org');
  return db
    .select({
      id: placements.id,
      personName: placements.personName,
      personUserId: placements.personUserId,
      createdBy: placements.createdBy,
      groupId: placements.groupId,
      hostOrganisationCode: host.code,
      clearanceLevel: placements.clearanceLevel,
      clearanceExpiresOn: placements.clearanceExpiresOn,
      accessGrants: placements.accessGrants,
    })
    .from(placements)
    .innerJoin(host, eq(host.id, placements.hostOrganisationId))
    .where(
      and(
        inArray(placements.status, [...approvedPlacementStatuses]),
        groupIds.length > 0
          ? or(eq(placements.personUserId, userId), inArray(placements.groupId, [...groupIds]))
          : eq(placements.personUserId, userId),
      ),
    )
    .orderBy(asc(placements.startDate), asc(placements.id));
}

/** UNCLEAR decisions of these groups (open ones are picked by the domain's `isOpenQuestion`). */
export async function listUnclearDecisions(db: Executor, groupIds: readonly string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      id: decisions.id,
      title: decisions.question,
      groupId: decisions.groupId,
      status: decisions.status,
      outcome: decisions.outcome,
      since: decisions.createdAt,
    })
    .from(decisions)
    .where(and(inArray(decisions.groupId, [...groupIds]), eq(decisions.outcome, openQuestionOutcome)))
    .orderBy(asc(decisions.createdAt), asc(decisions.id));
}

/** Open comments and change proposals by others on terms these groups maintain. */
export async function listOpenCommentsOnGroupTerms(db: Executor, groupIds: readonly string[], userId: string) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      id: glossaryComments.id,
      termId: glossaryTerms.id,
      title: glossaryTerms.prefLabel,
      groupId: glossaryTerms.maintainingGroupId,
      kind: glossaryComments.kind,
      authorName: users.name,
      since: glossaryComments.createdAt,
    })
    .from(glossaryComments)
    .innerJoin(glossaryTerms, eq(glossaryTerms.id, glossaryComments.termId))
    .leftJoin(users, eq(users.id, glossaryComments.authorId))
    .where(
      and(
        inArray(glossaryTerms.maintainingGroupId, [...groupIds]),
        eq(glossaryComments.status, openGlossaryCommentStatus),
        or(sql`${glossaryComments.authorId} is null`, ne(glossaryComments.authorId, userId)),
      ),
    )
    .orderBy(asc(glossaryComments.createdAt), asc(glossaryComments.id));
}
