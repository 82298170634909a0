import {
  eq,
  findExtension,
  findExtensionForUpdate,
  findLesson,
  findLessonForUpdate,
  findMembershipRole,
  findOrganisationById,
  findPlacement,
  findPlacementForUpdate,
  findPlacementSummary,
  findRecommendation,
  findUserName,
  findUserView,
  findWorkingGroup,
  hasPendingExtension,
  inArray,
  listCurrentPlacements,
  listKnownUnits,
  listOrganisations,
  listPlacementExtensions,
  listPlacementLessons,
  listPlacementPersonCandidates,
  listPlacements as queryPlacements,
  listPlacementsInWindow,
  lockPersonPlacements,
  placementExtensions,
  placementLessons,
  placements,
  sql,
  type Executor,
  type PlacementRow,
  type PlacementScope,
  type PlacementSummary,
} from '@srw/db';
import {
  assertCanActivate,
  assertCanApprovePlacement,
  assertCanComplete,
  assertCanEditPlacement,
  assertCanReadPlacement,
  assertDebriefAllowed,
  assertDifferentOrganisations,
  assertExpectedVersion,
  assertLessonNotConverted,
  assertExtensionRequest,
  assertNoOverlap,
  assertPeriodEditable,
  assertPlacementTransition,
  assertValidPeriod,
  assertWithinCeiling,
  assertWorkingGroupEditable,
  calendarDateInNetherlands,
  canApprovePlacement,
  canConvertLesson,
  canEditPlacement,
  canProposePlacement,
  canReadRecommendation,
  compareDates,
  daysBetween,
  DomainError,
  extensionDeadline,
  findAccessWarnings,
  isClosedStatus,
  isDueForActivation,
  isEndingSoon,
  isExtensionOnTime,
  isOverdue,
  lessonSourceReference,
  placementErrors,
  planLessons,
  type AbortPlacementInput,
  type Actor,
  type CreateLessonRecommendationInput,
  type DecideExtensionInput,
  type GroupRole,
  type ListPlacementsInput,
  type Page,
  type PlacementActionInput,
  type PlacementRelation,
  type PlacementStatus,
  type PlacementTimelineInput,
  type ProposePlacementInput,
  type RequestExtensionInput,
  type SaveDebriefInput,
  type UpdatePlacementInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { createRecommendationFromSource } from '../recommendations/recommendations-write.service';
import { loadGroupAccess } from '../working-groups/group-access';

const ENTITY = 'placement';
/** The timeline shows at most this many months and placements at once. */
const MAX_TIMELINE_MONTHS = 36;
const MAX_TIMELINE_PLACEMENTS = 500;

function today(): string {
  return calendarDateInNetherlands(new Date());
}

function scopeOf(actor: Actor): PlacementScope {
  return { userId: actor.userId, all: actor.globalRole === 'admin' || actor.globalRole === 'management' };
}

async function relationOf(db: Executor, actor: Actor, placement: Pick<PlacementRow, 'groupId' | 'personUserId' | 'createdBy'>): Promise<PlacementRelation> {
  return {
    groupRole: placement.groupId ? await findMembershipRole(db, placement.groupId, actor.userId) : null,
    isPerson: placement.personUserId === actor.userId,
    isProposer: placement.createdBy === actor.userId,
  };
}

function flagsOf(p: Pick<PlacementSummary, 'status' | 'startDate' | 'endDate' | 'clearanceLevel' | 'clearanceExpiresOn' | 'accessGrants'>, day: string) {
  return {
    overdue: isOverdue(p, day),
    dueForActivation: isDueForActivation(p, day),
    accessWarnings: findAccessWarnings(p),
  };
}

function withFlags(summary: PlacementSummary, day: string) {
  return { ...summary, ...flagsOf(summary, day) };
}
export type PlacementListItem = ReturnType<typeof withFlags>;

function normalisedName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Resolves the person and the key their overlap checks lock on. */
async function resolvePerson(db: Executor, input: ProposePlacementInput) {
  if (input.person.kind === 'named') {
    return {
      personUserId: null,
      personName: input.person.name,
      personKey: `named:${input.homeOrganisationId}:${normalisedName(input.person.name)}`,
    };
  }
  const user = await findUserView(db, input.person.userId);
  if (!user || !user.active) {
    throw new DomainError('UNKNOWN_USER', { field: 'person.userId' });
  }
  const organisation = await findOrganisationById(db, user.organisationId);
  const belongsToHome = user.organisationId === input.homeOrganisationId || organisation?.parentId === input.homeOrganisationId;
  if (!belongsToHome) {
    throw new DomainError(placementErrors.HOME_ORGANISATION_NOT_PERSONS, {
      field: 'homeOrganisationId',
      params: { name: user.name, organisation: user.organisationName },
    });
  }
  return { personUserId: user.id, personName: user.name, personKey: `user:${user.id}` };
}

async function assertOrganisationsExist(db: Executor, input: { homeOrganisationId: string; hostOrganisationId: string }) {
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
    clearanceExpiresOn: input.clearanceLevel === 'geen' ? null : input.clearanceExpiresOn,
    accessGrants: input.accessGrants,
  };
}

