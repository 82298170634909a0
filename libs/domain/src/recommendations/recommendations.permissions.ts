import { canContributeToGroup, canReadGroup, isAdmin, type GroupWithMyRole } from '../access/access.rules';
import type { Actor, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import { isArchivedGroupStatus } from '../working-groups/working-groups.rules';
import type { WorkingGroupStatus } from '../working-groups/working-groups.schema';
import { isAddresseeProgressOpen, isRecommendationEditable, nextRecommendationStatuses } from './recommendations.rules';
import type { RecommendationStatus } from './recommendations.schema';

/**
 * Who sees a recommendation: a group-less (management-level) one every signed-in
 * user; a group's one whoever may read the group.
 */
export function canReadRecommendation(actor: Actor, groupId: string | null, groupRole: GroupRole | null): boolean {
  return groupId === null || canReadGroup(actor, groupRole);
}

/**
 * Who edits: management (and admins) the group-less ones; a group's chairs and
 * members that group's ones; admins may always step in.
 */
export function canEditRecommendation(actor: Actor, groupId: string | null, groupRole: GroupRole | null): boolean {
  if (isAdmin(actor)) return true;
  if (groupId === null) return actor.globalRole === 'management';
  return canContributeToGroup(groupRole);
}

/** Unreadable answers NOT_FOUND, readable-but-not-editable FORBIDDEN. */
export function assertCanEditRecommendation(actor: Actor, groupId: string | null, groupRole: GroupRole | null): void {
  if (!canReadRecommendation(actor, groupId, groupRole)) throw new DomainError('NOT_FOUND');
  if (!canEditRecommendation(actor, groupId, groupRole)) throw new DomainError('FORBIDDEN');
}

export function assertCanReadRecommendation(actor: Actor, groupId: string | null, groupRole: GroupRole | null): void {
  if (!canReadRecommendation(actor, groupId, groupRole)) throw new DomainError('NOT_FOUND');
}

/** How the actor relates to one recommendation: their role in its group, and that group's status (both null without a group). */
export interface RecommendationRelation {
  groupRole: GroupRole | null;
  groupStatus: WorkingGroupStatus | null;
}

/** What the actor may do to one recommendation now. */
export interface RecommendationPermissions {
  canEdit: boolean;
  canChangeStatus: boolean;
  canAddNote: boolean;
  canRecordProgress: boolean;
}

/** Editors work on a recommendation while its group is not archived; a closed one takes notes only. */
export function recommendationPermissions(
  actor: Actor,
  relation: RecommendationRelation,
  recommendation: { groupId: string | null; status: RecommendationStatus },
): RecommendationPermissions {
  const groupArchived = relation.groupStatus !== null && isArchivedGroupStatus(relation.groupStatus);
  const editor = canEditRecommendation(actor, recommendation.groupId, relation.groupRole) && !groupArchived;
  return {
    canEdit: editor && isRecommendationEditable(recommendation.status),
    canChangeStatus: editor && nextRecommendationStatuses(recommendation.status).length > 0,
    canAddNote: editor,
    canRecordProgress: editor && isAddresseeProgressOpen(recommendation.status),
  };
}

/** Management and admins file group-less (management-level) recommendations. */
export function canCreateGrouplessRecommendation(actor: Actor): boolean {
  return canEditRecommendation(actor, null, null);
}

/** Admins file recommendations under any group; everyone else only under groups they belong to. */
export function filesRecommendationsInEveryGroup(actor: Actor): boolean {
  return isAdmin(actor);
}

/** The groups (as lists return them) the actor may file a new recommendation under: not archived, and theirs to edit. */
export function groupsForNewRecommendation<G extends GroupWithMyRole & { id: string }>(
  actor: Actor,
  groups: readonly G[],
): G[] {
  return groups.filter((g) => !isArchivedGroupStatus(g.status) && canEditRecommendation(actor, g.id, g.myRole));
}

/** Whether the actor may create any recommendation at all, given the groups they belong to. */
export function canCreateRecommendation(
  actor: Actor,
  myGroups: readonly (GroupWithMyRole & { id: string })[],
): boolean {
  return canCreateGrouplessRecommendation(actor) || myGroups.some((g) => canEditRecommendation(actor, g.id, g.myRole));
}
