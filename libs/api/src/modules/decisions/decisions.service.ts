import {
  cooperationLevelExists,
  cooperationLevels,
  countLegalBasesByIds,
  decisions,
  deleteDecisionSignOffs,
  findDecisionForUpdate,
  findDecisionHeadlines,
  findDecisionLegalBases,
  findDecisionOrganisations,
  findDecisionRulingParts,
  findDecisionSharingRules,
  findDecisionSignOffs,
  findGroupOrganisations,
  findGroupRolesOfUser,
  findMembershipRole,
  findWorkingGroup,
  insertDecisionSignOff,
  listAssistanceConditions,
  listAuditEvents,
  listDecisions,
  listDecisionsForOverview,
  listDecisionTestLinksWithTargets,
  listDecisionGroups,
  listDecisionTags,
  contributesToAnyOpenGroup,
  replaceDecisionLegalBases,
  replaceDecisionOrganisations,
  replaceDecisionSharingRules,
  asc,
  eq,
  sql,
  type DecisionSummary,
  type Executor,
} from '@srw/db';
import {
  assertCanEditDecision,
  assertCanSignOff,
  assertCanSupersede,
  assertDecisionEditable,
  assertDecisionOrganisationsInGroup,
  assertDecisionTransition,
  assertExpectedVersion,
  assertKnownConditionCodes,
  assertOutcomeConditions,
  assertReviewNeeded,
  assertSharingRulesValid,
  assertWithinCeiling,
  assertWorkingGroupEditable,
  canEditDecision,
  canReadDecision,
  canRecordDecisionTest,
  canSignOff,
  canWithdrawDecision,
  decisionErrors,
  DomainError,
  effectOfEdit,
  isDecisionClosed,
  isMaterialChange,
  isOpenQuestion,
  missingSignOffs,
  openQuestionAgeDays,
  readsEveryGroup,
  type Actor,
  type ChangeDecisionStatusInput,
  type CreateDecisionInput,
  type DecisionFilters,
  type DecisionVersionRef,
  type ListDecisionsInput,
  type Page,
  type TestLinkGroup,
  type UpdateDecisionInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadDecisionAccess, readerOf } from './decision-access';

const ENTITY = 'decision';

type DecisionContent = Omit<UpdateDecisionInput, 'id' | 'version'>;

/** Checks everything in the content that needs the database or the group. */
async function assertContentValid(db: Executor, groupId: string, content: DecisionContent, ceiling: ServiceContext['classificationCeiling']) {
  assertWithinCeiling(content.classification, ceiling);
  assertOutcomeConditions(content.outcome, content.conditions);
  assertSharingRulesValid(content.sharingRules);
  if (!(await cooperationLevelExists(db, content.cooperationLevel))) {
    throw new DomainError(decisionErrors.UNKNOWN_COOPERATION_LEVEL, { field: 'cooperationLevel' });
  }
  if ((await countLegalBasesByIds(db, content.legalBasisIds)) !== content.legalBasisIds.length) {
    throw new DomainError(decisionErrors.UNKNOWN_LEGAL_BASIS, { field: 'legalBasisIds' });
  }
  const referenceCodes = (await listAssistanceConditions(db)).map((condition) => condition.code);
  assertKnownConditionCodes(content.conditions, referenceCodes);
  const groupOrganisationIds = (await findGroupOrganisations(db, groupId)).map((organisation) => organisation.id);
  assertDecisionOrganisationsInGroup(content.organisationIds, groupOrganisationIds);
}

function contentColumns(content: DecisionContent) {
  return {
    question: content.question,
    context: content.context,
    cooperationLevel: content.cooperationLevel,
    topic: content.topic,
    tags: content.tags,
    options: content.options,
    outcome: content.outcome,
    conditions: content.conditions,
    decisionLevel: content.decisionLevel,
    decidedBy: content.decidedBy,
    decisionDate: content.decisionDate,
    reviewDate: content.reviewDate,
    classification: content.classification,
  };
}

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

export async function listDecisionsForActor(ctx: ServiceContext, actor: Actor, input: ListDecisionsInput): Promise<Page<DecisionSummary>> {
  const { cursor, limit, ...filters } = input;
  return listDecisions(ctx.db, { reader: readerOf(ctx, actor), filters, cursor, limit });
}

