import {
  findExerciseObjectives,
  findGroupMemberUserIds,
  insertExercise,
  replaceExerciseObjectives,
  replaceExerciseOrganisations,
  replaceExercisePeople,
  updateExerciseRow,
  type Executor,
  type ExerciseRow,
} from '@srw/db';
import {
  assertEndAfterStart,
  assertExpectedVersion,
  assertOneCountPerOrganisation,
  assertOrganisationsInGroup,
  assertPeopleInGroup,
  assertPlanningEditable,
  assertReferencesAmong,
  assertScenarioReadyForExercise,
  type Actor,
  type AuditEntityType,
  type CreateExerciseInput,
  type ExerciseStatus,
  type UpdateExerciseInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import {
  lockExerciseForWork,
  lockExerciseRecord,
  type ExerciseRecordRow,
  type FindExerciseRecord,
  type RecordRef,
} from './exercises-access';
import { groupOrganisationIds, lockScenarioForWork } from './scenarios-access';
import { assertConditionsExist } from './scenarios-write.service';

// ---- The exercise and its planning ------------------------------------------

async function validatePlanning(db: Executor, groupId: string, input: CreateExerciseInput | UpdateExerciseInput) {
  assertEndAfterStart(input.startsAt, input.endsAt);
  assertOrganisationsInGroup(
    input.participantCounts.map((c) => c.organisationId),
    await groupOrganisationIds(db, groupId),
    'participantCounts',
  );
  const memberIds = await findGroupMemberUserIds(db, groupId);
  assertPeopleInGroup(input.participantUserIds, memberIds, 'participantUserIds');
  assertPeopleInGroup(input.plannerUserIds, memberIds, 'plannerUserIds');
  await assertConditionsExist(
    db,
    input.objectives.flatMap((o) => o.conditionIds),
    'objectives',
  );
  assertOneCountPerOrganisation(input.participantCounts);
}

function detailsOf(input: CreateExerciseInput | UpdateExerciseInput) {
  return {
    title: input.title,
    type: input.type,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    location: input.location,
  };
}

function planningSnapshot(input: CreateExerciseInput | UpdateExerciseInput) {
  return {
    participantCounts: input.participantCounts,
    participantUserIds: input.participantUserIds,
    plannerUserIds: input.plannerUserIds,
    objectives: input.objectives.map((o) => ({ description: o.description, conditionIds: o.conditionIds })),
  };
}

/** Participants, planners and objectives as the input names them; objectives with an id must be the exercise's own. */
async function writePlanning(
  tx: Executor,
  exerciseId: string,
  input: CreateExerciseInput | UpdateExerciseInput,
  actorId: string,
) {
  const existingObjectiveIds = (await findExerciseObjectives(tx, exerciseId)).map((o) => o.id);
  assertReferencesAmong(
    input.objectives.flatMap((o) => (o.id ? [o.id] : [])),
    existingObjectiveIds,
    'objectives',
  );
  await replaceExerciseOrganisations(tx, exerciseId, input.participantCounts);
  await replaceExercisePeople(tx, exerciseId, input);
  await replaceExerciseObjectives(tx, exerciseId, input.objectives, actorId);
}

export async function createExercise(ctx: ServiceContext, actor: Actor, input: CreateExerciseInput) {
  return ctx.db.transaction(async (tx) => {
    // Lock the scenario so it cannot be archived while an exercise is planned on it.
    const scenario = await lockScenarioForWork(tx, actor, input.scenarioId);
    assertScenarioReadyForExercise(scenario.status);
    await validatePlanning(tx, scenario.groupId, input);
    const exercise = await insertExercise(tx, {
      groupId: scenario.groupId,
      scenarioId: scenario.id,
      ...detailsOf(input),
      createdBy: actor.userId,
    });
    await writePlanning(tx, exercise.id, input, actor.userId);
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
    const current = await lockExerciseForWork(tx, actor, input.id);
    assertExpectedVersion(input.version, current.version);
    assertPlanningEditable(current.status);
    await validatePlanning(tx, current.groupId, input);
    const updated = await updateExerciseRow(tx, input.id, input.version, detailsOf(input));
    await writePlanning(tx, input.id, input, actor.userId);
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

// ---- The exercise's records (injects, observations, improvement actions) ----

/** One kind of exercise record: how to find and delete it, what it is called in the audit trail, and which exercise statuses allow changing it. */
export interface ExerciseRecordKind<Row extends ExerciseRecordRow> {
  entityType: AuditEntityType;
  find: FindExerciseRecord<Row>;
  assertStatusAllows: (status: ExerciseStatus) => void;
  /** Deletes the locked record; may first refuse with a domain error (checked against the locked row). */
  remove: (tx: Executor, current: Row) => Promise<void>;
}

/**
 * Adds a record to an exercise in a transaction of its own: locks the exercise,
 * checks its status, lets `insert` validate and insert the record (returning
 * the new row), and audits the creation.
 */
export async function addExerciseRecord<Row extends ExerciseRecordRow>(
  ctx: ServiceContext,
  actor: Actor,
  kind: ExerciseRecordKind<Row>,
  exerciseId: string,
  insert: (tx: Executor, exercise: ExerciseRow) => Promise<Row>,
): Promise<Row> {
  return ctx.db.transaction(async (tx) => {
    const exercise = await lockExerciseForWork(tx, actor, exerciseId);
    kind.assertStatusAllows(exercise.status);
    const created = await insert(tx, exercise);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: kind.entityType,
      entityId: created.id,
      groupId: exercise.groupId,
      after: created,
    });
    return created;
  });
}

/**
 * Updates one exercise record in a transaction of its own: locks it, lets
 * `write` validate and update it (returning the new row), and audits the change.
 */
export async function updateExerciseRecord<Row extends ExerciseRecordRow>(
  ctx: ServiceContext,
  actor: Actor,
  kind: ExerciseRecordKind<Row>,
  ref: RecordRef,
  write: (tx: Executor, exercise: ExerciseRow) => Promise<Row>,
): Promise<Row> {
  return ctx.db.transaction(async (tx) => {
    const { exercise, current } = await lockExerciseRecord(tx, actor, kind.find, ref, kind.assertStatusAllows);
    const updated = await write(tx, exercise);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: kind.entityType,
      entityId: ref.id,
      groupId: exercise.groupId,
      before: current,
      after: updated,
    });
    return updated;
  });
}

/** Deletes one exercise record in a transaction of its own, after locking it, and audits the deletion. */
export async function removeExerciseRecord<Row extends ExerciseRecordRow>(
  ctx: ServiceContext,
  actor: Actor,
  kind: ExerciseRecordKind<Row>,
  ref: RecordRef,
): Promise<{ id: string }> {
  return ctx.db.transaction(async (tx) => {
    const { exercise, current } = await lockExerciseRecord(tx, actor, kind.find, ref, kind.assertStatusAllows);
    await kind.remove(tx, current);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'delete',
      entityType: kind.entityType,
      entityId: ref.id,
      groupId: exercise.groupId,
      before: current,
    });
    return { id: ref.id };
  });
}
