import {
  findExerciseInjects,
  findExerciseObjectives,
  findExerciseObservations,
  findExerciseOrganisations,
  findExercisePeople,
  findGroupOrganisations,
  findImprovementActions,
  findScenario,
  listExercises,
  listMembers,
  type ExerciseSummary,
} from '@srw/db';
import {
  exercisePermissions,
  improvementActionPermissions,
  availableExerciseStatuses,
  countObservationsWithoutIndicator,
  currentInjectId,
  evaluationHeldBy,
  executionHeldUntil,
  injectPlannedAt,
  nextDeliveryStatuses,
  highestClassification,
  objectiveRating,
  observationPermissions,
  readsEveryGroup,
  type Actor,
  type ListExercisesInput,
  type Page,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { loadExerciseAccess } from './exercises-access';
import { loadScenarioAccess, scenarioRelationOf } from './scenarios-access';

export async function listGroupExercises(
  ctx: ServiceContext,
  actor: Actor,
  input: ListExercisesInput,
): Promise<Page<ExerciseSummary>> {
  if (input.groupId) await loadGroupAccess(ctx.db, actor, input.groupId);
  if (input.scenarioId) await loadScenarioAccess(ctx.db, actor, input.scenarioId);
  return listExercises(ctx.db, {
    userId: actor.userId,
    allGroups: readsEveryGroup(actor),
    groupId: input.groupId,
    scenarioId: input.scenarioId,
    status: input.status,
    from: input.from,
    to: input.to,
    cursor: input.cursor,
    limit: input.limit,
  });
}

/** An exercise with everything its page shows, and what the actor may do to it and to each of its records. */
export async function getExercise(ctx: ServiceContext, actor: Actor, id: string) {
  const access = await loadExerciseAccess(ctx.db, actor, id);
  const { exercise, group } = access;
  const [scenario, organisations, people, objectives, injects, observations, actions, groupOrganisations, members] =
    await Promise.all([
      findScenario(ctx.db, exercise.scenarioId),
      findExerciseOrganisations(ctx.db, id),
      findExercisePeople(ctx.db, id),
      findExerciseObjectives(ctx.db, id),
      findExerciseInjects(ctx.db, id),
      findExerciseObservations(ctx.db, id),
      findImprovementActions(ctx.db, id),
      findGroupOrganisations(ctx.db, exercise.groupId),
      listMembers(ctx.db, { groupId: exercise.groupId, limit: 100 }),
    ]);
  const relation = scenarioRelationOf(access);
  const participants = people.filter((p) => p.role === 'participant');
  const planners = people.filter((p) => p.role === 'planner');
  const permissions = exercisePermissions(actor, relation, {
    status: exercise.status,
    plannerUserIds: planners.map((p) => p.userId),
  });
  const now = new Date();
  const dates = { startsAt: exercise.startsAt, now };
  const exerciseStatus = exercise.status;
  const withoutIndicator = countObservationsWithoutIndicator(observations);
  return {
    ...exercise,
    scenario: scenario
      ? { id: scenario.id, title: scenario.title, status: scenario.status, cooperationLevel: scenario.cooperationLevel }
      : null,
    /** The marking of the printed report: the exercise is as classified as its scenario. */
    marking: highestClassification(scenario ? [scenario.classification] : []),
    group: { id: group.id, name: group.name, status: group.status },
    groupOrganisations,
    groupMembers: members.items.map((m) => ({ userId: m.userId, name: m.name, organisationCode: m.organisationCode })),
    participantCounts: organisations,
    participants,
    planners,
    objectives: objectives.map((objective) => ({
      ...objective,
      rating: objectiveRating(observations.filter((o) => o.objectiveId === objective.id).map((o) => o.rating)),
    })),
    /** Each with its planned moment (start + offset) and the delivery steps open from where it stands. */
    injects: injects.map((inject) => ({
      ...inject,
      plannedAt: injectPlannedAt(exercise.startsAt, inject.offsetMinutes),
      nextDeliveryStatuses: permissions.canConduct ? nextDeliveryStatuses(inject.deliveryStatus) : [],
    })),
    /** The inject that is "now" on the exercise day (the last one planned at or before the server's clock). */
    currentInjectId: currentInjectId(injects, exercise.startsAt, now),
    serverTime: now,
    observations: observations.map((observation) => ({
      ...observation,
      permissions: observationPermissions(actor, relation, {
        exerciseStatus,
        kind: observation.kind,
        recommendationId: observation.recommendationId,
        conditionId: observation.conditionId,
        recommendedActionCount: actions.filter((a) => a.observationId === observation.id && a.recommendationId !== null)
          .length,
      }),
    })),
    improvementActions: actions.map((action) => ({
      ...action,
      permissions: improvementActionPermissions(actor, relation, {
        exerciseStatus,
        recommendationId: action.recommendationId,
      }),
    })),
    myRole: access.role,
    nextStatuses: permissions.canChangeStatus
      ? availableExerciseStatuses(exercise.status, dates, withoutIndicator)
      : [],
    /** The start moment while "uitgevoerd" waits for it, so the page can say why the step is not offered yet. */
    executionHeldUntil: permissions.canChangeStatus ? executionHeldUntil(exercise.status, dates) : null,
    /** Observations still without a Triad indicator while "geevalueerd" waits for them; 0 otherwise. */
    evaluationHeldBy: permissions.canChangeStatus ? evaluationHeldBy(exercise.status, withoutIndicator) : 0,
    permissions,
  };
}
