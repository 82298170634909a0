import { deleteSessionsOfUser, updateUserRow, type UserView } from '@srw/db';
import {
  assertCanManageUsers,
  assertExpectedVersion,
  assertMayDeactivateUser,
  type Actor,
  type SetUserActiveInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadUserAccess } from './users-access';
import { loadUserView } from './users-read.service';

/** Deactivating ends all of the user's sessions in the same transaction. */
export async function setUserActive(ctx: ServiceContext, actor: Actor, input: SetUserActiveInput): Promise<UserView> {
  assertCanManageUsers(actor);
  if (!input.active) assertMayDeactivateUser(actor, input);
  await ctx.db.transaction(async (tx) => {
    const current = await loadUserAccess(tx, actor, input.id, { lock: true });
    assertExpectedVersion(input.version, current.version);
    const updated = await updateUserRow(tx, input.id, input.version, { active: input.active });
    if (!input.active) await deleteSessionsOfUser(tx, input.id);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: input.active ? 'activate' : 'deactivate',
      entityType: 'user',
      entityId: input.id,
      before: { active: current.active },
      after: { active: updated.active },
    });
  });
  return loadUserView(ctx, input.id);
}
