import {
  countActionsOfObservation,
  countObservations,
  countRecommendedActionsOfObservation,
  exerciseInjects,
  exerciseObjectives,
  exerciseObservations,
  exercises,
  findExerciseInjects,
  findExerciseObjectives,
  findExerciseObservations,
  findExerciseOrganisations,
  findExercisePeople,
  findGroupMemberUserIds,
  findGroupOrganisations,
  findImprovementAction,
  findImprovementActionForUpdate,
  findImprovementActions,
  findInject,
  findInjectForUpdate,
  findInjectPositions,
  findLegalBasisIdsByCode,
  findObservation,
  findObservationForUpdate,
  findScenario,
  improvementActions,
  listExercises,
  listMembers,
  replaceExerciseOrganisations,
  replaceExercisePeople,
  setInjectPosition,
  touchExercise,
  eq,
  inArray,
  sql,
  type Executor,
  type ExerciseInjectRow,
  type ExerciseObservationRow,
  type ExerciseRow,
  type ExerciseSummary,
  type ImprovementActionRow,
} from '@srw/db';
import {
  assertActionFromImprovement,
  assertActionRemovable,
  assertActionsOpen,
  assertEndAfterStart,
  assertEvaluationOpen,
  assertExerciseTransition,
  assertExpectedVersion,
  assertObservationRemovable,
  assertIsPermutation,
  assertOrganisationsInGroup,
  assertPlanningEditable,
  assertRatingFitsKind,
  assertScenarioReadyForExercise,
  areActionsOpen,
  buildIcsCalendar,
  DomainError,
  isEvaluationOpen,
  isPlanningEditable,
  nextExerciseStatuses,
  nextInjectPosition,
  objectiveRating,
  parseInjectCsv,
  positionsFor,
  scenariosErrors,
  type Actor,
  type AddImprovementActionInput,
  type AddInjectInput,
  type AddObservationInput,
  type CalendarEvent,
  type ChangeExerciseStatusInput,
  type CreateExerciseInput,
  type CsvRowError,
  type ImportInjectsInput,
  type InjectFields,
  type ListExercisesInput,
  type ObservationFields,
  type Page,
  type RemoveByIdInput,
  type ReorderInjectsInput,
  type UpdateExerciseInput,
  type UpdateImprovementActionInput,
  type UpdateInjectInput,
  type UpdateObservationInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { addExerciseRecord, removeExerciseRecord, updateExerciseRecord, type ExerciseRecordKind } from './exercise-records';
import {
  assertConditionsExist,
  assertLegalBasesExist,
  groupOrganisationIds,
  loadExerciseAccess,
  loadScenarioAccess,
  lockEditableExercise,
  lockEditableScenario,
  lockExerciseOf,
  mayEdit,
  readsAllGroups,
} from './scenario-access';

// ---- Reading ---------------------------------------------------------------

export async function listGroupExercises(ctx: ServiceContext, actor: Actor, input: ListExercisesInput): Promise<Page<ExerciseSummary>> {
  if (input.groupId) await loadGroupAccess(ctx.db, actor, input.groupId);
  if (input.scenarioId) await loadScenarioAccess(ctx.db, actor, input.scenarioId);
  return listExercises(ctx.db, {
    userId: actor.userId,
    allGroups: readsAllGroups(actor),
    groupId: input.groupId,
    scenarioId: input.scenarioId,
    status: input.status,
    from: input.from,
    to: input.to,
    cursor: input.cursor,
    limit: input.limit,
  });
}

export async function getExercise(ctx: ServiceContext, actor: Actor, id: string) {
  const access = await loadExerciseAccess(ctx.db, actor, id);
  const { exercise, group } = access;
  const [scenario, organisations, people, objectives, injects, observations, actions, groupOrganisations, members] = await Promise.all([
    findScenario(ctx.db, exercise.scenarioId),
    findExerciseOrganisations(ctx.db, id),
    findExercisePeople(ctx.db, id),
    findExerciseObjectives(ctx.db, id),
    findExerciseInjects(ctx.db, id),
    findExerciseObservations(ctx.db, id),
    findImprovementActions(ctx.db, id),
    findGroupOrganisations(ctx.db, exercise.groupId),
    listMembers(ctx.db, { groupId: exercise.groupId, limit: 100 }),
  ]);
  const editable = mayEdit(access);
  return {
    ...exercise,
    scenario: scenario ? { id: scenario.id, title: scenario.title, status: scenario.status, cooperationLevel: scenario.cooperationLevel } : null,
    group: { id: group.id, name: group.name, status: group.status },
    groupOrganisations,
    groupMembers: members.items.map((m) => ({ userId: m.userId, name: m.name, organisationCode: m.organisationCode })),
    participantCounts: organisations,
    participants: people.filter((p) => p.role === 'participant'),
    planners: people.filter((p) => p.role === 'planner'),
    objectives: objectives.map((objective) => ({
      ...objective,
      rating: objectiveRating(observations.filter((o) => o.objectiveId === objective.id).map((o) => o.rating)),
    })),
    injects,
    observations,
    improvementActions: actions,
    myRole: access.role,
    nextStatuses: editable ? nextExerciseStatuses(exercise.status) : [],
    permissions: {
      editPlanning: editable && isPlanningEditable(exercise.status),
      changeStatus: editable && nextExerciseStatuses(exercise.status).length > 0,
      evaluate: editable && isEvaluationOpen(exercise.status),
      manageActions: editable && areActionsOpen(exercise.status),
    },
  };
}

const icsStatus: Record<ExerciseRow['status'], CalendarEvent['status']> = {
  gepland: 'TENTATIVE',
  in_voorbereiding: 'CONFIRMED',
  uitgevoerd: 'CONFIRMED',
  geevalueerd: 'CONFIRMED',
  geannuleerd: 'CANCELLED',
};

/** An iCalendar file with every exercise of a group. */
export async function exportGroupCalendar(ctx: ServiceContext, actor: Actor, groupId: string) {
  const { group } = await loadGroupAccess(ctx.db, actor, groupId);
  const events: CalendarEvent[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<ExerciseSummary> = await listExercises(ctx.db, { userId: actor.userId, allGroups: true, groupId, cursor, limit: 100 });
    for (const e of page.items) {
      events.push({
        uid: `${e.id}@samenwerkingsruimte`,
        start: e.startsAt,
        end: e.endsAt,
        summary: e.title,
        description: `Scenario: ${e.scenarioTitle}`,
        location: e.location,
        status: icsStatus[e.status],
      });
    }
    cursor = page.nextCursor;
  } while (cursor);
  const slug = group.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'werkgroep';
  return { filename: `oefeningen-${slug}.ics`, content: buildIcsCalendar({ name: `Oefeningen – ${group.name}`, events }, new Date()) };
}

// ---- Planning --------------------------------------------------------------

async function validatePlanning(db: Executor, groupId: string, input: CreateExerciseInput | UpdateExerciseInput) {
  assertEndAfterStart(input.startsAt, input.endsAt);
  assertOrganisationsInGroup(
    input.participantCounts.map((c) => c.organisationId),
    await groupOrganisationIds(db, groupId),
    'participantCounts',
  );
  const memberIds = await findGroupMemberUserIds(db, groupId);
  if (input.participantUserIds.some((id) => !memberIds.includes(id))) {
    throw new DomainError(scenariosErrors.NOT_A_GROUP_MEMBER, { field: 'participantUserIds' });
  }
  if (input.plannerUserIds.some((id) => !memberIds.includes(id))) {
    throw new DomainError(scenariosErrors.NOT_A_GROUP_MEMBER, { field: 'plannerUserIds' });
  }
  await assertConditionsExist(
    db,
    input.objectives.flatMap((o) => o.conditionIds),
    'objectives',
  );
  if (new Set(input.participantCounts.map((c) => c.organisationId)).size !== input.participantCounts.length) {
    throw new DomainError('VALIDATION', { field: 'participantCounts' });
  }
}

function planningSnapshot(input: CreateExerciseInput | UpdateExerciseInput) {
  return {
    participantCounts: input.participantCounts,
    participantUserIds: input.participantUserIds,
    plannerUserIds: input.plannerUserIds,
    objectives: input.objectives.map((o) => ({ description: o.description, conditionIds: o.conditionIds })),
  };
}

/** Objectives with an id are updated, new ones inserted, missing ones removed (their observations keep no objective). */
async function writeObjectives(tx: Executor, exerciseId: string, objectives: CreateExerciseInput['objectives'], actorId: string) {
  const existing = await findExerciseObjectives(tx, exerciseId);
  const existingIds = existing.map((o) => o.id);
  const keptIds = objectives.flatMap((o) => (o.id ? [o.id] : []));
  if (keptIds.some((id) => !existingIds.includes(id))) throw new DomainError(scenariosErrors.UNKNOWN_REFERENCE, { field: 'objectives' });
  const removed = existingIds.filter((id) => !keptIds.includes(id));
  if (removed.length > 0) await tx.delete(exerciseObjectives).where(inArray(exerciseObjectives.id, removed));
  for (const [index, objective] of objectives.entries()) {
    if (objective.id) {
      await tx
        .update(exerciseObjectives)
        .set({
          position: index + 1,
          description: objective.description,
          conditionIds: objective.conditionIds,
          version: sql`${exerciseObjectives.version} + 1`,
          updatedAt: new Date(),
        })
        .where(eq(exerciseObjectives.id, objective.id));
    } else {
      await tx.insert(exerciseObjectives).values({
        exerciseId,
        position: index + 1,
        description: objective.description,
        conditionIds: objective.conditionIds,
        createdBy: actorId,
      });
    }
  }
}

export async function createExercise(ctx: ServiceContext, actor: Actor, input: CreateExerciseInput) {
  return ctx.db.transaction(async (tx) => {
    // Lock the scenario so it cannot be archived while an exercise is planned on it.
    const scenario = await lockEditableScenario(tx, actor, input.scenarioId);
    assertScenarioReadyForExercise(scenario.status);
    await validatePlanning(tx, scenario.groupId, input);
    const [exercise] = await tx
      .insert(exercises)
      .values({
        groupId: scenario.groupId,
        scenarioId: scenario.id,
        title: input.title,
        type: input.type,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: input.location,
        createdBy: actor.userId,
      })
      .returning();
    if (!exercise) throw new Error('insert returned no row');
    await replaceExerciseOrganisations(tx, exercise.id, input.participantCounts);
    await replaceExercisePeople(tx, exercise.id, input);
    await writeObjectives(tx, exercise.id, input.objectives, actor.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'exercise',
      entityId: exercise.id,
      groupId: exercise.groupId,
      after: { ...exercise, ...planningSnapshot(input) },
    });
    return exercise;
  });
}