/** The overview is capped: the framework is meant to stay a readable document. */
export const OVERVIEW_LIMIT = 1000;

export async function getOverview(ctx: ServiceContext, actor: Actor, filters: DecisionFilters) {
  const reader = readerOf(ctx, actor);
  const [rows, levels, tags, groups] = await Promise.all([
    listDecisionsForOverview(ctx.db, { reader, filters, limit: OVERVIEW_LIMIT }),
    ctx.db.select().from(cooperationLevels).orderBy(asc(cooperationLevels.sortOrder)),
    listDecisionTags(ctx.db, reader),
    listDecisionGroups(ctx.db, reader),
  ]);
  const now = new Date();
  const sections = levels
    .map((level) => {
      const topics = new Map<string, DecisionSummary[]>();
      for (const row of rows.filter((r) => r.cooperationLevel === level.code)) {
        const list = topics.get(row.topic) ?? [];
        list.push(row);
        topics.set(row.topic, list);
      }
      return {
        level: { code: level.code, labelNl: level.labelNl, labelEn: level.labelEn },
        topics: [...topics.entries()].map(([topic, items]) => ({ topic, decisions: items })),
      };
    })
    .filter((section) => section.topics.length > 0);
  const openQuestions = rows
    .filter(isOpenQuestion)
    .map((row) => ({ id: row.id, question: row.question, groupName: row.groupName, status: row.status, raisedAt: row.createdAt, ageDays: openQuestionAgeDays(row.createdAt, now) }))
    .sort((a, b) => b.ageDays - a.ageDays);
  return { sections, openQuestions, tags, groups, total: rows.length, truncated: rows.length >= OVERVIEW_LIMIT, generatedAt: now };
}

/** The supersede chain around a decision, oldest first, limited to what the actor may read. */
async function loadChain(db: Executor, actor: Actor, start: { id: string; supersedesId: string | null; supersededById: string | null }) {
  const chain: Awaited<ReturnType<typeof findDecisionHeadlines>> = [];
  const seen = new Set([start.id]);
  let previous = start.supersedesId;
  while (previous && !seen.has(previous) && seen.size < 50) {
    seen.add(previous);
    const [row] = await db.select({ id: decisions.id, next: decisions.supersedesId }).from(decisions).where(eq(decisions.id, previous));
    if (!row) break;
    chain.unshift(...(await findDecisionHeadlines(db, [row.id])));
    previous = row.next;
  }
  const self = await findDecisionHeadlines(db, [start.id]);
  chain.push(...self);
  let next = start.supersededById;
  while (next && !seen.has(next) && seen.size < 50) {
    seen.add(next);
    const [row] = await db.select({ id: decisions.id, next: decisions.supersededById }).from(decisions).where(eq(decisions.id, next));
    if (!row) break;
    chain.push(...(await findDecisionHeadlines(db, [row.id])));
    next = row.next;
  }
  // The successor named on a draft (supersedesId) is not yet linked back; show it to those who may read it.
  const roles = await findGroupRolesOfUser(db, actor.userId, [...new Set(chain.map((item) => item.groupId))]);
  return chain
    .filter((item) => canReadDecision(actor, roles.get(item.groupId) ?? null, item))
    .map(({ id, question, status, outcome }) => ({ id, question, status, outcome, current: id === start.id }));
}

/** Marks the links the actor may remove: as chair/member of the decision's group or of the link's scenario/exercise group. */
async function withRemovePermission(
  db: Executor,
  actor: Actor,
  decisionGroup: TestLinkGroup,
  links: Awaited<ReturnType<typeof listDecisionTestLinksWithTargets>>,
) {
  const targetGroupIds = [...new Set(links.flatMap((link) => (link.targetGroupId ? [link.targetGroupId] : [])))];
  const roles = await findGroupRolesOfUser(db, actor.userId, targetGroupIds);
  return links.map(({ targetGroupStatus, ...link }) => ({
    ...link,
    canRemove: canRecordDecisionTest(
      decisionGroup,
      link.targetGroupId ? { role: roles.get(link.targetGroupId) ?? null, archived: targetGroupStatus === 'gearchiveerd' } : null,
    ),
  }));
}

