import {
  findMembershipRole,
  findPlacementSummary,
  findUserName,
  findWorkingGroup,
  listPlacementConsents,
  listPlacementExtensions,
  listPlacementLessons,
  listPlacementPersonCandidates,
  listPlacements as queryPlacements,
  type Executor,
  type PlacementSummary,
} from '@srw/db';
import {
  calendarDateInNetherlands,
  canReadRecommendation,
  DomainError,
  extensionDeadline,
  extensionWaitingFor,
  completesEarly,
  isExtensionOnTime,
  isExtensionPending,
  placementExtensionPermissions,
  placementFlags,
  placementLessonPermissions,
  placementPermissions,
  placementWaitingFor,
  readsEveryGroup,
  type Actor,
  type GroupRole,
  type ListPlacementsInput,
  type Page,
  type PlacementRelation,
  type PlacementStatus,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { loadPlacementAccess, placementScope } from './placements-access';

/** A placement as lists, the timeline and coverage show it: its summary and what is flagged on it today. */
export function withFlags(summary: PlacementSummary, today: string) {
  return { ...summary, ...placementFlags(summary, today) };
}
export type PlacementListItem = ReturnType<typeof withFlags>;

export async function listPlacements(
  ctx: ServiceContext,
  actor: Actor,
  input: ListPlacementsInput,
): Promise<Page<PlacementListItem>> {
  const page = await queryPlacements(ctx.db, {
    scope: placementScope(actor),
    organisationId: input.organisationId,
    unit: input.unit,
    status: input.status,
    groupId: input.groupId,
    from: input.from,
    to: input.to,
    cursor: input.cursor,
    limit: input.limit,
  });
  const today = calendarDateInNetherlands(new Date());
  return { items: page.items.map((item) => withFlags(item, today)), nextCursor: page.nextCursor };
}

/** One placement with its extensions, debrief lessons, flags, and what the actor may do to each. */
export async function getPlacement(ctx: ServiceContext, actor: Actor, id: string) {
  const { placement: row, relation } = await loadPlacementAccess(ctx.db, actor, id);
  const summary = await findPlacementSummary(ctx.db, id);
  if (!summary) throw new DomainError('NOT_FOUND');
  const [extensionRows, lessonRows, approvedByName, proposedByName, group, consentRows] = await Promise.all([
    listPlacementExtensions(ctx.db, id),
    listPlacementLessons(ctx.db, id),
    findUserName(ctx.db, row.approvedBy),
    findUserName(ctx.db, row.createdBy),
    row.groupId ? findWorkingGroup(ctx.db, row.groupId) : Promise.resolve(null),
    listPlacementConsents(ctx.db, id),
  ]);
  const consents = consentRows.filter((c) => c.extensionId === null);
  const record = { status: row.status, groupId: row.groupId, groupStatus: group?.status ?? null };
  const lessons = await withVisibleRecommendations(ctx.db, actor, relation, record, lessonRows);
  const extensions = extensionRows.map((extension) => {
    const extensionConsents = consentRows.filter((c) => c.extensionId === extension.id);
    return {
      ...extension,
      consents: extensionConsents,
      waitingFor: extensionWaitingFor(extension, row, extensionConsents),
      permissions: placementExtensionPermissions(actor, relation, row, { ...extension, consents: extensionConsents }),
    };
  });
  const today = calendarDateInNetherlands(new Date());
  return {
    ...summary,
    purpose: row.purpose,
    learningGoals: row.learningGoals,
    homeContact: row.homeContact,
    hostContact: row.hostContact,
    abortReason: row.abortReason,
    completionReason: row.completionReason,
    approvedAt: row.approvedAt,
    approvedByName,
    proposedByName,
    debriefWhatWorked: row.debriefWhatWorked,
    debriefWhatDidNotWork: row.debriefWhatDidNotWork,
    debriefedAt: row.debriefedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    extensions,
    lessons,
    today,
    extensionDeadline: extensionDeadline(row.endDate),
    extensionOnTime: isExtensionOnTime(row.endDate, today),
    /** Completing now would be before the end date: the form asks for a reason. */
    completesEarly: completesEarly(row, today),
    ...placementFlags(summary, today),
    /** Each organisation's consent, with who gave it and any on-behalf reason. */
    consents,
    /** For whom the placement waits now: the home or host organisation's consent. */
    waitingFor: placementWaitingFor(row, consents),
    permissions: placementPermissions(actor, relation, {
      ...record,
      homeOrganisationId: row.homeOrganisationId,
      hostOrganisationId: row.hostOrganisationId,
      createdBy: row.createdBy,
      consents,
      pendingExtension: extensionRows.some(isExtensionPending),
      extensionOnTime: isExtensionOnTime(row.endDate, today),
    }),
  };
}

/**
 * Per lesson whether it became a recommendation, and which one, when the actor
 * may read that recommendation (the register's own rule); and whether the
 * actor may turn it into one.
 */
async function withVisibleRecommendations(
  db: Executor,
  actor: Actor,
  relation: PlacementRelation,
  placement: { status: PlacementStatus; groupId: string | null; groupStatus: string | null },
  lessons: Awaited<ReturnType<typeof listPlacementLessons>>,
) {
  const roles = new Map<string, GroupRole | null>();
  if (placement.groupId) roles.set(placement.groupId, relation.groupRole);
  for (const { linkedRecommendation } of lessons) {
    const groupId = linkedRecommendation?.groupId;
    if (groupId && !roles.has(groupId)) roles.set(groupId, await findMembershipRole(db, groupId, actor.userId));
  }
  return lessons.map(({ linkedRecommendation, recommendationId: _hidden, ...lesson }) => {
    const visible =
      linkedRecommendation !== null &&
      canReadRecommendation(
        actor,
        linkedRecommendation.groupId,
        linkedRecommendation.groupId ? (roles.get(linkedRecommendation.groupId) ?? null) : null,
      );
    const converted = linkedRecommendation !== null;
    return {
      ...lesson,
      converted,
      recommendation: visible
        ? { id: linkedRecommendation.id, code: linkedRecommendation.code, title: linkedRecommendation.title }
        : null,
      permissions: placementLessonPermissions(actor, relation, placement, { converted }),
    };
  });
}

/** Accounts that can be picked as the person placed: anyone for management and admins, else the actor and their group mates. */
export async function listPersonCandidates(ctx: ServiceContext, actor: Actor, input: { search: string }) {
  return listPlacementPersonCandidates(ctx.db, {
    search: input.search,
    sharingGroupsWith: readsEveryGroup(actor) ? null : actor.userId,
    limit: 20,
  });
}