/* ---------- Reading ---------- */

export async function listPlacements(ctx: ServiceContext, actor: Actor, input: ListPlacementsInput): Promise<Page<PlacementListItem>> {
  const page = await queryPlacements(ctx.db, {
    scope: scopeOf(actor),
    organisationId: input.organisationId,
    unit: input.unit,
    status: input.status,
    groupId: input.groupId,
    from: input.from,
    to: input.to,
    cursor: input.cursor,
    limit: input.limit,
  });
  const day = today();
  return { items: page.items.map((item) => withFlags(item, day)), nextCursor: page.nextCursor };
}

export async function getPlacement(ctx: ServiceContext, actor: Actor, id: string) {
  const row = await findPlacement(ctx.db, id);
  if (!row) throw new DomainError('NOT_FOUND');
  const relation = await relationOf(ctx.db, actor, row);
  assertCanReadPlacement(actor, relation);
  const summary = await findPlacementSummary(ctx.db, id);
  if (!summary) throw new DomainError('NOT_FOUND');
  const [extensions, lessonRows, approvedByName, proposedByName, group] = await Promise.all([
    listPlacementExtensions(ctx.db, id),
    listPlacementLessons(ctx.db, id),
    findUserName(ctx.db, row.approvedBy),
    findUserName(ctx.db, row.createdBy),
    row.groupId ? findWorkingGroup(ctx.db, row.groupId) : Promise.resolve(null),
  ]);
  const lessons = await withVisibleRecommendations(ctx.db, actor, relation, row.groupId, lessonRows);
  const day = today();
  const approver = canApprovePlacement(actor, relation);
  const editor = canEditPlacement(actor, relation);
  const closed = isClosedStatus(row.status);
  const pending = extensions.some((e) => e.status === 'aangevraagd');
  return {
    ...summary,
    purpose: row.purpose,
    learningGoals: row.learningGoals,
    homeContact: row.homeContact,
    hostContact: row.hostContact,
    abortReason: row.abortReason,
    approvedAt: row.approvedAt,
    approvedByName,
    proposedByName,
    debriefWhatWorked: row.debriefWhatWorked,
    debriefWhatDidNotWork: row.debriefWhatDidNotWork,
    debriefedAt: row.debriefedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    extensions,
    lessons,
    today: day,
    extensionDeadline: extensionDeadline(row.endDate),
    extensionOnTime: isExtensionOnTime(row.endDate, day),
    ...flagsOf(summary, day),
    permissions: {
      edit: editor && !closed,
      approve: approver && row.status === 'voorgesteld',
      activate: approver && row.status === 'goedgekeurd',
      complete: approver && row.status === 'actief',
      abort: approver && !closed,
      requestExtension: editor && (row.status === 'goedgekeurd' || row.status === 'actief') && !pending,
      overrideExtensionDeadline: actor.globalRole === 'admin',
      decideExtension: approver,
      debrief: editor && closed,
      convertLessons: closed && canConvertLesson(actor, relation, row.groupId) && group?.status !== 'gearchiveerd',
    },
  };
}

