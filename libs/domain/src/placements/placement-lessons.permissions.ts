import type { Actor } from '../access/roles';
import { canEditRecommendation } from '../recommendations/recommendations.permissions';
import { isArchivedGroupStatus } from '../working-groups/working-groups.rules';
import { canEditPlacement, type PlacementRelation } from './placements.permissions';
import { isClosedStatus } from './placements.rules';
import type { PlacementStatus } from './placements.constants';

/**
 * Turning a lesson into a recommendation needs both: editing the debrief, and
 * creating a recommendation for the placement's group (or, without a group, a
 * management-level one).
 */
export function canConvertLesson(actor: Actor, relation: PlacementRelation, groupId: string | null): boolean {
  return canEditPlacement(actor, relation) && canEditRecommendation(actor, groupId, relation.groupRole);
}

/** What this person may do to one lesson of a debrief now. */
export interface PlacementLessonPermissions {
  /** Turn it into a recommendation: once, after the placement closed, while its group is not archived. */
  canConvert: boolean;
}

export function placementLessonPermissions(
  actor: Actor,
  relation: PlacementRelation,
  placement: { status: PlacementStatus; groupId: string | null; groupStatus: string | null },
  lesson: { converted: boolean },
): PlacementLessonPermissions {
  const groupArchived = placement.groupStatus !== null && isArchivedGroupStatus(placement.groupStatus);
  return {
    canConvert:
      !lesson.converted &&
      isClosedStatus(placement.status) &&
      !groupArchived &&
      canConvertLesson(actor, relation, placement.groupId),
  };
}
