import { eq, findImprovementAction, findImprovementActionForUpdate, findObservation, findScenario, improvementActions, sql } from '@srw/db';
import { assertActionRecommendable, DomainError, type Actor, type RecommendImprovementActionInput } from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { createRecommendationFromSource } from '../recommendations/recommendations.service';
import { lockExerciseRecord } from './exercise-records';

/**
 * Turns an improvement action into a recommendation in the register, in one
 * transaction: the recommendation is created (with the action as its source)
 * and the action points to it. Either both happen or neither.
 */
export async function recommendImprovementAction(ctx: ServiceContext, actor: Actor, input: RecommendImprovementActionInput) {
  return ctx.db.transaction(async (tx) => {
    const { exercise, current } = await lockExerciseRecord(
      tx,
      actor,
      { find: findImprovementAction, findForUpdate: findImprovementActionForUpdate },
      { id: input.actionId, version: input.version },
    );
    assertActionRecommendable(exercise.status, current.recommendationId);
    const [observation, scenario] = await Promise.all([findObservation(tx, current.observationId), findScenario(tx, exercise.scenarioId)]);
    const recommendation = await createRecommendationFromSource({ ...ctx, db: tx }, actor, {
      title: input.title,
      description: input.description,
      level: input.level,
      conditionIds: input.conditionIds,
      addresseeOrganisationIds: input.addresseeOrganisationIds,
      dueDate: input.dueDate,
      priority: input.priority,
      groupId: exercise.groupId,
      sourceType: 'exercise_evaluation',
      sourceId: current.id,
      // What comes from a marked scenario carries the same marking.
      classification: scenario?.classification ?? 'ONGERUBRICEERD',
      sourceReference: `Oefening ${exercise.title}`.slice(0, 300),
      note: observation ? `Uit de evaluatie: ${observation.text}`.slice(0, 2000) : '',
    });
    const [updated] = await tx
      .update(improvementActions)
      .set({ recommendationId: recommendation.id, version: sql`${improvementActions.version} + 1`, updatedAt: new Date() })
      .where(eq(improvementActions.id, current.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
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