/**
 * Per lesson whether it became a recommendation, and which one, when the actor
 * may read that recommendation (the register's own rule).
 */
async function withVisibleRecommendations(
  db: Executor,
  actor: Actor,
  relation: PlacementRelation,
  placementGroupId: string | null,
  lessons: Awaited<ReturnType<typeof listPlacementLessons>>,
) {
  const roles = new Map<string, GroupRole | null>();
  if (placementGroupId) roles.set(placementGroupId, relation.groupRole);
  for (const { linkedRecommendation } of lessons) {
    const groupId = linkedRecommendation?.groupId;
    if (groupId && !roles.has(groupId)) roles.set(groupId, await findMembershipRole(db, groupId, actor.userId));
  }
  return lessons.map(({ linkedRecommendation, recommendationId: _hidden, ...lesson }) => {
    const visible =
      linkedRecommendation !== null &&
      canReadRecommendation(actor, linkedRecommendation.groupId, linkedRecommendation.groupId ? (roles.get(linkedRecommendation.groupId) ?? null) : null);
    return {
      ...lesson,
      converted: linkedRecommendation !== null,
      recommendation: visible ? { id: linkedRecommendation.id, code: linkedRecommendation.code, title: linkedRecommendation.title } : null,
    };
  });
}

export async function listPersonCandidates(ctx: ServiceContext, actor: Actor, input: { search: string }) {
  const all = actor.globalRole === 'admin' || actor.globalRole === 'management';
  return listPlacementPersonCandidates(ctx.db, { search: input.search, sharingGroupsWith: all ? null : actor.userId, limit: 20 });
}

export async function placementTimeline(ctx: ServiceContext, actor: Actor, input: PlacementTimelineInput) {
  if (compareDates(input.to, input.from) <= 0 || daysBetween(input.from, input.to) > MAX_TIMELINE_MONTHS * 31) {
    throw new DomainError(placementErrors.TIMELINE_TOO_LONG, { field: 'to', params: { months: MAX_TIMELINE_MONTHS } });
  }
  const rows = await listPlacementsInWindow(ctx.db, {
    scope: scopeOf(actor),
    from: input.from,
    to: input.to,
    organisationId: input.organisationId,
    status: input.status,
    limit: MAX_TIMELINE_PLACEMENTS + 1,
  });
  const day = today();
  return {
    today: day,
    from: input.from,
    to: input.to,
    truncated: rows.length > MAX_TIMELINE_PLACEMENTS,
    items: rows.slice(0, MAX_TIMELINE_PLACEMENTS).map((row) => withFlags(row, day)),
  };
}

/**
 * Per host unit: who is placed there now, whose placement ends within three
 * months, and whose is past its end but still active (overdue, to be closed);
 * plus, per organisation, the known units with nobody placed there.
 */
export async function placementCoverage(ctx: ServiceContext, actor: Actor) {
  const day = today();
  const scope = scopeOf(actor);
  const [current, knownUnits, organisations] = await Promise.all([
    listCurrentPlacements(ctx.db, { scope, today: day }),
    scope.all ? listKnownUnits(ctx.db) : Promise.resolve([]),
    listOrganisations(ctx.db),
  ]);
  const units = new Map<string, { organisationId: string; organisationCode: string; organisationName: string; unit: string; placements: PlacementListItem[] }>();
  for (const row of current) {
    const key = `${row.hostOrganisationId}\u0000${row.hostUnit}`;
    const entry = units.get(key) ?? {
      organisationId: row.hostOrganisationId,
      organisationCode: row.hostOrganisationCode,
      organisationName: row.hostOrganisationName,
      unit: row.hostUnit,
      placements: [],
    };
    entry.placements.push(withFlags(row, day));
    units.set(key, entry);
  }
  const covered = [...units.values()].map((entry) => ({
    ...entry,
    placements: entry.placements.map((p) => ({ ...p, endingSoon: isEndingSoon(p.endDate, day) })),
    endingSoonCount: entry.placements.filter((p) => isEndingSoon(p.endDate, day)).length,
    overdueCount: entry.placements.filter((p) => p.overdue).length,
  }));
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  // Only management and admins see every placement, so only they get the list of uncovered units.
  const uncovered = knownUnits
    .filter((u) => !units.has(`${u.organisationId}\u0000${u.unit}`))
    .map((u) => ({
      organisationId: u.organisationId,
      organisationCode: organisationById.get(u.organisationId)?.code ?? '',
      organisationName: organisationById.get(u.organisationId)?.name ?? '',
      unit: u.unit,
    }));
  return { today: day, covered, uncovered, uncoveredKnown: scope.all };
}

