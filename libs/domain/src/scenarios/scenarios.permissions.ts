import { canContributeToGroup } from '../access/access.rules';
import type { Actor, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import { assertWorkingGroupEditable, isArchivedGroupStatus } from '../working-groups/working-groups.rules';
import type { WorkingGroupStatus } from '../working-groups/working-groups.schema';
import { isScenarioDeletable, isScenarioEditable, isScenarioReadyForExercise } from './scenarios.rules';
import type { ScenarioStatus } from './scenarios.constants';

/** How the actor relates to a scenario or exercise: their role in its working group, and that group's status. */
export interface ScenarioRelation {
  groupRole: GroupRole | null;
  groupStatus: WorkingGroupStatus;
}

/**
 * Chairs and members work on a group's scenarios and exercises while the group
 * is not archived; observers, and management and admins without a working role
 * in the group, only read them.
 */
export function canWorkOnScenarios(relation: ScenarioRelation): boolean {
  return canContributeToGroup(relation.groupRole) && !isArchivedGroupStatus(relation.groupStatus);
}

/** FORBIDDEN without a working role in the group, GROUP_ARCHIVED in an archived group. */
export function assertCanWorkOnScenarios(relation: ScenarioRelation): void {
  if (!canContributeToGroup(relation.groupRole)) throw new DomainError('FORBIDDEN');
  assertWorkingGroupEditable(relation.groupStatus);
}

/** What the actor may do to one scenario now. */
export interface ScenarioPermissions {
  canEdit: boolean;
  canChangeStatus: boolean;
  canDelete: boolean;
  canPlanExercise: boolean;
}

/** The actor's role does not matter beyond the group's: scenarios follow the group (the parameter keeps the shape of every `<entity>Permissions`). */
export function scenarioPermissions(
  _actor: Actor,
  relation: ScenarioRelation,
  scenario: { status: ScenarioStatus; exerciseCount: number },
): ScenarioPermissions {
  const works = canWorkOnScenarios(relation);
  return {
    canEdit: works && isScenarioEditable(scenario.status),
    canChangeStatus: works,
    canDelete: works && isScenarioDeletable(scenario.exerciseCount),
    canPlanExercise: works && isScenarioReadyForExercise(scenario.status),
  };
}