export async function getDecision(ctx: ServiceContext, actor: Actor, id: string) {
  const { decision, group, role } = await loadDecisionAccess(ctx.db, ctx.classificationCeiling, actor, id);
  const [organisations, legalBases, sharingRules, signOffs, links, chain, contributesElsewhere] = await Promise.all([
    findDecisionOrganisations(ctx.db, id),
    findDecisionLegalBases(ctx.db, id),
    findDecisionSharingRules(ctx.db, id),
    findDecisionSignOffs(ctx.db, id),
    listDecisionTestLinksWithTargets(ctx.db, id, { userId: actor.userId, allGroups: readsEveryGroup(actor) }),
    loadChain(ctx.db, actor, decision),
    contributesToAnyOpenGroup(ctx.db, actor.userId),
  ]);
  const groupOpen = group.status !== 'gearchiveerd';
  const testLinks = await withRemovePermission(ctx.db, actor, { role, archived: !groupOpen }, links);
  const signed = signOffs.map((s) => s.organisationId);
  const missing = missingSignOffs(
    organisations.map((o) => o.id),
    signed,
  );
  const editable = groupOpen && canEditDecision(role) && !isDecisionClosed(decision.status);
  return {
    ...decision,
    group: { id: group.id, name: group.name, status: group.status },
    myRole: role,
    organisations,
    legalBases,
    sharingRules,
    signOffs,
    missingSignOffs: organisations.filter((o) => missing.includes(o.id)),
    chain,
    testLinks,
    permissions: {
      edit: editable,
      propose: editable && decision.status === 'concept',
      backToConcept: editable && decision.status === 'voorgesteld',
      establish: editable && decision.status === 'voorgesteld' && missing.length === 0,
      withdraw: groupOpen && canWithdrawDecision(actor, role) && !isDecisionClosed(decision.status),
      signOff:
        groupOpen &&
        canSignOff({
          actorOrganisationId: actor.organisationId,
          groupRole: role,
          status: decision.status,
          concernedOrganisationIds: organisations.map((o) => o.id),
          signedOrganisationIds: signed,
        }),
      markReviewed: editable && decision.reviewNeededAt !== null,
      supersede: groupOpen && canEditDecision(role) && decision.status === 'vastgesteld',
      /** Chairs and members of the decision's group, or of any group whose scenarios may test it. */
      recordTest: (groupOpen && canEditDecision(role)) || contributesElsewhere,
    },
  };
}

export async function getDecisionHistory(ctx: ServiceContext, actor: Actor, id: string) {
  await loadDecisionAccess(ctx.db, ctx.classificationCeiling, actor, id);
  const page = await listAuditEvents(ctx.db, { entityType: ENTITY, entityId: id, limit: 100 });
  return page.items.map((event) => ({
    id: event.id,
    occurredAt: event.occurredAt,
    actorName: event.actorName,
    action: event.action,
    fromStatus: typeof event.before?.status === 'string' ? event.before.status : null,
    toStatus: typeof event.after?.status === 'string' ? event.after.status : null,
    /** What happened, as a stable key the UI translates (e.g. `signOff`, `signOffsReset`). */
    event: typeof event.after?.event === 'string' ? event.after.event : event.action,
    detail: typeof event.after?.detail === 'string' ? event.after.detail : null,
  }));
}

export async function listReferenceConditions(ctx: ServiceContext) {
  return listAssistanceConditions(ctx.db);
}

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

