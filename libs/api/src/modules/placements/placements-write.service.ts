import {
  findOrganisationById,
  findPlacement,
  findUserView,
  insertPlacement,
  lockPersonPlacements,
  updatePlacementRow,
  type Executor,
} from '@srw/db';
import {
  assertCanEditPlacement,
  assertDifferentOrganisations,
  assertExpectedVersion,
  assertHomeOrganisationKept,
  assertNoOverlap,
  assertPeriodEditable,
  assertPersonOfHomeOrganisation,
  assertValidPeriod,
  assertWithinCeiling,
  assertWorkingGroupEditable,
  canProposePlacement,
  clearanceExpiryOf,
  DomainError,
  placementPersonKey,
  type Actor,
  type ProposePlacementInput,
  type UpdatePlacementInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { loadPlacementAccess } from './placements-access';

const ENTITY = 'placement';

/** Resolves the person and the key their overlap checks lock on. */
async function resolvePerson(db: Executor, input: ProposePlacementInput) {
  const personKey = placementPersonKey(input.person, input.homeOrganisationId);
  if (input.person.kind === 'named') return { personUserId: null, personName: input.person.name, personKey };
  const user = await findUserView(db, input.person.userId);
  if (!user || !user.active) {
    throw new DomainError('UNKNOWN_USER', { field: 'person.userId' });
  }
  const organisation = await findOrganisationById(db, user.organisationId);
  assertPersonOfHomeOrganisation(
    { ...user, organisationParentId: organisation?.parentId ?? null },
    input.homeOrganisationId,
  );
  return { personUserId: user.id, personName: user.name, personKey };
}

async function assertOrganisationsExist(
  db: Executor,
  input: { homeOrganisationId: string; hostOrganisationId: string },
) {
  if (!(await findOrganisationById(db, input.homeOrganisationId))) {
    throw new DomainError('UNKNOWN_ORGANISATION', { field: 'homeOrganisationId' });
  }
  if (!(await findOrganisationById(db, input.hostOrganisationId))) {
    throw new DomainError('UNKNOWN_ORGANISATION', { field: 'hostOrganisationId' });
  }
}

/** A linked group must be readable, open, and the actor must be allowed to propose within it. */
async function assertGroupForPlacement(db: Executor, actor: Actor, groupId: string | null, isSelf: boolean) {
  if (!groupId) {
    if (!canProposePlacement(actor, { groupRole: null, hasGroup: false, isSelf })) throw new DomainError('FORBIDDEN');
    return;
  }
  const { group, role } = await loadGroupAccess(db, actor, groupId);
  if (!canProposePlacement(actor, { groupRole: role, hasGroup: true, isSelf })) throw new DomainError('FORBIDDEN');
  assertWorkingGroupEditable(group.status);
}

/** The columns a proposal and an edit both set. */
function detailsOf(input: ProposePlacementInput | UpdatePlacementInput) {
  return {
    homeOrganisationId: input.homeOrganisationId,
    homeUnit: input.homeUnit,
    hostOrganisationId: input.hostOrganisationId,
    hostUnit: input.hostUnit,
    hostFunction: input.hostFunction,
    purpose: input.purpose,
    learningGoals: input.learningGoals,
    startDate: input.startDate,
    endDate: input.endDate,
    hoursPerWeek: input.hoursPerWeek,
    homeContact: input.homeContact,
    hostContact: input.hostContact,
    groupId: input.groupId,
    classification: input.classification,
    clearanceLevel: input.clearanceLevel,
    clearanceExpiresOn: clearanceExpiryOf(input),
    accessGrants: input.accessGrants,
  };
}

export async function proposePlacement(ctx: ServiceContext, actor: Actor, input: ProposePlacementInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  assertValidPeriod(input);
  assertDifferentOrganisations(input.homeOrganisationId, input.hostOrganisationId);
  await assertOrganisationsExist(ctx.db, input);
  const person = await resolvePerson(ctx.db, input);
  await assertGroupForPlacement(ctx.db, actor, input.groupId, person.personUserId === actor.userId);

  return ctx.db.transaction(async (tx) => {
    const existing = await lockPersonPlacements(tx, person.personKey);
    assertNoOverlap(input, existing);
    const created = await insertPlacement(tx, { ...person, ...detailsOf(input), createdBy: actor.userId });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      groupId: created.groupId,
      after: created,
    });
    return created;
  });
}

export async function updatePlacement(ctx: ServiceContext, actor: Actor, input: UpdatePlacementInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  assertValidPeriod(input);
  assertDifferentOrganisations(input.homeOrganisationId, input.hostOrganisationId);
  const before = await findPlacement(ctx.db, input.id);
  if (!before) throw new DomainError('NOT_FOUND');

  return ctx.db.transaction(async (tx) => {
    // Person lock first, then the row: the same order as every other writer.
    const existing = await lockPersonPlacements(tx, before.personKey);
    const { placement: current, relation } = await loadPlacementAccess(tx, actor, input.id, { lock: true });
    assertCanEditPlacement(actor, relation);
    assertExpectedVersion(input.version, current.version);
    assertPeriodEditable(current.status, current, input);
    await assertOrganisationsExist(tx, input);
    assertHomeOrganisationKept(current, input.homeOrganisationId);
    if (input.groupId !== current.groupId) {
      await assertGroupForPlacement(tx, actor, input.groupId, current.personUserId === actor.userId);
    }
    assertNoOverlap({ startDate: input.startDate, endDate: input.endDate, id: current.id }, existing);
    const updated = await updatePlacementRow(tx, input.id, input.version, detailsOf(input));
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: input.id,
      groupId: updated.groupId,
      before: current,
      after: updated,
    });
    return updated;
  });
}
