import {
  countExistingOrganisations,
  deleteRecommendationAddressees,
  findIndicatorIds,
  findRecommendationAddressees,
  findRecommendationByCode,
  findRecommendationConditionIds,
  findUserView,
  insertRecommendation,
  insertRecommendationAddressees,
  insertRecommendationEvent,
  nextRecommendationCode,
  replaceRecommendationConditions,
  updateRecommendationRow,
  type Executor,
} from '@srw/db';
import {
  assertAddresseesChangeable,
  assertCanEditRecommendation,
  assertExpectedVersion,
  assertRecommendationEditable,
  assertWithinCeiling,
  assertWorkingGroupEditable,
  createRecommendationFromSourceSchema,
  DomainError,
  mergeAddressees,
  recommendationsErrors,
  type Actor,
  type CreateRecommendationFromSourceInput,
  type CreateRecommendationInput,
  type UpdateRecommendationInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { findReadableDecision } from '../decisions/decisions-access';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { lockRecommendationForEdit } from './recommendations-access';
import { assertOwnerEligibleFor } from './recommendations-owners.service';

const ENTITY = 'recommendation';

async function validateReferences(
  db: Executor,
  input: { conditionIds: readonly string[]; addresseeOrganisationIds: readonly string[]; ownerUserId: string | null },
): Promise<void> {
  const indicatorIds = await findIndicatorIds(db);
  if (input.conditionIds.some((id) => !indicatorIds.includes(id))) {
    throw new DomainError(recommendationsErrors.UNKNOWN_CONDITION, { field: 'conditionIds' });
  }
  if (
    (await countExistingOrganisations(db, input.addresseeOrganisationIds)) !== input.addresseeOrganisationIds.length
  ) {
    throw new DomainError('UNKNOWN_ORGANISATION', { field: 'addresseeOrganisationIds' });
  }
  if (input.ownerUserId) {
    const owner = await findUserView(db, input.ownerUserId);
    if (!owner) throw new DomainError('UNKNOWN_USER', { field: 'ownerUserId' });
    if (!owner.active) throw new DomainError('USER_INACTIVE', { field: 'ownerUserId' });
  }
}

/** A recommendation may wait only on a decision its author can read. */
async function assertDecisionReadable(ctx: ServiceContext, actor: Actor, decisionId: string | null): Promise<void> {
  if (decisionId && !(await findReadableDecision(ctx.db, ctx.classificationCeiling, actor, decisionId))) {
    throw new DomainError(recommendationsErrors.UNKNOWN_DECISION, { field: 'decisionId' });
  }
}

async function assertCodeFree(db: Executor, code: string, exceptId?: string): Promise<void> {
  const existing = await findRecommendationByCode(db, code);
  if (existing && existing.id !== exceptId) {
    throw new DomainError('CODE_IN_USE', { field: 'code' });
  }
}

/** Management and admins file group-less ones; a group's editors that group's ones, while it is not archived. */
async function assertMayFileUnder(ctx: ServiceContext, actor: Actor, groupId: string | null): Promise<void> {
  if (!groupId) return assertCanEditRecommendation(actor, null, null);
  const { group, role } = await loadGroupAccess(ctx.db, actor, groupId);
  assertCanEditRecommendation(actor, groupId, role);
  assertWorkingGroupEditable(group.status);
}

function detailsOf(input: CreateRecommendationInput | UpdateRecommendationInput) {
  return {
    title: input.title,
    description: input.description,
    sourceType: input.sourceType,
    sourceReference: input.sourceReference,
    level: input.level,
    ownerUserId: input.ownerUserId,
    dueDate: input.dueDate,
    priority: input.priority,
    decisionId: input.decisionId,
    classification: input.classification,
  };
}

export async function createRecommendation(ctx: ServiceContext, actor: Actor, input: CreateRecommendationInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  await assertMayFileUnder(ctx, actor, input.groupId);
  await validateReferences(ctx.db, input);
  await assertOwnerEligibleFor(ctx.db, input.groupId, input.ownerUserId);
  await assertDecisionReadable(ctx, actor, input.decisionId);
  if (input.code) await assertCodeFree(ctx.db, input.code);

  return ctx.db.transaction(async (tx) => {
    const code = input.code ?? (await nextRecommendationCode(tx));
    const created = await insertRecommendation(tx, {
      code,
      ...detailsOf(input),
      sourceId: input.sourceId,
      groupId: input.groupId,
      createdBy: actor.userId,
    });
    await replaceRecommendationConditions(tx, created.id, input.conditionIds);
    await insertRecommendationAddressees(tx, created.id, input.addresseeOrganisationIds, actor.userId);
    await insertRecommendationEvent(tx, {
      recommendationId: created.id,
      kind: 'status',
      fromStatus: null,
      toStatus: 'voorgesteld',
      note: input.note,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      groupId: created.groupId,
      after: { ...created, conditionIds: input.conditionIds, addresseeOrganisationIds: input.addresseeOrganisationIds },
    });
    return created;
  });
}

/**
 * For other modules (exercise evaluations, liaison debriefs, legal decisions):
 * turns one of their records into a recommendation that links back to it by
 * `sourceType` + `sourceId`. Access rules are the same as for `create`.
 */
export async function createRecommendationFromSource(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateRecommendationFromSourceInput,
) {
  const parsed = createRecommendationFromSourceSchema.parse(input);
  return createRecommendation(ctx, actor, parsed);
}

export async function updateRecommendation(ctx: ServiceContext, actor: Actor, input: UpdateRecommendationInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  await validateReferences(ctx.db, input);
  return ctx.db.transaction(async (tx) => {
    const current = await lockRecommendationForEdit(tx, actor, input.id);
    assertRecommendationEditable(current.status);
    assertExpectedVersion(input.version, current.version);
    // A link kept as it was stays, even if the decision has since become unreadable to this editor.
    if (input.decisionId !== current.decisionId)
      await assertDecisionReadable({ ...ctx, db: tx }, actor, input.decisionId);
    await assertCodeFree(tx, input.code, current.id);
    if (input.ownerUserId !== current.ownerUserId) await assertOwnerEligibleFor(tx, current.groupId, input.ownerUserId);
    const addressees = await findRecommendationAddressees(tx, current.id);
    assertAddresseesChangeable(
      current.status,
      addressees.map((a) => a.organisationId),
      input.addresseeOrganisationIds,
    );
    const beforeConditions = await findRecommendationConditionIds(tx, current.id);
    const updated = await updateRecommendationRow(tx, current.id, input.version, {
      code: input.code,
      ...detailsOf(input),
    });
    await replaceRecommendationConditions(tx, current.id, input.conditionIds);
    const { added, removed } = mergeAddressees(addressees, input.addresseeOrganisationIds);
    await deleteRecommendationAddressees(
      tx,
      current.id,
      removed.map((a) => a.organisationId),
    );
    await insertRecommendationAddressees(tx, current.id, added, actor.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: current.id,
      groupId: current.groupId,
      before: {
        ...current,
        conditionIds: beforeConditions,
        addresseeOrganisationIds: addressees.map((a) => a.organisationId),
      },
      after: { ...updated, conditionIds: input.conditionIds, addresseeOrganisationIds: input.addresseeOrganisationIds },
    });
    return updated;
  });
}
