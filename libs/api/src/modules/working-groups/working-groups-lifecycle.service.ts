import { updateWorkingGroupRow } from '@srw/db';
import {
  assertCanManageGroup,
  assertExpectedVersion,
  assertWorkingGroupTransition,
  type Actor,
  type ChangeWorkingGroupStatusInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from './working-groups-access';

/** Finish, archive or reopen a group: its chair or an admin, also when archived. */
export async function changeGroupStatus(ctx: ServiceContext, actor: Actor, input: ChangeWorkingGroupStatusInput) {
  return ctx.db.transaction(async (tx) => {
    const { group: current, role } = await loadGroupAccess(tx, actor, input.id, { lock: true });
    assertCanManageGroup(actor, role);
    assertExpectedVersion(input.version, current.version);
    assertWorkingGroupTransition(current.status, input.status);
    const updated = await updateWorkingGroupRow(tx, input.id, input.version, { status: input.status });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: 'working_group',
      entityId: input.id,
      groupId: input.id,
      before: { status: current.status },
      after: { status: updated.status },
    });
    return updated;
  });
}
