import { canContributeToGroup, canReadGroup, isAdmin, type GroupWithMyRole } from '../access/access.rules';
import { organisationsActedForOnBehalf, organisationsSpokenFor } from '../access/acting.rules';
import type { Actor, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import { recommendationsErrors } from './recommendations.errors';
import { isArchivedGroupStatus } from '../working-groups/working-groups.rules';
import type { WorkingGroupStatus } from '../working-groups/working-groups.schema';
import {
  isAddresseeProgressOpen,
  isRecommendationEditable,
  mayVerifyImplementation,
  nextRecommendationStatuses,
  statusNeedsEvidence,
} from './recommendations.rules';
import type { RecommendationStatus } from './recommendations.constants';

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
  /** Records the state of at least one addressed organisation (its own, or on behalf). */
  canRecordProgress: boolean;
  /** The addressed organisations whose state the actor records as one of their own. */
  recordStateFor: string[];
  /** Those an admin records for only on behalf, with a reason. */
  recordStateOnBehalfFor: string[];
  /** The statuses the actor may set next. */
  nextStatuses: RecommendationStatus[];
  /** May set it to geverifieerd now. */
  verify: boolean;
  /** Why verification is refused to this editor, when it is. */
  verifyRefusal: 'SECOND_PERSON_REQUIRED' | null;
}

/** The recommendation as its permissions need it. */
export interface RecommendationPermissionRecord {
  groupId: string | null;
  status: RecommendationStatus;
  addresseeOrganisationIds: readonly string[];
  /** Who set it to uitgevoerd, when known. */
  implementedBy: string | null;
}

/**
 * Editors work on a recommendation while its group is not archived; a closed one
 * takes notes only. Each addressed organisation records its own state (its
 * working members in the group, or its management); verifying is for a second
 * person.
 */
export function recommendationPermissions(
  actor: Actor,
  relation: RecommendationRelation,
  recommendation: RecommendationPermissionRecord,
): RecommendationPermissions {
  const groupArchived = relation.groupStatus !== null && isArchivedGroupStatus(relation.groupStatus);
  const editor = canEditRecommendation(actor, recommendation.groupId, relation.groupRole) && !groupArchived;
  const progressOpen = !groupArchived && isAddresseeProgressOpen(recommendation.status);
  const recordStateFor = progressOpen
    ? organisationsSpokenFor(actor, relation.groupRole, recommendation.addresseeOrganisationIds)
    : [];
  const recordStateOnBehalfFor = progressOpen
    ? organisationsActedForOnBehalf(actor, relation.groupRole, recommendation.addresseeOrganisationIds)
    : [];
  const secondPerson = mayVerifyImplementation(actor, recommendation.implementedBy);
  const nextStatuses = editor
    ? nextRecommendationStatuses(recommendation.status).filter((to) => !statusNeedsEvidence(to) || secondPerson)
    : [];
  const verifiable = nextRecommendationStatuses(recommendation.status).some(statusNeedsEvidence);
  return {
    canEdit: editor && isRecommendationEditable(recommendation.status),
    canChangeStatus: nextStatuses.length > 0,
    canAddNote: editor,
    canRecordProgress: recordStateFor.length + recordStateOnBehalfFor.length > 0,
    recordStateFor,
    recordStateOnBehalfFor,
    nextStatuses,
    verify: editor && verifiable && secondPerson,
    verifyRefusal: editor && verifiable && !secondPerson ? 'SECOND_PERSON_REQUIRED' : null,
  };
}

/** Management and admins file group-less (management-level) recommendations. */
export function canCreateGrouplessRecommendation(actor: Actor): boolean {
  return canEditRecommendation(actor, null, null);
}

// ---------------------------------------------------------------------------
// Owners

/**
 * Whom a recommendation's owner may be: for a group's recommendation, people of
 * the group's organisations; for a management-level one (no group), anyone
 * (null: no restriction). Whoever may edit the recommendation picks the owner:
 * the group's chairs and members, management for the management-level ones.
 */
export function ownerOrganisationScope(
  groupId: string | null,
  groupOrganisationIds: readonly string[],
): readonly string[] | null {
  return groupId === null ? null : groupOrganisationIds;
}

/** Listing candidate owners: the same people who may edit such a recommendation (outsiders NOT_FOUND, readers FORBIDDEN). */
export function assertCanPickRecommendationOwner(actor: Actor, groupId: string | null, groupRole: GroupRole | null) {
  assertCanEditRecommendation(actor, groupId, groupRole);
}

export function isEligibleOwner(ownerOrganisationId: string, scope: readonly string[] | null): boolean {
  return scope === null || scope.includes(ownerOrganisationId);
}

export function assertEligibleOwner(ownerOrganisationId: string, scope: readonly string[] | null): void {
  if (!isEligibleOwner(ownerOrganisationId, scope))
    throw new DomainError(recommendationsErrors.OWNER_NOT_ELIGIBLE, { field: 'ownerUserId' });
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
