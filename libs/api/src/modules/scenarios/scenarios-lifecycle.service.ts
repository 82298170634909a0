import { updateScenarioRow } from '@srw/db';
import {
  assertExpectedVersion,
  assertScenarioTransition,
  type Actor,
  type ChangeScenarioStatusInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { lockScenarioForWork } from './scenarios-access';

export async function changeScenarioStatus(ctx: ServiceContext, actor: Actor, input: ChangeScenarioStatusInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockScenarioForWork(tx, actor, input.id);
    assertExpectedVersion(input.version, current.version);
    assertScenarioTransition(current.status, input.status);
    const updated = await updateScenarioRow(tx, input.id, input.version, { status: input.status });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: 'scenario',
      entityId: input.id,
      groupId: updated.groupId,
      before: { status: current.status },
      after: { status: updated.status },
    });
    return updated;
  });
}
