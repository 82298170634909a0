import {
  countExistingOrganisations,
  findGroupOrganisations,
  findMemberOrganisationIds,
  findUserView,
  findWorkingGroupForUpdate,
  listWorkingGroups,
  memberships,
  replaceGroupOrganisations,
  workingGroups,
  eq,
  sql,
  type Executor,
  type WorkingGroupSummary,
} from '@srw/db';
import {
  assertCanAddMember,
  assertCanCreateGroup,
  assertCanManageGroup,
  assertExpectedVersion,
  assertOrganisationsCoverMembers,
  assertWithinCeiling,
  assertWorkingGroupEditable,
  assertWorkingGroupTransition,
  canContributeToGroup,
  canManageGroup,
  canViewGroupAudit,
  DomainError,
  type Actor,
  type ChangeWorkingGroupStatusInput,
  type CreateWorkingGroupInput,
  type ListWorkingGroupsInput,
  type Page,
  type UpdateWorkingGroupInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from './group-access';

export async function listGroups(ctx: ServiceContext, actor: Actor, input: ListWorkingGroupsInput): Promise<Page<WorkingGroupSummary>> {
  const mayReadAll = actor.globalRole === 'admin' || actor.globalRole === 'management';
  return listWorkingGroups(ctx.db, {
    userId: actor.userId,
    allGroups: input.scope === 'all' && mayReadAll,
    status: input.status,
    cursor: input.cursor,
    limit: input.limit,
  });
}

export async function getGroup(ctx: ServiceContext, actor: Actor, id: string) {
  const { group, role } = await loadGroupAccess(ctx.db, actor, id);
  const organisations = await findGroupOrganisations(ctx.db, id);
  return {
    ...group,
    organisations,
    myRole: role,
    permissions: {
      manage: canManageGroup(actor, role) && group.status !== 'gearchiveerd',
      changeStatus: canManageGroup(actor, role),
      viewAudit: canViewGroupAudit(actor, role),
      contribute: canContributeToGroup(role) && group.status !== 'gearchiveerd',
    },
  };
}

async function assertOrganisationsExist(db: Executor, organisationIds: readonly string[]) {
  if ((await countExistingOrganisations(db, organisationIds)) !== organisationIds.length) {
    throw new DomainError('UNKNOWN_ORGANISATION', { field: 'organisationIds' });
  }
}

export async function createGroup(ctx: ServiceContext, actor: Actor, input: CreateWorkingGroupInput) {
  assertCanCreateGroup(actor);
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  await assertOrganisationsExist(ctx.db, input.organisationIds);
  const chair = await findUserView(ctx.db, input.chairUserId);
  if (!chair) throw new DomainError('UNKNOWN_USER', { field: 'chairUserId' });
  assertCanAddMember(input.organisationIds, { organisationId: chair.organisationId, active: chair.active, alreadyMember: false });

  return ctx.db.transaction(async (tx) => {
    const [group] = await tx
      .insert(workingGroups)
      .values({
        name: input.name,
        theme: input.theme,
        description: input.description,
        classification: input.classification,
        createdBy: actor.userId,
      })
      .returning();
    if (!group) throw new Error('insert returned no row');
    await replaceGroupOrganisations(tx, group.id, input.organisationIds);
    const [membership] = await tx
      .insert(memberships)
      .values({ groupId: group.id, userId: chair.id, role: 'chair', createdBy: actor.userId })
      .returning();
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'working_group',
      entityId: group.id,
      groupId: group.id,
      after: { ...group, organisationIds: input.organisationIds },
    });
    if (membership) {
      await recordAudit(tx, ctx, {
        actorId: actor.userId,
        action: 'create',
        entityType: 'membership',
        entityId: membership.id,
        groupId: group.id,
        after: { userId: chair.id, userName: chair.name, role: 'chair' },
      });
    }
    return group;
  });
}

export async function updateGroup(ctx: ServiceContext, actor: Actor, input: UpdateWorkingGroupInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  return ctx.db.transaction(async (tx) => {
    const { role } = await loadGroupAccess(tx, actor, input.id);
    assertCanManageGroup(actor, role);
    const current = await findWorkingGroupForUpdate(tx, input.id);
    if (!current) throw new DomainError('NOT_FOUND');
    assertWorkingGroupEditable(current.status);
    assertExpectedVersion(input.version, current.version);
    await assertOrganisationsExist(tx, input.organisationIds);
    assertOrganisationsCoverMembers(input.organisationIds, await findMemberOrganisationIds(tx, input.id));
    const beforeOrgs = (await findGroupOrganisations(tx, input.id)).map((o) => o.id);
    const [updated] = await tx
      .update(workingGroups)
      .set({
        name: input.name,
        theme: input.theme,
        description: input.description,
        classification: input.classification,
        version: sql`${workingGroups.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(workingGroups.id, input.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await replaceGroupOrganisations(tx, input.id, input.organisationIds);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'working_group',
      entityId: input.id,
      groupId: input.id,
      before: { ...current, organisationIds: beforeOrgs },
      after: { ...updated, organisationIds: input.organisationIds },
    });
    return updated;
  });
}

export async function changeGroupStatus(ctx: ServiceContext, actor: Actor, input: ChangeWorkingGroupStatusInput) {
  return ctx.db.transaction(async (tx) => {
    const { role } = await loadGroupAccess(tx, actor, input.id);
    assertCanManageGroup(actor, role);
    const current = await findWorkingGroupForUpdate(tx, input.id);
    if (!current) throw new DomainError('NOT_FOUND');
    assertExpectedVersion(input.version, current.version);
    assertWorkingGroupTransition(current.status, input.status);
    const [updated] = await tx
      .update(workingGroups)
      .set({ status: input.status, version: sql`${workingGroups.version} + 1`, updatedAt: new Date() })
      .where(eq(workingGroups.id, input.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
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
