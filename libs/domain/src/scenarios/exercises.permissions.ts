import type { Actor } from '../access/roles';
import {
  areActionsOpen,
  canBecomeRecommendation,
  canHaveActions,
  isActionRemovable,
  isEvaluationOpen,
  isObservationRemovable,
  isPlanningEditable,
  nextExerciseStatuses,
} from './exercises.rules';
import type { ExerciseStatus, ObservationKind } from './exercises.schema';
import { canWorkOnScenarios, type ScenarioRelation } from './scenarios.permissions';

/** What the actor may do to one exercise now. */
export interface ExercisePermissions {
  /** Details, objectives, people and injects. */
  canEditPlanning: boolean;
  canChangeStatus: boolean;
  /** Record, edit and remove observations. */
  canEvaluate: boolean;
  /** Add improvement actions and turn observations and actions into recommendations. */
  canManageActions: boolean;
}

export function exercisePermissions(
  _actor: Actor,
  relation: ScenarioRelation,
  exercise: { status: ExerciseStatus },
): ExercisePermissions {
  const works = canWorkOnScenarios(relation);
  return {
    canEditPlanning: works && isPlanningEditable(exercise.status),
    canChangeStatus: works && nextExerciseStatuses(exercise.status).length > 0,
    canEvaluate: works && isEvaluationOpen(exercise.status),
    canManageActions: works && areActionsOpen(exercise.status),
  };
}

/** What the actor may do to one observation now. */
export interface ObservationPermissions {
  canEdit: boolean;
  canRemove: boolean;
  canAddAction: boolean;
  canRecommend: boolean;
}

export function observationPermissions(
  _actor: Actor,
  relation: ScenarioRelation,
  observation: {
    exerciseStatus: ExerciseStatus;
    kind: ObservationKind;
    recommendationId: string | null;
    recommendedActionCount: number;
  },
): ObservationPermissions {
  const works = canWorkOnScenarios(relation);
  const evaluate = works && isEvaluationOpen(observation.exerciseStatus);
  const manageActions = works && areActionsOpen(observation.exerciseStatus);
  return {
    canEdit: evaluate,
    canRemove: evaluate && isObservationRemovable(observation.recommendedActionCount, observation.recommendationId),
    canAddAction: manageActions && canHaveActions(observation.kind),
    canRecommend: works && canBecomeRecommendation(observation.exerciseStatus, observation.recommendationId),
  };
}

/** What the actor may do to one improvement action now. */
export interface ImprovementActionPermissions {
  canRemove: boolean;
  canRecommend: boolean;
}

export function improvementActionPermissions(
  _actor: Actor,
  relation: ScenarioRelation,
  action: { exerciseStatus: ExerciseStatus; recommendationId: string | null },
): ImprovementActionPermissions {
  const manageActions = canWorkOnScenarios(relation) && areActionsOpen(action.exerciseStatus);
  return {
    canRemove: manageActions && isActionRemovable(action.recommendationId),
    canRecommend: manageActions && canBecomeRecommendation(action.exerciseStatus, action.recommendationId),
  };
}