/* ---------- Writing ---------- */

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
    const [created] = await tx
      .insert(placements)
      .values({ ...person, ...detailsOf(input), createdBy: actor.userId })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, { actorId: actor.userId, action: 'create', entityType: ENTITY, entityId: created.id, groupId: created.groupId, after: created });
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
    const current = await findPlacementForUpdate(tx, input.id);
    if (!current) throw new DomainError('NOT_FOUND');
    const relation = await relationOf(tx, actor, current);
    assertCanEditPlacement(actor, relation);
    assertExpectedVersion(input.version, current.version);
    assertPeriodEditable(current.status, current, input);
    await assertOrganisationsExist(tx, input);
    if (current.personUserId && input.homeOrganisationId !== current.homeOrganisationId) {
      throw new DomainError(placementErrors.HOME_ORGANISATION_FOLLOWS_ACCOUNT, { field: 'homeOrganisationId' });
    }
    if (input.groupId !== current.groupId) {
      await assertGroupForPlacement(tx, actor, input.groupId, current.personUserId === actor.userId);
    }
    assertNoOverlap({ startDate: input.startDate, endDate: input.endDate, id: current.id }, existing);
    const [updated] = await tx
      .update(placements)
      .set({ ...detailsOf(input), version: sql`${placements.version} + 1`, updatedAt: new Date() })
      .where(eq(placements.id, input.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await recordAudit(tx, ctx, { actorId: actor.userId, action: 'update', entityType: ENTITY, entityId: input.id, groupId: updated.groupId, before: current, after: updated });
    return updated;
  });
}

/** Loads a placement for a lifecycle step by an approver, checking access and version. */
async function lockForApprover(tx: Executor, actor: Actor, input: PlacementActionInput) {
  const current = await findPlacementForUpdate(tx, input.id);
  if (!current) throw new DomainError('NOT_FOUND');
  assertCanApprovePlacement(actor, await relationOf(tx, actor, current));
  assertExpectedVersion(input.version, current.version);
  return current;
}

async function changeStatus(
  ctx: ServiceContext,
  actor: Actor,
  input: PlacementActionInput,
  to: PlacementStatus,
  check: (current: PlacementRow) => void,
  extra: Partial<typeof placements.$inferInsert> = {},
) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockForApprover(tx, actor, input);
    check(current);
    const [updated] = await tx
      .update(placements)
      .set({ ...extra, status: to, version: sql`${placements.version} + 1`, updatedAt: new Date() })
      .where(eq(placements.id, input.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: ENTITY,
      entityId: input.id,
      groupId: updated.groupId,
      before: { status: current.status },
      after: { status: updated.status, ...(extra.abortReason ? { abortReason: extra.abortReason } : {}) },
    });
    return updated;
  });
}

export function approvePlacement(ctx: ServiceContext, actor: Actor, input: PlacementActionInput) {
  return changeStatus(ctx, actor, input, 'goedgekeurd', (current) => assertPlacementTransition(current.status, 'goedgekeurd'), {
    approvedBy: actor.userId,
    approvedAt: new Date(),
  });
}

