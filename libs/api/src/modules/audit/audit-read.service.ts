import { listAuditEvents, type AuditEventView } from '@srw/db';
import {
  assertCanViewAllAudit,
  assertCanViewGroupAudit,
  type Actor,
  type ListAuditInput,
  type Page,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';

/** A group's history: its chairs and admins. Without a group: admins only (all history). */
export async function listAudit(
  ctx: ServiceContext,
  actor: Actor,
  input: ListAuditInput,
): Promise<Page<AuditEventView>> {
  if (input.groupId) {
    const { role } = await loadGroupAccess(ctx.db, actor, input.groupId);
    assertCanViewGroupAudit(actor, role);
  } else {
    assertCanViewAllAudit(actor);
  }
  return listAuditEvents(ctx.db, input);
}
