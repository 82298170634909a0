import {
  countExistingOrganisations,
  countRecommendationsBy,
  deleteRecommendationAddressees,
  findIndicatorIds,
  findMembershipRole,
  findRecommendation,
  findRecommendationAddressees,
  findRecommendationByCode,
  findRecommendationConditionIds,
  findRecommendationForUpdate,
  findRecommendationOrigins,
  findUserView,
  findWorkingGroup,
  insertRecommendationAddressees,
  insertRecommendationEvent,
  listConditionNodeRefs,
  listOverdueRecommendations,
  listRecommendationEvents,
  listRecommendations as listRecommendationRows,
  nextRecommendationCode,
  recommendationTrend,
  recommendations,
  replaceRecommendationConditions,
  updateAddresseeState,
  eq,
  sql,
  type Executor,
  type RecommendationRow,
  type RecommendationScope,
  type RecommendationSummary,
} from '@srw/db';
import {
  assertAddresseeProgressAllowed,
  assertAddresseesChangeable,
  assertCanEditRecommendation,
  assertCanReadRecommendation,
  assertExpectedVersion,
  assertRecommendationEditable,
  assertRecommendationStatusChange,
  assertWithinCeiling,
  assertWorkingGroupEditable,
  buildConditionProgress,
  canEditRecommendation,
  createRecommendationFromSourceSchema,
  DomainError,
  fillTrend,
  finalRecommendationStatuses,
  isRecommendationOverdue,
  mergeAddressees,
  nextRecommendationStatuses,
  recommendationsErrors,
  summariseStatusRows,
  summariseTotal,
  type Actor,
  type AddRecommendationNoteInput,
  type ChangeRecommendationStatusInput,
  type CreateRecommendationFromSourceInput,
  type CreateRecommendationInput,
  type GroupRole,
  type ListRecommendationsInput,
  type Page,
  type RecommendationDashboardInput,
  type RecordAddresseeProgressInput,
  type UpdateRecommendationInput,
} from '@srw/domain';
import { findReadableDecision } from '../decisions/decisions-access';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';

const ENTITY = 'recommendation';

/** Today as YYYY-MM-DD (UTC), the reference date for "overdue". */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function recommendationScopeOf(actor: Actor): RecommendationScope {
  return { userId: actor.userId, allGroups: actor.globalRole === 'admin' || actor.globalRole === 'management' };
}

async function roleIn(db: Executor, actor: Actor, groupId: string | null): Promise<GroupRole | null> {
  return groupId ? findMembershipRole(db, groupId, actor.userId) : null;
}

async function assertGroupEditable(db: Executor, groupId: string | null): Promise<void> {
  if (!groupId) return;
  const group = await findWorkingGroup(db, groupId);
  if (!group) throw new DomainError('NOT_FOUND');
  assertWorkingGroupEditable(group.status);
}

/** Loads a recommendation (locked) that the actor may edit, or throws NOT_FOUND / FORBIDDEN / GROUP_ARCHIVED. */
async function loadForEdit(tx: Executor, actor: Actor, id: string): Promise<RecommendationRow> {
  const current = await findRecommendationForUpdate(tx, id);
  if (!current) throw new DomainError('NOT_FOUND');
  assertCanEditRecommendation(actor, current.groupId, await roleIn(tx, actor, current.groupId));
  await assertGroupEditable(tx, current.groupId);
  return current;
}

