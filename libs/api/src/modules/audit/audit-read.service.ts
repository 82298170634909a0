import { listAuditEvents, listAuditFilterOptions, listOrganisations, type AuditEventView } from '@srw/db';
import {
  assertCanViewAllAudit,
  assertCanViewGroupAudit,
  type Actor,
  type ListAuditInput,
  type Page,
  withRecordNames,
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
  const page = await listAuditEvents(ctx.db, input);
  if (page.items.length === 0) return page;
  // Organisations are few: their ids in snapshots are shown as their names.
  const names = new Map((await listOrganisations(ctx.db)).map((o) => [o.id, o.name]));
  return {
    ...page,
    items: page.items.map((event) => ({
      ...event,
      before: withRecordNames(event.before, names),
      after: withRecordNames(event.after, names),
    })),
  };
}

/** The complete person and group lists of the full trail's filter (admins only, like the trail itself). */
export async function auditFilterOptions(ctx: ServiceContext, actor: Actor) {
  assertCanViewAllAudit(actor);
  return listAuditFilterOptions(ctx.db);
}
