import { countObservations, updateExerciseRow } from '@srw/db';
import {
  assertExerciseTransition,
  assertExpectedVersion,
  type Actor,
  type ChangeExerciseStatusInput,
  isCancelledExercise,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { lockExerciseForWork } from './exercises-access';

export async function changeExerciseStatus(ctx: ServiceContext, actor: Actor, input: ChangeExerciseStatusInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockExerciseForWork(tx, actor, input.id);
    assertExpectedVersion(input.version, current.version);
    const observations = await countObservations(tx, input.id);
    assertExerciseTransition(current.status, input.status, {
      cancellationReason: input.cancellationReason,
      observationCount: observations.total,
      observationsWithoutIndicator: observations.withoutIndicator,
      startsAt: current.startsAt,
      now: new Date(),
    });
    const updated = await updateExerciseRow(tx, input.id, input.version, {
      status: input.status,
      cancellationReason: isCancelledExercise(input.status) ? input.cancellationReason : current.cancellationReason,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: 'exercise',
      entityId: input.id,
      groupId: updated.groupId,
      before: { status: current.status },
      after: { status: updated.status, cancellationReason: updated.cancellationReason },
    });
    return updated;
  });
}
