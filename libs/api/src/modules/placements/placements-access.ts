import { findMembershipRole, findPlacement, type Executor, type PlacementRow, type PlacementScope } from '@srw/db';
import { assertCanReadPlacement, DomainError, readsEveryGroup, type Actor, type PlacementRelation } from '@srw/domain';

/** Whose placements the actor's lists show: every one to management and admins, else their groups' and their own. */
export function placementScope(actor: Actor): PlacementScope {
  return { userId: actor.userId, all: readsEveryGroup(actor) };
}

/** How the actor relates to a placement: their role in its group, and whether they are the person or the proposer. */
export async function placementRelation(
  db: Executor,
  actor: Actor,
  placement: Pick<PlacementRow, 'groupId' | 'personUserId' | 'createdBy'>,
): Promise<PlacementRelation> {
  return {
    groupRole: placement.groupId ? await findMembershipRole(db, placement.groupId, actor.userId) : null,
    isPerson: placement.personUserId === actor.userId,
    isProposer: placement.createdBy === actor.userId,
  };
}

export interface PlacementAccess {
  placement: PlacementRow;
  relation: PlacementRelation;
}

/**
 * Loads a placement with the actor's relation to it, refusing (as NOT_FOUND) one
 * the actor may not read. `lock` takes the row lock for a write.
 */
export async function loadPlacementAccess(
  db: Executor,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<PlacementAccess> {
  const placement = await findPlacement(db, id, options);
  if (!placement) throw new DomainError('NOT_FOUND');
  const relation = await placementRelation(db, actor, placement);
  assertCanReadPlacement(actor, relation);
  return { placement, relation };
}