export async function createDecision(ctx: ServiceContext, actor: Actor, input: CreateDecisionInput) {
  return ctx.db.transaction(async (tx) => {
    const [group, role] = await Promise.all([findWorkingGroup(tx, input.groupId), findMembershipRole(tx, input.groupId, actor.userId)]);
    if (!group) throw new DomainError('NOT_FOUND');
    if (!canReadDecision(actor, role, { status: 'concept', publishedAt: null })) throw new DomainError('NOT_FOUND');
    if (!canEditDecision(role)) throw new DomainError('FORBIDDEN');
    assertWorkingGroupEditable(group.status);
    const { groupId, supersedesId, ...content } = input;
    await assertContentValid(tx, groupId, content, ctx.classificationCeiling);
    if (supersedesId) {
      const predecessor = await findDecisionForUpdate(tx, supersedesId);
      if (!predecessor) throw new DomainError('NOT_FOUND', { field: 'supersedesId' });
      assertCanSupersede({ id: null, groupId }, predecessor);
    }
    const [created] = await tx
      .insert(decisions)
      .values({ ...contentColumns(content), groupId, supersedesId, createdBy: actor.userId })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await replaceDecisionOrganisations(tx, created.id, content.organisationIds);
    await replaceDecisionLegalBases(tx, created.id, content.legalBasisIds);
    await replaceDecisionSharingRules(tx, created.id, content.sharingRules);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      groupId,
      after: { ...created, organisationIds: content.organisationIds, legalBasisIds: content.legalBasisIds, sharingRules: content.sharingRules },
    });
    return created;
  });
}

