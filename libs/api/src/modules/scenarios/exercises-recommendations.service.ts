import {
  findImprovementAction,
  findObservation,
  findScenario,
  updateImprovementActionRow,
  updateObservationRow,
  type Executor,
  type ExerciseRow,
} from '@srw/db';
import {
  assertActionRecommendable,
  assertObservationRecommendable,
  type Actor,
  type ProposedRecommendation,
  type RecommendImprovementActionInput,
  type RecommendObservationInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { createRecommendationFromSource } from '../recommendations/recommendations-write.service';
import { lockExerciseRecord } from './exercises-access';

/**
 * Creates a recommendation in the register from a record of an exercise's
 * evaluation (inside the caller's transaction): the register's own rules apply,
 * the exercise's group owns it, and a marked scenario's marking carries over.
 */
async function recommendFromEvaluation(
  ctx: ServiceContext,
  tx: Executor,
  actor: Actor,
  exercise: ExerciseRow,
  source: { id: string; note: string },
  proposal: ProposedRecommendation,
) {
  const scenario = await findScenario(tx, exercise.scenarioId);
  return createRecommendationFromSource({ ...ctx, db: tx }, actor, {
    title: proposal.title,
    description: proposal.description,
    level: proposal.level,
    conditionIds: proposal.conditionIds,
    addresseeOrganisationIds: proposal.addresseeOrganisationIds,
    dueDate: proposal.dueDate,
    priority: proposal.priority,
    groupId: exercise.groupId,
    sourceType: 'exercise_evaluation',
    sourceId: source.id,
    // What comes from a marked scenario carries the same marking.
    classification: scenario?.classification ?? 'ONGERUBRICEERD',
    sourceReference: `Oefening ${exercise.title}`.slice(0, 300),
    note: source.note.slice(0, 2000),
  });
}

/**
 * Turns an improvement action into a recommendation in the register, in one
 * transaction: the recommendation is created (with the action as its source)
 * and the action points to it. Either both happen or neither.
 */
export async function recommendImprovementAction(
  ctx: ServiceContext,
  actor: Actor,
  input: RecommendImprovementActionInput,
) {
  return ctx.db.transaction(async (tx) => {
    const { exercise, current } = await lockExerciseRecord(tx, actor, findImprovementAction, {
      id: input.actionId,
      version: input.version,
    });
    assertActionRecommendable(exercise.status, current.recommendationId);
    const observation = await findObservation(tx, current.observationId);
    const recommendation = await recommendFromEvaluation(
      ctx,
      tx,
      actor,
      exercise,
      { id: current.id, note: observation ? `Uit de evaluatie: ${observation.text}` : '' },
      input,
    );
    const updated = await updateImprovementActionRow(tx, current.id, current.version, {
      recommendationId: recommendation.id,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'improvement_action',
      entityId: current.id,
      groupId: exercise.groupId,
      before: current,
      after: updated,
    });
    return { action: updated, recommendation: { id: recommendation.id, code: recommendation.code } };
  });
}

/**
 * Turns an observation itself into a recommendation, in one transaction: the
 * recommendation is created (with the observation as its source) and the
 * observation points to it.
 */
export async function recommendObservation(ctx: ServiceContext, actor: Actor, input: RecommendObservationInput) {
  return ctx.db.transaction(async (tx) => {
    const { exercise, current } = await lockExerciseRecord(tx, actor, findObservation, {
      id: input.observationId,
      version: input.version,
    });
    assertObservationRecommendable(exercise.status, current);
    const recommendation = await recommendFromEvaluation(
      ctx,
      tx,
      actor,
      exercise,
      { id: current.id, note: `Uit de evaluatie: ${current.text}` },
      input,
    );
    const updated = await updateObservationRow(tx, current.id, current.version, {
      recommendationId: recommendation.id,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'exercise_observation',
      entityId: current.id,
      groupId: exercise.groupId,
      before: current,
      after: updated,
    });
    return { observation: updated, recommendation: { id: recommendation.id, code: recommendation.code } };
  });
}
