import { deleteSessionsOfUser, deleteTwoFactorOfUser, type UserView } from '@srw/db';
import { DomainError, userPermissions, type Actor, type UserIdInput } from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadUserAccess } from './users-access';
import { loadUserView } from './users-read.service';

/**
 * An admin removes another account's second factor (a lost phone): its key and
 * recovery codes go, and so do its sessions, so the next sign-in starts with a
 * password and, where the role requires it, a new enrolment.
 */
export async function resetSecondFactor(ctx: ServiceContext, actor: Actor, input: UserIdInput): Promise<UserView> {
  await ctx.db.transaction(async (tx) => {
    const user = await loadUserAccess(tx, actor, input.userId, { lock: true });
    if (!userPermissions(actor, user).resetSecondFactor) throw new DomainError('FORBIDDEN');
    await deleteTwoFactorOfUser(tx, user.id);
    await deleteSessionsOfUser(tx, user.id);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'mfa_reset',
      entityType: 'user',
      entityId: user.id,
      before: { twoFactorEnabled: true },
      after: { twoFactorEnabled: false },
    });
  });
  return loadUserView(ctx, input.userId);
}

/** An admin ends every session of another account (a stolen laptop); that person signs in again. */
export async function endSessionsOfUser(ctx: ServiceContext, actor: Actor, input: UserIdInput): Promise<{ ok: true }> {
  await ctx.db.transaction(async (tx) => {
    const user = await loadUserAccess(tx, actor, input.userId, { lock: true });
    if (!userPermissions(actor, user).endSessions) throw new DomainError('FORBIDDEN');
    await deleteSessionsOfUser(tx, user.id);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'sessions_ended_by_admin',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return { ok: true };
}