export async function updateExercise(ctx: ServiceContext, actor: Actor, input: UpdateExerciseInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockEditableExercise(tx, actor, input.id);
    assertExpectedVersion(input.version, current.version);
    assertPlanningEditable(current.status);
    await validatePlanning(tx, current.groupId, input);
    const [updated] = await tx
      .update(exercises)
      .set({
        title: input.title,
        type: input.type,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: input.location,
        version: sql`${exercises.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(exercises.id, input.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await replaceExerciseOrganisations(tx, input.id, input.participantCounts);
    await replaceExercisePeople(tx, input.id, input);
    await writeObjectives(tx, input.id, input.objectives, actor.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'exercise',
      entityId: input.id,
      groupId: updated.groupId,
      before: current,
      after: { ...updated, ...planningSnapshot(input) },
    });
    return updated;
  });
}

export async function changeExerciseStatus(ctx: ServiceContext, actor: Actor, input: ChangeExerciseStatusInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockEditableExercise(tx, actor, input.id);
    assertExpectedVersion(input.version, current.version);
    assertExerciseTransition(current.status, input.status, {
      cancellationReason: input.cancellationReason,
      observationCount: await countObservations(tx, input.id),
    });
    const [updated] = await tx
      .update(exercises)
      .set({
        status: input.status,
        cancellationReason: input.status === 'geannuleerd' ? input.cancellationReason : current.cancellationReason,
        version: sql`${exercises.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(exercises.id, input.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: 'exercise',
      entityId: input.id,
      groupId: updated.groupId,
      before: { status: current.status },
      after: { status: updated.status, cancellationReason: updated.cancellationReason },
    });
    return updated;
  });
}

