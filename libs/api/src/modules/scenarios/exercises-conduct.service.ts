import {
  findExercise,
  findExercisePlannerUserIds,
  findInject,
  findInjectPositions,
  insertInjects,
  updateInjectDeliveryRow,
  type Executor,
  type ExerciseRow,
} from '@srw/db';
import {
  assertConductOpen,
  assertDeliveryChange,
  assertExerciseController,
  assertExpectedVersion,
  deliveryValues,
  DomainError,
  nextInjectPosition,
  offsetMinutesAt,
  type Actor,
  type AddAdHocInjectInput,
  type SetInjectDeliveryInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadExerciseAccess } from './exercises-access';
import { validateInject } from './exercises-injects.service';
import { scenarioRelationOf } from './scenarios-access';

/**
 * Locks an exercise for its controllers on the day: NOT_FOUND for whoever may
 * not read it, FORBIDDEN for anyone but its planning team and the group's
 * chairs, CONDUCT_CLOSED once it has been marked executed or was cancelled.
 */
async function lockExerciseForConduct(tx: Executor, actor: Actor, exerciseId: string): Promise<ExerciseRow> {
  const access = await loadExerciseAccess(tx, actor, exerciseId);
  assertExerciseController(actor, scenarioRelationOf(access), {
    plannerUserIds: await findExercisePlannerUserIds(tx, exerciseId),
  });
  const exercise = await findExercise(tx, exerciseId, { lock: true });
  if (!exercise) throw new DomainError('NOT_FOUND');
  assertConductOpen(exercise.status);
  return exercise;
}

/** Marks an inject delivered (now, by the actor), delayed, skipped (with a reason) or back to planned; audited. */
export async function setInjectDelivery(ctx: ServiceContext, actor: Actor, input: SetInjectDeliveryInput) {
  return ctx.db.transaction(async (tx) => {
    const found = await findInject(tx, input.id);
    if (!found) throw new DomainError('NOT_FOUND');
    const exercise = await lockExerciseForConduct(tx, actor, found.exerciseId);
    const current = await findInject(tx, input.id, { lock: true });
    if (!current) throw new DomainError('NOT_FOUND');
    assertExpectedVersion(input.version, current.version);
    assertDeliveryChange(current.deliveryStatus, input.status, input.reason);
    const values = deliveryValues(input.status, { actorId: actor.userId, now: new Date(), reason: input.reason });
    const updated = await updateInjectDeliveryRow(tx, input.id, input.version, values);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'exercise_inject',
      entityId: input.id,
      groupId: exercise.groupId,
      before: {
        deliveryStatus: current.deliveryStatus,
        deliveredAt: current.deliveredAt,
        deliveredBy: current.deliveredBy,
        deliveryReason: current.deliveryReason,
      },
      after: values,
    });
    return updated;
  });
}

/** An inject added on the day, delivered at once by the actor; its offset is the time since the start unless given. */
export async function addAdHocInject(ctx: ServiceContext, actor: Actor, input: AddAdHocInjectInput) {
  return ctx.db.transaction(async (tx) => {
    const exercise = await lockExerciseForConduct(tx, actor, input.exerciseId);
    const now = new Date();
    const fields = { ...input, offsetMinutes: input.offsetMinutes ?? offsetMinutesAt(exercise.startsAt, now) };
    await validateInject(tx, exercise.groupId, fields);
    const positions = (await findInjectPositions(tx, exercise.id)).map((p) => p.position);
    const [inject] = await insertInjects(tx, [
      {
        exerciseId: exercise.id,
        position: nextInjectPosition(positions),
        offsetMinutes: fields.offsetMinutes,
        fromParty: fields.fromParty,
        toParty: fields.toParty,
        message: fields.message,
        expectedAction: fields.expectedAction,
        responsibleOrganisationId: fields.responsibleOrganisationId,
        legalBasisId: fields.legalBasisId,
        adHoc: true,
        ...deliveryValues('delivered', { actorId: actor.userId, now, reason: '' }),
        createdBy: actor.userId,
      },
    ]);
    if (!inject) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'exercise_inject',
      entityId: inject.id,
      groupId: exercise.groupId,
      after: inject,
    });
    return inject;
  });
}