async function validateReferences(
  db: Executor,
  input: { conditionIds: readonly string[]; addresseeOrganisationIds: readonly string[]; ownerUserId: string | null },
): Promise<void> {
  const indicatorIds = await findIndicatorIds(db);
  if (input.conditionIds.some((id) => !indicatorIds.includes(id))) {
    throw new DomainError(recommendationsErrors.UNKNOWN_CONDITION, { field: 'conditionIds' });
  }
  if ((await countExistingOrganisations(db, input.addresseeOrganisationIds)) !== input.addresseeOrganisationIds.length) {
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

export async function listRecommendations(ctx: ServiceContext, actor: Actor, input: ListRecommendationsInput): Promise<Page<RecommendationSummary>> {
  if (input.groupId && input.groupId !== 'none') await loadGroupAccess(ctx.db, actor, input.groupId);
  return listRecommendationRows(ctx.db, { ...input, scope: recommendationScopeOf(actor), today: todayIso() });
}

export async function getRecommendation(ctx: ServiceContext, actor: Actor, id: string) {
  const row = await findRecommendation(ctx.db, id);
  if (!row) throw new DomainError('NOT_FOUND');
  const role = await roleIn(ctx.db, actor, row.groupId);
  assertCanReadRecommendation(actor, row.groupId, role);
  const [group, owner, conditionIds, addressees, history, origins, decision] = await Promise.all([
    row.groupId ? findWorkingGroup(ctx.db, row.groupId) : Promise.resolve(null),
    row.ownerUserId ? findUserView(ctx.db, row.ownerUserId) : Promise.resolve(null),
    findRecommendationConditionIds(ctx.db, id),
    findRecommendationAddressees(ctx.db, id),
    listRecommendationEvents(ctx.db, id),
    findRecommendationOrigins(ctx.db, id),
    row.decisionId ? findReadableDecision(ctx.db, ctx.classificationCeiling, actor, row.decisionId) : Promise.resolve(null),
  ]);
  const editable = canEditRecommendation(actor, row.groupId, role) && group?.status !== 'gearchiveerd';
  const isFinal = finalRecommendationStatuses.includes(row.status);
  const today = todayIso();
  return {
    ...row,
    groupName: group?.name ?? null,
    ownerName: owner?.name ?? null,
    conditionIds,
    addressees,
    history,
    /** The exercise or placement this came from, to link back to. */
    origins,
    /** The decision this waits on, when the reader may see it. */
    decision,
    overdue: isRecommendationOverdue(row, today),
    nextStatuses: editable ? [...nextRecommendationStatuses(row.status)] : [],
    permissions: {
      edit: editable && !isFinal,
      changeStatus: editable && nextRecommendationStatuses(row.status).length > 0,
      addNote: editable,
      recordProgress: editable && (row.status === 'aanvaard' || row.status === 'in_uitvoering'),
    },
  };
}

async function insertRecommendation(ctx: ServiceContext, actor: Actor, input: CreateRecommendationInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  if (input.groupId) {
    const { role } = await loadGroupAccess(ctx.db, actor, input.groupId);
    assertCanEditRecommendation(actor, input.groupId, role);
    await assertGroupEditable(ctx.db, input.groupId);
  } else {
    assertCanEditRecommendation(actor, null, null);
  }
  await validateReferences(ctx.db, input);
  await assertDecisionReadable(ctx, actor, input.decisionId);
  if (input.code) await assertCodeFree(ctx.db, input.code);

  return ctx.db.transaction(async (tx) => {
    const code = input.code ?? (await nextRecommendationCode(tx));
    const [created] = await tx
      .insert(recommendations)
      .values({
        code,
        title: input.title,
        description: input.description,
        sourceType: input.sourceType,
        sourceReference: input.sourceReference,
        sourceId: input.sourceId,
        level: input.level,
        groupId: input.groupId,
        ownerUserId: input.ownerUserId,
        dueDate: input.dueDate,
        priority: input.priority,
        decisionId: input.decisionId,
        classification: input.classification,
        createdBy: actor.userId,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
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

export async function createRecommendation(ctx: ServiceContext, actor: Actor, input: CreateRecommendationInput) {
  return insertRecommendation(ctx, actor, input);
}

/**
 * For other modules (exercise evaluations, liaison debriefs, legal decisions):
 * turns one of their records into a recommendation that links back to it by
 * `sourceType` + `sourceId`. Access rules are the same as for `create`.
 */
export async function createRecommendationFromSource(ctx: ServiceContext, actor: Actor, input: CreateRecommendationFromSourceInput) {
  const parsed = createRecommendationFromSourceSchema.parse(input);
  return insertRecommendation(ctx, actor, parsed);
}

export async function updateRecommendation(ctx: ServiceContext, actor: Actor, input: UpdateRecommendationInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  await validateReferences(ctx.db, input);
  return ctx.db.transaction(async (tx) => {
    const current = await loadForEdit(tx, actor, input.id);
    assertRecommendationEditable(current.status);
    assertExpectedVersion(input.version, current.version);
    // A link kept as it was stays, even if the decision has since become unreadable to this editor.
    if (input.decisionId !== current.decisionId) await assertDecisionReadable({ ...ctx, db: tx }, actor, input.decisionId);
    await assertCodeFree(tx, input.code, current.id);
    const addressees = await findRecommendationAddressees(tx, current.id);
    assertAddresseesChangeable(
      current.status,
      addressees.map((a) => a.organisationId),
      input.addresseeOrganisationIds,
    );
    const beforeConditions = await findRecommendationConditionIds(tx, current.id);
    const [updated] = await tx
      .update(recommendations)
      .set({
        code: input.code,
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
        version: sql`${recommendations.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(recommendations.id, input.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
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
      before: { ...current, conditionIds: beforeConditions, addresseeOrganisationIds: addressees.map((a) => a.organisationId) },
      after: { ...updated, conditionIds: input.conditionIds, addresseeOrganisationIds: input.addresseeOrganisationIds },
    });
    return updated;
  });
}

export async function changeRecommendationStatus(ctx: ServiceContext, actor: Actor, input: ChangeRecommendationStatusInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await loadForEdit(tx, actor, input.id);
    assertExpectedVersion(input.version, current.version);
    const addressees = await findRecommendationAddressees(tx, current.id);
    assertRecommendationStatusChange({
      from: current.status,
      to: input.status,
      reason: input.reason,
      evidence: input.evidence,
      addresseeStates: addressees.map((a) => a.state),
      implementedOn: current.implementedOn,
    });
    const now = new Date();
    const [updated] = await tx
      .update(recommendations)
      .set({
        status: input.status,
        statusChangedAt: now,
        ...(input.status === 'uitgevoerd' ? { implementedOn: todayIso(now) } : {}),
        version: sql`${recommendations.version} + 1`,
        updatedAt: now,
      })
      .where(eq(recommendations.id, input.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await insertRecommendationEvent(tx, {
      recommendationId: current.id,
      kind: 'status',
      fromStatus: current.status,
      toStatus: input.status,
      note: input.note,
      reason: input.reason,
      evidence: input.status === 'geverifieerd' ? input.evidence : null,
      occurredAt: now,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: ENTITY,
      entityId: current.id,
      groupId: current.groupId,
      before: { status: current.status },
      after: { status: updated.status, note: input.note, reason: input.reason, evidence: input.evidence },
    });
    return updated;
  });
}

/** A dated progress note; allowed at any time, also on closed recommendations. */
export async function addRecommendationNote(ctx: ServiceContext, actor: Actor, input: AddRecommendationNoteInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await loadForEdit(tx, actor, input.id);
    const event = await insertRecommendationEvent(tx, { recommendationId: current.id, kind: 'progress', note: input.note, createdBy: actor.userId });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: current.id,
      groupId: current.groupId,
      after: { note: input.note },
    });
    return event;
  });
}

/** One addressee organisation records its own implementation state. */
export async function recordAddresseeProgress(ctx: ServiceContext, actor: Actor, input: RecordAddresseeProgressInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await loadForEdit(tx, actor, input.id);
    assertExpectedVersion(input.version, current.version);
    const addressees = await findRecommendationAddressees(tx, current.id);
    assertAddresseeProgressAllowed(
      current.status,
      addressees.map((a) => a.organisationId),
      input.organisationId,
    );
    const before = addressees.find((a) => a.organisationId === input.organisationId);
    const now = new Date();
    await updateAddresseeState(tx, {
      recommendationId: current.id,
      organisationId: input.organisationId,
      state: input.state,
      note: input.note,
      userId: actor.userId,
      at: now,
    });
    const [updated] = await tx
      .update(recommendations)
      .set({ version: sql`${recommendations.version} + 1`, updatedAt: now })
      .where(eq(recommendations.id, current.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await insertRecommendationEvent(tx, {
      recommendationId: current.id,
      kind: 'addressee',
      organisationId: input.organisationId,
      addresseeState: input.state,
      note: input.note,
      occurredAt: now,
      createdBy: actor.userId,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: current.id,
      groupId: current.groupId,
      before: { addressee: before?.code, state: before?.state },
      after: { addressee: before?.code, state: input.state, note: input.note },
    });
    return updated;
  });
}

function monthsBack(today: string, months: number): string {
  const date = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

/**
 * The management dashboard over what the actor may see. Every figure comes from
 * SQL aggregates; the domain turns the counts into progress figures.
 */
export async function recommendationDashboard(ctx: ServiceContext, actor: Actor, input: RecommendationDashboardInput) {
  if (input.groupId && input.groupId !== 'none') await loadGroupAccess(ctx.db, actor, input.groupId);
  const today = todayIso();
  const query = { ...input, scope: recommendationScopeOf(actor), today };
  const periodTo = input.to && input.to < today ? input.to : today;
  const periodFrom = input.from ?? monthsBack(today, 11);
  const [statusRows, organisationRows, levelRows, sourceRows, groupRows, categoryRows, indicatorRows, nodes, overdue, trend] = await Promise.all([
    countRecommendationsBy(ctx.db, 'status', query),
    countRecommendationsBy(ctx.db, 'organisation', query),
    countRecommendationsBy(ctx.db, 'level', query),
    countRecommendationsBy(ctx.db, 'source', query),
    countRecommendationsBy(ctx.db, 'group', query),
    countRecommendationsBy(ctx.db, 'category', query),
    countRecommendationsBy(ctx.db, 'indicator', query),
    listConditionNodeRefs(ctx.db),
    listOverdueRecommendations(ctx.db, { ...query, limit: 50 }),
    recommendationTrend(ctx.db, { ...query, periodFrom, periodTo }),
  ]);
  return {
    today,
    period: { from: periodFrom, to: periodTo },
    total: summariseTotal(statusRows),
    byOrganisation: summariseStatusRows(organisationRows),
    byLevel: summariseStatusRows(levelRows),
    bySource: summariseStatusRows(sourceRows),
    byGroup: summariseStatusRows(groupRows),
    conditions: buildConditionProgress(nodes, [...categoryRows, ...indicatorRows]),
    trend: fillTrend(trend, periodFrom, periodTo),
    overdue,
  };
}

/** Every visible recommendation matching the filter, for the XLSX/CSV export (bounded). */
export async function exportRecommendationRegister(ctx: ServiceContext, actor: Actor, input: RecommendationDashboardInput) {
  if (input.groupId && input.groupId !== 'none') await loadGroupAccess(ctx.db, actor, input.groupId);
  const page = await listRecommendationRows(ctx.db, { ...input, scope: recommendationScopeOf(actor), today: todayIso(), limit: 5000 });
  return page.items;
}
