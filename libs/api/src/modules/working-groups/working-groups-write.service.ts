import {
  countExistingOrganisations,
  findGroupOrganisations,
  findMemberOrganisationIds,
  findUserView,
  insertMembership,
  insertWorkingGroup,
  replaceGroupOrganisations,
  updateWorkingGroupRow,
  type Executor,
} from '@srw/db';
import {
  assertCanAddMember,
  assertCanCreateGroup,
  assertCanManageGroup,
  assertExpectedVersion,
  assertOrganisationsCoverMembers,
  assertWithinCeiling,
  assertWorkingGroupEditable,
  DomainError,
  type Actor,
  type CreateWorkingGroupInput,
  type UpdateWorkingGroupInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from './working-groups-access';

async function assertOrganisationsExist(db: Executor, organisationIds: readonly string[]) {
  if ((await countExistingOrganisations(db, organisationIds)) !== organisationIds.length) {
    throw new DomainError('UNKNOWN_ORGANISATION', { field: 'organisationIds' });
  }
}

/** A new group starts with its first chair as its one member. */
export async function createGroup(ctx: ServiceContext, actor: Actor, input: CreateWorkingGroupInput) {
  assertCanCreateGroup(actor);
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  await assertOrganisationsExist(ctx.db, input.organisationIds);
  const chair = await findUserView(ctx.db, input.chairUserId);
  if (!chair) throw new DomainError('UNKNOWN_USER', { field: 'chairUserId' });
  assertCanAddMember(input.organisationIds, {
    organisationId: chair.organisationId,
    active: chair.active,
    alreadyMember: false,
  });

  return ctx.db.transaction(async (tx) => {
    const group = await insertWorkingGroup(tx, {
      name: input.name,
      theme: input.theme,
      description: input.description,
      classification: input.classification,
      createdBy: actor.userId,
    });
    await replaceGroupOrganisations(tx, group.id, input.organisationIds);
    const membership = await insertMembership(tx, {
      groupId: group.id,
      userId: chair.id,
      role: 'chair',
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'working_group',
      entityId: group.id,
      groupId: group.id,
      after: { ...group, organisationIds: input.organisationIds },
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'membership',
      entityId: membership.id,
      groupId: group.id,
      after: { userId: chair.id, userName: chair.name, role: membership.role },
    });
    return group;
  });
}

export async function updateGroup(ctx: ServiceContext, actor: Actor, input: UpdateWorkingGroupInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  return ctx.db.transaction(async (tx) => {
    const { group: current, role } = await loadGroupAccess(tx, actor, input.id, { lock: true });
    assertCanManageGroup(actor, role);
    assertWorkingGroupEditable(current.status);
    assertExpectedVersion(input.version, current.version);
    await assertOrganisationsExist(tx, input.organisationIds);
    assertOrganisationsCoverMembers(input.organisationIds, await findMemberOrganisationIds(tx, input.id));
    const beforeOrgs = (await findGroupOrganisations(tx, input.id)).map((o) => o.id);
    const updated = await updateWorkingGroupRow(tx, input.id, input.version, {
      name: input.name,
      theme: input.theme,
      description: input.description,
      classification: input.classification,
    });
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