// ---- Injects ---------------------------------------------------------------

async function validateInject(db: Executor, groupId: string, fields: InjectFields) {
  if (fields.responsibleOrganisationId) {
    assertOrganisationsInGroup([fields.responsibleOrganisationId], await groupOrganisationIds(db, groupId), 'responsibleOrganisationId');
  }
  if (fields.legalBasisId) await assertLegalBasesExist(db, [fields.legalBasisId], 'legalBasisId');
}

function injectValues(fields: InjectFields) {
  return {
    offsetMinutes: fields.offsetMinutes,
    fromParty: fields.fromParty,
    toParty: fields.toParty,
    message: fields.message,
    expectedAction: fields.expectedAction,
    responsibleOrganisationId: fields.responsibleOrganisationId,
    legalBasisId: fields.legalBasisId,
  };
}

const injectRecords: ExerciseRecordKind<ExerciseInjectRow> = {
  entityType: 'exercise_inject',
  find: findInject,
  findForUpdate: findInjectForUpdate,
  assertStatusAllows: assertPlanningEditable,
  remove: (tx, { id }) => tx.delete(exerciseInjects).where(eq(exerciseInjects.id, id)),
};

export async function addInject(ctx: ServiceContext, actor: Actor, input: AddInjectInput) {
  return addExerciseRecord(ctx, actor, injectRecords, input.exerciseId, async (tx, exercise) => {
    await validateInject(tx, exercise.groupId, input);
    const positions = (await findInjectPositions(tx, exercise.id)).map((p) => p.position);
    const [inject] = await tx
      .insert(exerciseInjects)
      .values({ exerciseId: exercise.id, position: nextInjectPosition(positions), ...injectValues(input), createdBy: actor.userId })
      .returning();
    return inject;
  });
}

