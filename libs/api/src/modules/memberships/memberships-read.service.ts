import { findGroupOrganisations, listMembers, listUsers, type MemberView, type UserView } from '@srw/db';
import {
  assertCanManageGroup,
  membershipPermissions,
  type Actor,
  type ListMembersInput,
  type MembershipPermissions,
  type Page,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';

export async function listGroupMembers(
  ctx: ServiceContext,
  actor: Actor,
  input: ListMembersInput,
): Promise<Page<MemberView & { permissions: MembershipPermissions }>> {
  const { group, role } = await loadGroupAccess(ctx.db, actor, input.groupId);
  const permissions = membershipPermissions(actor, role, group);
  const page = await listMembers(ctx.db, input);
  return { ...page, items: page.items.map((member) => ({ ...member, permissions })) };
}

/** Active users of the group's organisations who are not yet members: the chair's picker. */
export async function listMemberCandidates(
  ctx: ServiceContext,
  actor: Actor,
  input: { groupId: string; search: string },
): Promise<UserView[]> {
  const { role } = await loadGroupAccess(ctx.db, actor, input.groupId);
  assertCanManageGroup(actor, role);
  const organisationIds = (await findGroupOrganisations(ctx.db, input.groupId)).map((o) => o.id);
  const page = await listUsers(ctx.db, {
    search: input.search || undefined,
    organisationIds,
    includeInactive: false,
    excludeGroupId: input.groupId,
    limit: 20,
  });
  return page.items;
}
