import {
  findMembershipRole,
  findRecommendation,
  findWorkingGroup,
  type Executor,
  type FindOptions,
  type RecommendationScope,
} from '@srw/db';
import {
  assertCanEditRecommendation,
  assertCanReadRecommendation,
  assertWorkingGroupEditable,
  DomainError,
  readsEveryGroup,
  type Actor,
  type RecommendationRelation,
} from '@srw/domain';

/** Which recommendations the actor sees in lists: every one, or the group-less ones and those of their groups. */
export function recommendationScopeOf(actor: Actor): RecommendationScope {
  return { userId: actor.userId, allGroups: readsEveryGroup(actor) };
}

/**
 * A recommendation with its group and the actor's role there (both null for a
 * group-less one); NOT_FOUND for whoever may not read it. `lock` locks the row.
 */
export async function loadRecommendationAccess(db: Executor, actor: Actor, id: string, options: FindOptions = {}) {
  const recommendation = await findRecommendation(db, id, options);
  if (!recommendation) throw new DomainError('NOT_FOUND');
  const { groupId } = recommendation;
  const [group, role] = groupId
    ? await Promise.all([findWorkingGroup(db, groupId), findMembershipRole(db, groupId, actor.userId)])
    : [null, null];
  assertCanReadRecommendation(actor, groupId, role);
  return { recommendation, group, role };
}

/** How the actor relates to a recommendation, as the domain's permissions take it. */
export function recommendationRelationOf(
  access: Awaited<ReturnType<typeof loadRecommendationAccess>>,
): RecommendationRelation {
  return { groupRole: access.role, groupStatus: access.group?.status ?? null };
}

/** Locks a recommendation the actor may edit, or throws NOT_FOUND / FORBIDDEN / GROUP_ARCHIVED. */
export async function lockRecommendationForEdit(tx: Executor, actor: Actor, id: string) {
  const { recommendation, group, role } = await loadRecommendationAccess(tx, actor, id, { lock: true });
  assertCanEditRecommendation(actor, recommendation.groupId, role);
  if (recommendation.groupId) {
    if (!group) throw new DomainError('NOT_FOUND');
    assertWorkingGroupEditable(group.status);
  }
  return recommendation;
}