export async function updateDecision(ctx: ServiceContext, actor: Actor, input: UpdateDecisionInput) {
  return ctx.db.transaction(async (tx) => {
    const { decision, group, role } = await loadDecisionAccess(tx, ctx.classificationCeiling, actor, input.id, { lock: true });
    assertCanEditDecision(actor, role, decision);
    assertWorkingGroupEditable(group.status);
    assertDecisionEditable(decision.status);
    assertExpectedVersion(input.version, decision.version);
    const { id, version: _version, ...content } = input;
    await assertContentValid(tx, decision.groupId, content, ctx.classificationCeiling);
    const before = await findDecisionRulingParts(tx, id);
    const material = isMaterialChange({ ...before, outcome: decision.outcome, conditions: decision.conditions }, content);
    const effect = effectOfEdit(decision.status, material);
    const [updated] = await tx
      .update(decisions)
      .set({
        ...contentColumns(content),
        status: effect.status,
        ...(effect.status !== decision.status ? { statusChangedAt: new Date() } : {}),
        version: sql`${decisions.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(decisions.id, id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await replaceDecisionOrganisations(tx, id, content.organisationIds);
    await replaceDecisionLegalBases(tx, id, content.legalBasisIds);
    await replaceDecisionSharingRules(tx, id, content.sharingRules);
    const removedSignOffs = effect.resetSignOffs ? await deleteDecisionSignOffs(tx, id) : 0;
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: id,
      groupId: decision.groupId,
      before: { ...decision, ...before },
      after: {
        ...updated,
        organisationIds: content.organisationIds,
        legalBasisIds: content.legalBasisIds,
        sharingRules: content.sharingRules,
        event: removedSignOffs > 0 ? 'signOffsReset' : 'update',
      },
    });
    return { ...updated, signOffsReset: removedSignOffs > 0 };
  });
}

export async function changeDecisionStatus(ctx: ServiceContext, actor: Actor, input: ChangeDecisionStatusInput) {
  return ctx.db.transaction(async (tx) => {
    const { decision, group, role } = await loadDecisionAccess(tx, ctx.classificationCeiling, actor, input.id, { lock: true });
    if (input.status === 'ingetrokken') {
      if (!canWithdrawDecision(actor, role)) throw new DomainError('FORBIDDEN');
    } else {
      assertCanEditDecision(actor, role, decision);
    }
    assertWorkingGroupEditable(group.status);
    assertExpectedVersion(input.version, decision.version);
    const [organisations, signOffs] = await Promise.all([findDecisionOrganisations(tx, decision.id), findDecisionSignOffs(tx, decision.id)]);
    const missing = missingSignOffs(
      organisations.map((o) => o.id),
      signOffs.map((s) => s.organisationId),
    );
    assertDecisionTransition(decision.status, input.status, { missingSignOffs: missing, reason: input.reason });

    const now = new Date();
    if (input.status === 'vastgesteld' && decision.supersedesId) {
      const predecessor = await findDecisionForUpdate(tx, decision.supersedesId);
      if (!predecessor) throw new DomainError('NOT_FOUND', { field: 'supersedesId' });
      assertCanSupersede({ id: decision.id, groupId: decision.groupId }, predecessor);
      assertDecisionTransition(predecessor.status, 'vervangen', { missingSignOffs: [], reason: '', viaSuccessor: true });
      await tx
        .update(decisions)
        .set({ status: 'vervangen', supersededById: decision.id, statusChangedAt: now, version: sql`${decisions.version} + 1`, updatedAt: now })
        .where(eq(decisions.id, predecessor.id));
      await recordAudit(tx, ctx, {
        actorId: actor.userId,
        action: 'status',
        entityType: ENTITY,
        entityId: predecessor.id,
        groupId: predecessor.groupId,
        before: { status: predecessor.status },
        after: { status: 'vervangen', supersededById: decision.id, event: 'superseded', detail: decision.question },
      });
    }

    const [updated] = await tx
      .update(decisions)
      .set({
        status: input.status,
        statusChangedAt: now,
        ...(input.status === 'vastgesteld' && decision.publishedAt === null ? { publishedAt: now } : {}),
        ...(input.status === 'ingetrokken' ? { withdrawnReason: input.reason } : {}),
        version: sql`${decisions.version} + 1`,
        updatedAt: now,
      })
      .where(eq(decisions.id, decision.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: ENTITY,
      entityId: decision.id,
      groupId: decision.groupId,
      before: { status: decision.status },
      after: { status: updated.status, event: 'status', detail: input.status === 'ingetrokken' ? input.reason : null },
    });
    return updated;
  });
}

/** Sign-off is for the version the signer read: a change in between is a conflict. */
export async function signOffDecision(ctx: ServiceContext, actor: Actor, input: DecisionVersionRef) {
  return ctx.db.transaction(async (tx) => {
    const { decision, group, role } = await loadDecisionAccess(tx, ctx.classificationCeiling, actor, input.id, { lock: true });
    assertWorkingGroupEditable(group.status);
    assertExpectedVersion(input.version, decision.version);
    const [organisations, signOffs] = await Promise.all([findDecisionOrganisations(tx, decision.id), findDecisionSignOffs(tx, decision.id)]);
    assertCanSignOff({
      actorOrganisationId: actor.organisationId,
      groupRole: role,
      status: decision.status,
      concernedOrganisationIds: organisations.map((o) => o.id),
      signedOrganisationIds: signOffs.map((s) => s.organisationId),
    });
    await insertDecisionSignOff(tx, { decisionId: decision.id, organisationId: actor.organisationId, userId: actor.userId });
    const organisationCode = organisations.find((o) => o.id === actor.organisationId)?.code ?? '';
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: decision.id,
      groupId: decision.groupId,
      after: { event: 'signOff', detail: organisationCode, organisationId: actor.organisationId },
    });
    const remaining = missingSignOffs(
      organisations.map((o) => o.id),
      [...signOffs.map((s) => s.organisationId), actor.organisationId],
    );
    return { signedFor: organisationCode, missing: organisations.filter((o) => remaining.includes(o.id)).map((o) => o.code) };
  });
}

export async function markDecisionReviewed(ctx: ServiceContext, actor: Actor, input: DecisionVersionRef) {
  return ctx.db.transaction(async (tx) => {
    const { decision, group, role } = await loadDecisionAccess(tx, ctx.classificationCeiling, actor, input.id, { lock: true });
    assertCanEditDecision(actor, role, decision);
    assertWorkingGroupEditable(group.status);
    assertDecisionEditable(decision.status);
    assertExpectedVersion(input.version, decision.version);
    assertReviewNeeded(decision.reviewNeededAt);
    const [updated] = await tx
      .update(decisions)
      .set({ reviewNeededAt: null, reviewReason: '', version: sql`${decisions.version} + 1`, updatedAt: new Date() })
      .where(eq(decisions.id, decision.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: ENTITY,
      entityId: decision.id,
      groupId: decision.groupId,
      before: { reviewNeededAt: decision.reviewNeededAt, reviewReason: decision.reviewReason },
      after: { reviewNeededAt: null, event: 'reviewed', detail: decision.reviewReason },
    });
    return updated;
  });
}