export async function updateInject(ctx: ServiceContext, actor: Actor, input: UpdateInjectInput) {
  return updateExerciseRecord(ctx, actor, injectRecords, input, async (tx, exercise) => {
    await validateInject(tx, exercise.groupId, input);
    const [updated] = await tx
      .update(exerciseInjects)
      .set({ ...injectValues(input), version: sql`${exerciseInjects.version} + 1`, updatedAt: new Date() })
      .where(eq(exerciseInjects.id, input.id))
      .returning();
    return updated;
  });
}

export async function removeInject(ctx: ServiceContext, actor: Actor, input: RemoveByIdInput) {
  return removeExerciseRecord(ctx, actor, injectRecords, input);
}

export async function reorderInjects(ctx: ServiceContext, actor: Actor, input: ReorderInjectsInput) {
  return ctx.db.transaction(async (tx) => {
    const exercise = await lockEditableExercise(tx, actor, input.exerciseId);
    assertExpectedVersion(input.version, exercise.version);
    assertPlanningEditable(exercise.status);
    const current = await findInjectPositions(tx, exercise.id);
    assertIsPermutation(
      input.injectIds,
      current.map((c) => c.id),
    );
    for (const { id, position } of positionsFor(input.injectIds)) await setInjectPosition(tx, id, position);
    const touched = await touchExercise(tx, exercise.id);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'exercise',
      entityId: exercise.id,
      groupId: exercise.groupId,
      before: { injectOrder: current.map((c) => c.id) },
      after: { injectOrder: input.injectIds },
    });
    return { version: touched?.version ?? exercise.version + 1 };
  });
}

/** All rows or none: a file with errors imports nothing and reports every row's problems. */
export async function importInjects(
  ctx: ServiceContext,
  actor: Actor,
  input: ImportInjectsInput,
): Promise<{ imported: number; errors: CsvRowError[] }> {
  return ctx.db.transaction(async (tx) => {
    const exercise = await lockEditableExercise(tx, actor, input.exerciseId);
    assertPlanningEditable(exercise.status);
    const organisations = await findGroupOrganisations(tx, exercise.groupId);
    const result = parseInjectCsv(input.csv, {
      organisationIdByCode: new Map(organisations.map((o) => [o.code, o.id])),
      legalBasisIdByCode: await findLegalBasisIdsByCode(tx),
    });
    if (!result.ok) return { imported: 0, errors: result.errors };
    let position = nextInjectPosition((await findInjectPositions(tx, exercise.id)).map((p) => p.position));
    const rows = await tx
      .insert(exerciseInjects)
      .values(result.injects.map((inject) => ({ exerciseId: exercise.id, position: position++, ...inject, createdBy: actor.userId })))
      .returning({ id: exerciseInjects.id });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'exercise_inject',
      entityId: exercise.id,
      groupId: exercise.groupId,
      after: { importedFromCsv: rows.length, injectIds: rows.map((r) => r.id) },
    });
    return { imported: rows.length, errors: [] };
  });
}

// ---- Evaluation ------------------------------------------------------------

async function validateObservation(db: Executor, exerciseId: string, fields: ObservationFields) {
  assertRatingFitsKind(fields.rating, fields.kind);
  await assertConditionsExist(db, [fields.conditionId], 'conditionId');
  if (fields.objectiveId) {
    const objectives = await findExerciseObjectives(db, exerciseId);
    if (!objectives.some((o) => o.id === fields.objectiveId)) throw new DomainError(scenariosErrors.UNKNOWN_REFERENCE, { field: 'objectiveId' });
  }
}

function observationValues(fields: ObservationFields) {
  return { text: fields.text, rating: fields.rating, kind: fields.kind, conditionId: fields.conditionId, objectiveId: fields.objectiveId };
}

