import type { Actor } from '../access/roles';
import { DomainError } from '../errors';
import {
  areActionsOpen,
  areObservationsOpen,
  isConductOpen,
  canBecomeRecommendation,
  canHaveActions,
  isActionRemovable,
  isEvaluationOpen,
  isObservationRecommendable,
  isObservationRemovable,
  isPlanningEditable,
  nextExerciseStatuses,
} from './exercises.rules';
import type { ExerciseStatus, ObservationKind } from './exercises.constants';
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
  /** On the exercise day: mark injects delivered, delayed or skipped, and add ad-hoc injects. */
  canConduct: boolean;
  /** Write an observation now (during the exercise or its evaluation). */
  canObserve: boolean;
}

/**
 * The exercise's controllers: its planning team (exercise people with the role
 * "planner", who run the MSEL on the day) and the group's chairs. Group observers
 * only read, whatever their place in the exercise; other members observe and evaluate.
 */
export function isExerciseController(
  actor: Actor,
  relation: ScenarioRelation,
  exercise: { plannerUserIds: readonly string[] },
): boolean {
  if (!canWorkOnScenarios(relation)) return false;
  return relation.groupRole === 'chair' || exercise.plannerUserIds.includes(actor.userId);
}

export function exercisePermissions(
  actor: Actor,
  relation: ScenarioRelation,
  exercise: { status: ExerciseStatus; plannerUserIds?: readonly string[] },
): ExercisePermissions {
  const works = canWorkOnScenarios(relation);
  const controls = isExerciseController(actor, relation, { plannerUserIds: exercise.plannerUserIds ?? [] });
  return {
    canEditPlanning: works && isPlanningEditable(exercise.status),
    canChangeStatus: works && nextExerciseStatuses(exercise.status).length > 0,
    canEvaluate: works && isEvaluationOpen(exercise.status),
    canManageActions: works && areActionsOpen(exercise.status),
    canConduct: controls && isConductOpen(exercise.status),
    canObserve: works && areObservationsOpen(exercise.status),
  };
}

/** FORBIDDEN for whoever is not one of the exercise's controllers. */
export function assertExerciseController(
  actor: Actor,
  relation: ScenarioRelation,
  exercise: { plannerUserIds: readonly string[] },
): void {
  if (!isExerciseController(actor, relation, exercise)) throw new DomainError('FORBIDDEN');
}

/** What the actor may do to one observation now. */
export interface ObservationPermissions {
  canEdit: boolean;
  /** Give the observation its Triad indicator now ("Indicator nog kiezen"). */
  canSetIndicator: boolean;
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
    conditionId: string | null;
  },
): ObservationPermissions {
  const works = canWorkOnScenarios(relation);
  const evaluate = works && areObservationsOpen(observation.exerciseStatus);
  const manageActions = works && areActionsOpen(observation.exerciseStatus);
  return {
    canEdit: evaluate,
    canSetIndicator: evaluate,
    canRemove: evaluate && isObservationRemovable(observation.recommendedActionCount, observation.recommendationId),
    canAddAction: manageActions && canHaveActions(observation.kind),
    canRecommend: works && isObservationRecommendable(observation.exerciseStatus, observation),
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