export function activatePlacement(ctx: ServiceContext, actor: Actor, input: PlacementActionInput) {
  return changeStatus(ctx, actor, input, 'actief', (current) => assertCanActivate(current, today()));
}

export function completePlacement(ctx: ServiceContext, actor: Actor, input: PlacementActionInput) {
  return changeStatus(ctx, actor, input, 'afgerond', (current) => assertCanComplete(current, today()));
}

export function abortPlacement(ctx: ServiceContext, actor: Actor, input: AbortPlacementInput) {
  return changeStatus(ctx, actor, input, 'afgebroken', (current) => assertPlacementTransition(current.status, 'afgebroken'), {
    abortReason: input.reason,
  });
}

export async function requestExtension(ctx: ServiceContext, actor: Actor, input: RequestExtensionInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await findPlacementForUpdate(tx, input.id);
    if (!current) throw new DomainError('NOT_FOUND');
    assertCanEditPlacement(actor, await relationOf(tx, actor, current));
    assertExpectedVersion(input.version, current.version);
    const { overridden } = assertExtensionRequest(actor, current, input, today());
    if (await hasPendingExtension(tx, current.id)) throw new DomainError(placementErrors.EXTENSION_PENDING);
    const [extension] = await tx
      .insert(placementExtensions)
      .values({
        placementId: current.id,
        previousEndDate: current.endDate,
        requestedEndDate: input.newEndDate,
        rationale: input.rationale,
        overrideReason: overridden ? input.overrideReason : null,
        createdBy: actor.userId,
      })
      .returning();
    if (!extension) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'placement_extension',
      entityId: extension.id,
      groupId: current.groupId,
      after: extension,
    });
    return extension;
  });
}