const observationRecords: ExerciseRecordKind<ExerciseObservationRow> = {
  entityType: 'exercise_observation',
  find: findObservation,
  findForUpdate: findObservationForUpdate,
  assertStatusAllows: assertEvaluationOpen,
  remove: async (tx, { id, recommendationId }) => {
    assertObservationRemovable(await countRecommendedActionsOfObservation(tx, id), recommendationId);
    await tx.delete(exerciseObservations).where(eq(exerciseObservations.id, id));
  },
};

export async function addObservation(ctx: ServiceContext, actor: Actor, input: AddObservationInput) {
  return addExerciseRecord(ctx, actor, observationRecords, input.exerciseId, async (tx, exercise) => {
    await validateObservation(tx, exercise.id, input);
    const [observation] = await tx
      .insert(exerciseObservations)
      .values({ exerciseId: exercise.id, ...observationValues(input), createdBy: actor.userId })
      .returning();
    return observation;
  });
}

export async function updateObservation(ctx: ServiceContext, actor: Actor, input: UpdateObservationInput) {
  return updateExerciseRecord(ctx, actor, observationRecords, input, async (tx, exercise) => {
    await validateObservation(tx, exercise.id, input);
    // An observation with improvement actions stays an area for improvement.
    if (input.kind === 'strength' && (await countActionsOfObservation(tx, input.id)) > 0) {
      throw new DomainError(scenariosErrors.ACTION_NEEDS_IMPROVEMENT, { field: 'kind' });
    }
    const [updated] = await tx
      .update(exerciseObservations)
      .set({ ...observationValues(input), version: sql`${exerciseObservations.version} + 1`, updatedAt: new Date() })
      .where(eq(exerciseObservations.id, input.id))
      .returning();
    return updated;
  });
}

export async function removeObservation(ctx: ServiceContext, actor: Actor, input: RemoveByIdInput) {
  return removeExerciseRecord(ctx, actor, observationRecords, input);
}

// ---- Improvement actions ---------------------------------------------------

async function validateOwnerOrganisation(db: Executor, groupId: string, organisationId: string | null) {
  if (organisationId) assertOrganisationsInGroup([organisationId], await groupOrganisationIds(db, groupId), 'ownerOrganisationId');
}

const improvementActionRecords: ExerciseRecordKind<ImprovementActionRow> = {
  entityType: 'improvement_action',
  find: findImprovementAction,
  findForUpdate: findImprovementActionForUpdate,
  assertStatusAllows: assertActionsOpen,
  remove: async (tx, { id, recommendationId }) => {
    assertActionRemovable(recommendationId);
    await tx.delete(improvementActions).where(eq(improvementActions.id, id));
  },
};

export async function addImprovementAction(ctx: ServiceContext, actor: Actor, input: AddImprovementActionInput) {
  return ctx.db.transaction(async (tx) => {
    const observation = await findObservation(tx, input.observationId);
    const exercise = await lockExerciseOf(tx, actor, observation?.exerciseId);
    if (!observation) throw new DomainError('NOT_FOUND');
    assertActionsOpen(exercise.status);
    assertActionFromImprovement(observation.kind);
    await validateOwnerOrganisation(tx, exercise.groupId, input.ownerOrganisationId);
    const [action] = await tx
      .insert(improvementActions)
      .values({
        exerciseId: exercise.id,
        observationId: observation.id,
        action: input.action,
        owner: input.owner,
        ownerOrganisationId: input.ownerOrganisationId,
        dueDate: input.dueDate,
        createdBy: actor.userId,
      })
      .returning();
    if (!action) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'improvement_action',
      entityId: action.id,
      groupId: exercise.groupId,
      after: action,
    });
    return action;
  });
}

export async function updateImprovementAction(ctx: ServiceContext, actor: Actor, input: UpdateImprovementActionInput) {
  return updateExerciseRecord(ctx, actor, improvementActionRecords, input, async (tx, exercise) => {
    await validateOwnerOrganisation(tx, exercise.groupId, input.ownerOrganisationId);
    const [updated] = await tx
      .update(improvementActions)
      .set({
        action: input.action,
        owner: input.owner,
        ownerOrganisationId: input.ownerOrganisationId,
        dueDate: input.dueDate,
        version: sql`${improvementActions.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(improvementActions.id, input.id))
      .returning();
    return updated;
  });
}

export async function removeImprovementAction(ctx: ServiceContext, actor: Actor, input: RemoveByIdInput) {
  return removeExerciseRecord(ctx, actor, improvementActionRecords, input);
}
