import {
  deletePlacementLessons,
  findPlacementLesson,
  findRecommendation,
  insertPlacementLessons,
  listPlacementLessons,
  movePlacementLesson,
  updatePlacementLessonRow,
  updatePlacementRow,
} from '@srw/db';
import {
  assertCanEditPlacement,
  assertDebriefAllowed,
  assertExpectedVersion,
  assertLessonNotConverted,
  canConvertLesson,
  DomainError,
  lessonSourceReference,
  planLessons,
  type Actor,
  type CreateLessonRecommendationInput,
  type SaveDebriefInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { createRecommendationFromSource } from '../recommendations/recommendations-write.service';
import { loadPlacementAccess } from './placements-access';

/**
 * Saves the debrief of a closed placement: what worked, what did not, and its
 * lessons. A lesson kept word for word keeps its row (and its recommendation
 * link); a converted lesson cannot be dropped or reworded.
 */
export async function saveDebrief(ctx: ServiceContext, actor: Actor, input: SaveDebriefInput) {
  return ctx.db.transaction(async (tx) => {
    const { placement: current, relation } = await loadPlacementAccess(tx, actor, input.id, { lock: true });
    assertCanEditPlacement(actor, relation);
    assertExpectedVersion(input.version, current.version);
    assertDebriefAllowed(current.status);
    const previousLessons = await listPlacementLessons(tx, current.id);
    const updated = await updatePlacementRow(tx, current.id, input.version, {
      debriefWhatWorked: input.whatWorked,
      debriefWhatDidNotWork: input.whatDidNotWork,
      debriefedAt: new Date(),
    });
    const plan = planLessons(previousLessons, input.lessons);
    await deletePlacementLessons(tx, plan.remove);
    for (const kept of plan.keep) await movePlacementLesson(tx, kept.id, kept.position);
    await insertPlacementLessons(
      tx,
      plan.insert.map((l) => ({
        placementId: current.id,
        position: l.position,
        lesson: l.lesson,
        createdBy: actor.userId,
      })),
    );
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'placement_debrief',
      entityId: current.id,
      groupId: current.groupId,
      before: {
        whatWorked: current.debriefWhatWorked,
        whatDidNotWork: current.debriefWhatDidNotWork,
        lessons: previousLessons.map((l) => l.lesson),
      },
      after: { whatWorked: input.whatWorked, whatDidNotWork: input.whatDidNotWork, lessons: input.lessons },
    });
    return updated;
  });
}

/**
 * Turns a debrief lesson into a recommendation in the register, in one
 * transaction: the recommendation (sourceType `liaison_debrief`, sourceId = the
 * lesson's id, so the register links back), the lesson's link to it, and the
 * audit events of both. Any refusal by the register leaves the lesson as it was.
 */
export async function createLessonRecommendation(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateLessonRecommendationInput,
) {
  const first = await findPlacementLesson(ctx.db, input.lessonId);
  if (!first) throw new DomainError('NOT_FOUND');

  return ctx.db.transaction(async (tx) => {
    // The placement first, then the lesson: the order saveDebrief locks in, so a
    // debrief saved meanwhile waits and then keeps the new link.
    const { placement, relation } = await loadPlacementAccess(tx, actor, first.placementId, { lock: true });
    const lesson = await findPlacementLesson(tx, input.lessonId, { lock: true });
    if (!lesson) throw new DomainError('NOT_FOUND');
    assertCanEditPlacement(actor, relation);
    // Who sees the placement learns nothing from FORBIDDEN; the register would answer NOT_FOUND to the person placed.
    if (!canConvertLesson(actor, relation, placement.groupId)) throw new DomainError('FORBIDDEN');
    assertExpectedVersion(input.version, lesson.version);
    assertDebriefAllowed(placement.status);
    assertLessonNotConverted(lesson.recommendationId ? await findRecommendation(tx, lesson.recommendationId) : null);

    const recommendation = await createRecommendationFromSource({ ...ctx, db: tx }, actor, {
      title: input.title,
      description: input.description,
      level: input.level,
      addresseeOrganisationIds: input.addresseeOrganisationIds,
      dueDate: input.dueDate,
      priority: input.priority,
      conditionIds: input.conditionIds,
      sourceType: 'liaison_debrief',
      sourceId: lesson.id,
      sourceReference: lessonSourceReference(placement),
      groupId: placement.groupId,
      // What comes from a marked placement carries the same marking.
      classification: placement.classification,
    });
    const updated = await updatePlacementLessonRow(tx, lesson.id, lesson.version, {
      recommendationId: recommendation.id,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'placement_lesson',
      entityId: lesson.id,
      groupId: placement.groupId,
      before: { recommendationId: lesson.recommendationId },
      after: { recommendationId: recommendation.id, recommendationCode: recommendation.code },
    });
    return {
      lesson: updated,
      recommendation: { id: recommendation.id, code: recommendation.code, title: recommendation.title },
    };
  });
}
