import {
  listDecisionsAwaitingSignOff,
  listDecisionsFlaggedForReview,
  listDecisionsWithReviewDateBy,
  listExtensionsWaitingForOrganisation,
  listInboxGroupsOfUser,
  listOpenCommentsOnGroupTerms,
  listOwnedRecommendationsDueBy,
  listPlacementsWaitingForOrganisation,
  listPlacementsWithAccess,
  listRecommendationsWaitingForOrganisation,
  listTermsAwaitingApproval,
  listTermsWithReviewDateBy,
  listUnclearDecisions,
  type Executor,
} from '@srw/db';
import {
  canApproveGlossaryTerm,
  commentInboxReason,
  canReadPlacement,
  canSignOff,
  decisionReviewMatters,
  expiringAccessOf,
  inboxGroupIds,
  inboxHref,
  inboxItem,
  isOpenQuestion,
  mustConsentFor,
  mustRecordStateFor,
  readsGroupRecord,
  recommendationDueHorizon,
  recommendationDueReason,
  reviewDateReason,
  reviewHorizon,
  sortInboxItems,
  termReviewMatters,
  todayInNetherlands,
  type Actor,
  type GroupRole,
  type InboxItem,
  type IsoDate,
} from '@srw/domain';
import type { ServiceContext } from '../../context';

/** Everything that waits for the person or their organisation, most pressing first. */
export async function listInbox(ctx: ServiceContext, actor: Actor): Promise<{ items: InboxItem[]; today: IsoDate }> {
  const today = todayInNetherlands();
  return { items: await computeInbox(ctx.db, actor, today), today };
}

/** How many things wait: the header's badge. */
export async function countInbox(ctx: ServiceContext, actor: Actor): Promise<{ count: number; actionCount: number }> {
  const items = await computeInbox(ctx.db, actor, todayInNetherlands());
  return { count: items.length, actionCount: items.filter((i) => i.needsAction).length };
}

/**
 * The inbox computed from the data (never stale): candidates from the queries,
 * kept when the domain's rules say they wait for this person and may be read.
 * Also used by the mail jobs.
 */
