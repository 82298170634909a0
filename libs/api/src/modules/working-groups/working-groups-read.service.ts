import { findGroupOrganisations, listWorkingGroups, type WorkingGroupSummary } from '@srw/db';
import {
  readsEveryGroup,
  workingGroupPermissions,
  type Actor,
  type ListWorkingGroupsInput,
  type Page,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from './working-groups-access';

export async function listGroups(
  ctx: ServiceContext,
  actor: Actor,
  input: ListWorkingGroupsInput,
): Promise<Page<WorkingGroupSummary>> {
  return listWorkingGroups(ctx.db, {
    userId: actor.userId,
    allGroups: input.scope === 'all' && readsEveryGroup(actor),
    status: input.status,
    cursor: input.cursor,
    limit: input.limit,
  });
}

export async function getGroup(ctx: ServiceContext, actor: Actor, id: string) {
  const { group, role } = await loadGroupAccess(ctx.db, actor, id);
  const organisations = await findGroupOrganisations(ctx.db, id);
  return { ...group, organisations, myRole: role, permissions: workingGroupPermissions(actor, role, group) };
}