export async function decideExtension(ctx: ServiceContext, actor: Actor, input: DecideExtensionInput) {
  const first = await findExtension(ctx.db, input.extensionId);
  if (!first) throw new DomainError('NOT_FOUND');
  const before = await findPlacement(ctx.db, first.placementId);
  if (!before) throw new DomainError('NOT_FOUND');

  return ctx.db.transaction(async (tx) => {
    const existing = await lockPersonPlacements(tx, before.personKey);
    const placement = await findPlacementForUpdate(tx, first.placementId);
    const extension = await findExtensionForUpdate(tx, input.extensionId);
    if (!placement || !extension) throw new DomainError('NOT_FOUND');
    assertCanApprovePlacement(actor, await relationOf(tx, actor, placement));
    assertExpectedVersion(input.version, extension.version);
    if (extension.status !== 'aangevraagd') throw new DomainError(placementErrors.EXTENSION_DECIDED);
    if (input.approve) {
      if (placement.status !== 'goedgekeurd' && placement.status !== 'actief') throw new DomainError(placementErrors.EXTENSION_NOT_ALLOWED);
      assertNoOverlap({ id: placement.id, startDate: placement.startDate, endDate: extension.requestedEndDate }, existing);
      await tx
        .update(placements)
        .set({ endDate: extension.requestedEndDate, version: sql`${placements.version} + 1`, updatedAt: new Date() })
        .where(eq(placements.id, placement.id));
    }
    const [decided] = await tx
      .update(placementExtensions)
      .set({
        status: input.approve ? 'goedgekeurd' : 'afgewezen',
        decidedBy: actor.userId,
        decidedAt: new Date(),
        decisionNote: input.note,
        version: sql`${placementExtensions.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(placementExtensions.id, extension.id))
      .returning();
    if (!decided) throw new DomainError('NOT_FOUND');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: 'placement_extension',
      entityId: extension.id,
      groupId: placement.groupId,
      before: { status: extension.status, endDate: placement.endDate },
      after: { status: decided.status, endDate: input.approve ? extension.requestedEndDate : placement.endDate },
    });
    return decided;
  });
}

export async function saveDebrief(ctx: ServiceContext, actor: Actor, input: SaveDebriefInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await findPlacementForUpdate(tx, input.id);
    if (!current) throw new DomainError('NOT_FOUND');
    assertCanEditPlacement(actor, await relationOf(tx, actor, current));
    assertExpectedVersion(input.version, current.version);
    assertDebriefAllowed(current.status);
    const previousLessons = await listPlacementLessons(tx, current.id);
    const [updated] = await tx
      .update(placements)
      .set({
        debriefWhatWorked: input.whatWorked,
        debriefWhatDidNotWork: input.whatDidNotWork,
        debriefedAt: new Date(),
        version: sql`${placements.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(placements.id, current.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    const plan = planLessons(previousLessons, input.lessons);
    if (plan.remove.length > 0) await tx.delete(placementLessons).where(inArray(placementLessons.id, plan.remove));
    for (const kept of plan.keep) {
      await tx.update(placementLessons).set({ position: kept.position }).where(eq(placementLessons.id, kept.id));
    }
    if (plan.insert.length > 0) {
      await tx.insert(placementLessons).values(plan.insert.map((l) => ({ placementId: current.id, position: l.position, lesson: l.lesson, createdBy: actor.userId })));
    }
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'placement_debrief',
      entityId: current.id,
      groupId: current.groupId,
      before: { whatWorked: current.debriefWhatWorked, whatDidNotWork: current.debriefWhatDidNotWork, lessons: previousLessons.map((l) => l.lesson) },
      after: { whatWorked: input.whatWorked, whatDidNotWork: input.whatDidNotWork, lessons: input.lessons },
    });
    return updated;
  });
}

/**
 * Turns a debrief lesson into a recommendation in the register, in one
 * transaction: the recommendation (sourceType `liaison_debrief`, sourceId = the
 * lesson's id, so the register links back), the lesson's link to it, and the
 * audit events of both. Any refusal by the register leaves the lesson as it was.
 */
export async function createLessonRecommendation(ctx: ServiceContext, actor: Actor, input: CreateLessonRecommendationInput) {
  const first = await findLesson(ctx.db, input.lessonId);
  if (!first) throw new DomainError('NOT_FOUND');

  return ctx.db.transaction(async (tx) => {
    // The placement first, then the lesson: the order saveDebrief locks in, so a
    // debrief saved meanwhile waits and then keeps the new link.
    const placement = await findPlacementForUpdate(tx, first.placementId);
    const lesson = await findLessonForUpdate(tx, input.lessonId);
    if (!placement || !lesson) throw new DomainError('NOT_FOUND');
    const relation = await relationOf(tx, actor, placement);
    assertCanEditPlacement(actor, relation);
    // Who sees the placement learns nothing from FORBIDDEN; the register would answer NOT_FOUND to the person placed.
    if (!canConvertLesson(actor, relation, placement.groupId)) throw new DomainError('FORBIDDEN');
    assertExpectedVersion(input.version, lesson.version);
    assertDebriefAllowed(placement.status);
    assertLessonNotConverted(lesson.recommendationId ? await findRecommendation(tx, lesson.recommendationId) : null);

    const recommendation = await createRecommendationFromSource({ ...ctx, db: tx }, actor, {
      title: input.title,
      description: input.description,
      level: input.level,
      addresseeOrganisationIds: input.addresseeOrganisationIds,
      dueDate: input.dueDate,
      priority: input.priority,
      conditionIds: input.conditionIds,
      sourceType: 'liaison_debrief',
      sourceId: lesson.id,
      sourceReference: lessonSourceReference(placement),
      groupId: placement.groupId,
      // What comes from a marked placement carries the same marking.
      classification: placement.classification,
    });
    const [updated] = await tx
      .update(placementLessons)
      .set({ recommendationId: recommendation.id, version: sql`${placementLessons.version} + 1`, updatedAt: new Date() })
      .where(eq(placementLessons.id, lesson.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'placement_lesson',
      entityId: lesson.id,
      groupId: placement.groupId,
      before: { recommendationId: lesson.recommendationId },
      after: { recommendationId: recommendation.id, recommendationCode: recommendation.code },
    });
    return { lesson: updated, recommendation: { id: recommendation.id, code: recommendation.code, title: recommendation.title } };
  });
}