export async function computeInbox(db: Executor, actor: Actor, today: IsoDate): Promise<InboxItem[]> {
  const groups = await listInboxGroupsOfUser(db, actor.userId);
  const roleIn = new Map<string, GroupRole>(groups.map((g) => [g.id, g.myRole]));
  const role = (groupId: string | null): GroupRole | null => (groupId ? (roleIn.get(groupId) ?? null) : null);
  const workGroups = inboxGroupIds(groups);
  const org = actor.organisationId;
  const items: InboxItem[] = [];
  const seenRecommendations = new Set<string>();

  const [
    terms,
    signOffs,
    placementsWaiting,
    extensions,
    recsWaiting,
    owned,
    flagged,
    decisionReviews,
    termReviews,
    access,
    unclear,
    comments,
  ] = await Promise.all([
    listTermsAwaitingApproval(db, workGroups),
    listDecisionsAwaitingSignOff(db, workGroups),
    listPlacementsWaitingForOrganisation(db, org),
    listExtensionsWaitingForOrganisation(db, org),
    listRecommendationsWaitingForOrganisation(db, org),
    listOwnedRecommendationsDueBy(db, actor.userId, recommendationDueHorizon(today)),
    listDecisionsFlaggedForReview(db, workGroups),
    listDecisionsWithReviewDateBy(db, workGroups, reviewHorizon(today)),
    listTermsWithReviewDateBy(db, workGroups, reviewHorizon(today)),
    listPlacementsWithAccess(db, actor.userId, workGroups),
    listUnclearDecisions(db, workGroups),
    listOpenCommentsOnGroupTerms(db, workGroups, actor.userId),
  ]);

  for (const term of terms) {
    const approvals = term.approvedOrganisationIds.map((organisationId) => ({
      organisationId,
      userId: null,
      revision: term.definitionRevision,
      approvedAt: term.since,
    }));
    const may = canApproveGlossaryTerm({
      status: term.status,
      groupRole: role(term.groupId),
      actorOrganisationId: org,
      requiredOrganisationIds: term.requiredOrganisationIds,
      approvals,
      currentRevision: term.definitionRevision,
    });
    if (!may) continue;
    items.push(
      inboxItem({
        kind: 'glossary_term',
        recordId: term.id,
        reason: 'term_approval',
        params: {},
        title: term.title,
        groupId: term.groupId,
        href: inboxHref('glossary_term', term.id),
        since: term.since.toISOString(),
      }),
    );
  }

  for (const decision of signOffs) {
    const may = canSignOff({
      actorOrganisationId: org,
      groupRole: role(decision.groupId),
      status: decision.status,
      concernedOrganisationIds: decision.concernedOrganisationIds,
      signedOrganisationIds: decision.signedOrganisationIds,
    });
    if (!may) continue;
    items.push(
      inboxItem({
        kind: 'decision',
        recordId: decision.id,
        reason: 'decision_sign_off',
        params: {},
        title: decision.title,
        groupId: decision.groupId,
        href: inboxHref('decision', decision.id),
        since: decision.since.toISOString(),
      }),
    );
  }

  for (const placement of placementsWaiting) {
    const groupRole = role(placement.groupId);
    const relation = {
      groupRole,
      isPerson: placement.personUserId === actor.userId,
      isProposer: placement.createdBy === actor.userId,
    };
    if (!canReadPlacement(actor, relation) || !mustConsentFor(actor, groupRole, org, placement.createdBy)) continue;
    items.push(
      inboxItem({
        kind: 'placement',
        recordId: placement.id,
        reason: 'placement_consent',
        params: { person: placement.personName, host: placement.hostOrganisationCode, start: placement.startDate },
        title: placement.personName,
        groupId: placement.groupId,
        href: inboxHref('placement', placement.id),
        since: placement.createdAt.toISOString(),
      }),
    );
  }

  for (const extension of extensions) {
    const groupRole = role(extension.groupId);
    const relation = {
      groupRole,
      isPerson: extension.personUserId === actor.userId,
      isProposer: extension.placementCreatedBy === actor.userId,
    };
    if (!canReadPlacement(actor, relation) || !mustConsentFor(actor, groupRole, org, extension.requestedBy)) continue;
    items.push(
      inboxItem({
        kind: 'placement_extension',
        recordId: extension.id,
        reason: 'extension_consent',
        params: { person: extension.personName, until: extension.requestedEndDate },
        title: extension.personName,
        groupId: extension.groupId,
        href: inboxHref('placement_extension', extension.id, extension.placementId),
        since: extension.since.toISOString(),
      }),
    );
  }

  for (const rec of recsWaiting) {
    const groupRole = role(rec.groupId);
    if (!readsGroupRecord(actor, rec.groupId, groupRole) || !mustRecordStateFor(actor, groupRole, org)) continue;
    seenRecommendations.add(rec.id);
    const due = recommendationDueReason(rec, today);
    items.push(
      inboxItem({
        kind: 'recommendation',
        recordId: rec.id,
        reason: due === 'recommendation_overdue' ? due : 'recommendation_state',
        params: { code: rec.code, ...(rec.dueDate ? { dueDate: rec.dueDate } : {}) },
        title: rec.title,
        groupId: rec.groupId,
        href: inboxHref('recommendation', rec.id),
        since: due === 'recommendation_overdue' && rec.dueDate ? rec.dueDate : rec.statusChangedAt.toISOString(),
      }),
    );
  }

  for (const rec of owned) {
    if (seenRecommendations.has(rec.id) || !readsGroupRecord(actor, rec.groupId, role(rec.groupId))) continue;
    const due = recommendationDueReason(rec, today);
    if (!due || !rec.dueDate) continue;
    items.push(
      inboxItem({
        kind: 'recommendation',
        recordId: rec.id,
        reason: due,
        params: { code: rec.code, dueDate: rec.dueDate },
        title: rec.title,
        groupId: rec.groupId,
        href: inboxHref('recommendation', rec.id),
        since: rec.dueDate,
      }),
    );
  }

  for (const decision of flagged) {
    if (!decisionReviewMatters(decision.status) || !decision.since) continue;
    items.push(
      inboxItem({
        kind: 'decision',
        recordId: decision.id,
        reason: 'decision_legal_basis_changed',
        params: {},
        title: decision.title,
        groupId: decision.groupId,
        href: inboxHref('decision', decision.id),
        since: decision.since.toISOString(),
      }),
    );
  }

  for (const decision of decisionReviews) {
    const reason = reviewDateReason(decision.reviewDate, today);
    if (!reason || !decision.reviewDate || !decisionReviewMatters(decision.status)) continue;
    items.push(
      inboxItem({
        kind: 'decision',
        recordId: decision.id,
        reason,
        params: { reviewDate: decision.reviewDate },
        title: decision.title,
        groupId: decision.groupId,
        href: inboxHref('decision', decision.id),
        since: decision.reviewDate,
      }),
    );
  }

  for (const term of termReviews) {
    const reason = reviewDateReason(term.reviewDate, today);
    if (!reason || !term.reviewDate || !termReviewMatters(term.status)) continue;
    items.push(
      inboxItem({
        kind: 'glossary_term',
        recordId: term.id,
        reason,
        params: { reviewDate: term.reviewDate },
        title: term.title,
        groupId: term.groupId,
        href: inboxHref('glossary_term', term.id),
        since: term.reviewDate,
      }),
    );
  }

  for (const placement of access) {
    for (const expiring of expiringAccessOf(placement, today)) {
      items.push(
        inboxItem({
          kind: 'placement',
          recordId: placement.id,
          reason: expiring.kind === 'clearance' ? 'clearance_expiring' : 'system_access_expiring',
          detail: expiring.system ?? undefined,
          params: {
            person: placement.personName,
            expiresOn: expiring.expiresOn,
            ...(expiring.system ? { system: expiring.system } : {}),
          },
          title: placement.personName,
          groupId: placement.groupId,
          href: inboxHref('placement', placement.id),
          since: expiring.expiresOn,
        }),
      );
    }
  }
  for (const decision of unclear) {
    if (!isOpenQuestion(decision)) continue;
    items.push(
      inboxItem({
        kind: 'decision',
        recordId: decision.id,
        reason: 'open_question',
        params: {},
        title: decision.title,
        groupId: decision.groupId,
        href: inboxHref('decision', decision.id),
        since: decision.since.toISOString(),
      }),
    );
  }

  for (const comment of comments) {
    items.push(
      inboxItem({
        kind: 'glossary_comment',
        recordId: comment.id,
        reason: commentInboxReason(comment.kind),
        params: { author: comment.authorName ?? '' },
        title: comment.title,
        groupId: comment.groupId,
        href: inboxHref('glossary_comment', comment.id, comment.termId),
        since: comment.since.toISOString(),
      }),
    );
  }

  return sortInboxItems(items);
}
