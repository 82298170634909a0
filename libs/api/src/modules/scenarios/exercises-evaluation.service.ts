import {
  countActionsOfObservation,
  countRecommendedActionsOfObservation,
  deleteImprovementActionRow,
  deleteObservationRow,
  findExerciseObjectives,
  findInjectPositions,
  findImprovementAction,
  findObservation,
  insertImprovementAction,
  insertObservation,
  updateImprovementActionRow,
  updateObservationRow,
  type Executor,
  type ExerciseObservationRow,
  type ImprovementActionRow,
} from '@srw/db';
import {
  assertActionFromImprovement,
  assertActionRemovable,
  assertActionsOpen,
  assertKindKeepsActions,
  assertObservationRemovable,
  assertObservationsOpen,
  assertOrganisationsInGroup,
  assertRatingFitsKind,
  assertReferencesAmong,
  DomainError,
  type Actor,
  type AddImprovementActionInput,
  type AddObservationInput,
  type ImprovementActionFields,
  type ObservationFields,
  type RemoveByIdInput,
  type SetObservationIndicatorInput,
  type UpdateImprovementActionInput,
  type UpdateObservationInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { lockExerciseForWork } from './exercises-access';
import {
  addExerciseRecord,
  removeExerciseRecord,
  updateExerciseRecord,
  type ExerciseRecordKind,
} from './exercises-write.service';
import { groupOrganisationIds } from './scenarios-access';
import { assertConditionsExist } from './scenarios-write.service';

// ---- Observations --------------------------------------------------------------

async function validateObservation(db: Executor, exerciseId: string, fields: ObservationFields) {
  assertRatingFitsKind(fields.rating, fields.kind);
  if (fields.conditionId !== null) await assertConditionsExist(db, [fields.conditionId], 'conditionId');
  if (fields.objectiveId) {
    assertReferencesAmong(
      [fields.objectiveId],
      (await findExerciseObjectives(db, exerciseId)).map((o) => o.id),
      'objectiveId',
    );
  }
  if (fields.injectId) {
    assertReferencesAmong(
      [fields.injectId],
      (await findInjectPositions(db, exerciseId)).map((i) => i.id),
      'injectId',
    );
  }
}

function observationValues(fields: ObservationFields) {
  return {
    text: fields.text,
    rating: fields.rating,
    kind: fields.kind,
    conditionId: fields.conditionId,
    objectiveId: fields.objectiveId,
    injectId: fields.injectId,
  };
}

const observationRecords: ExerciseRecordKind<ExerciseObservationRow> = {
  entityType: 'exercise_observation',
  find: findObservation,
  assertStatusAllows: assertObservationsOpen,
  remove: async (tx, { id, recommendationId }) => {
    assertObservationRemovable(await countRecommendedActionsOfObservation(tx, id), recommendationId);
    await deleteObservationRow(tx, id);
  },
};

export async function addObservation(ctx: ServiceContext, actor: Actor, input: AddObservationInput) {
  return addExerciseRecord(ctx, actor, observationRecords, input.exerciseId, async (tx, exercise) => {
    await validateObservation(tx, exercise.id, input);
    return insertObservation(tx, { exerciseId: exercise.id, ...observationValues(input), createdBy: actor.userId });
  });
}

export async function updateObservation(ctx: ServiceContext, actor: Actor, input: UpdateObservationInput) {
  return updateExerciseRecord(ctx, actor, observationRecords, input, async (tx, exercise) => {
    await validateObservation(tx, exercise.id, input);
    assertKindKeepsActions(input.kind, await countActionsOfObservation(tx, input.id));
    return updateObservationRow(tx, input.id, input.version, observationValues(input));
  });
}

/**
 * Gives an observation its Triad indicator ("Indicator nog kiezen"), or another
 * one; version-checked and audited like any edit of the observation.
 */
export async function setObservationIndicator(ctx: ServiceContext, actor: Actor, input: SetObservationIndicatorInput) {
  return updateExerciseRecord(ctx, actor, observationRecords, input, async (tx) => {
    await assertConditionsExist(tx, [input.conditionId], 'conditionId');
    return updateObservationRow(tx, input.id, input.version, { conditionId: input.conditionId });
  });
}

export async function removeObservation(ctx: ServiceContext, actor: Actor, input: RemoveByIdInput) {
  return removeExerciseRecord(ctx, actor, observationRecords, input);
}

// ---- Improvement actions ---------------------------------------------------------

async function validateOwnerOrganisation(db: Executor, groupId: string, organisationId: string | null) {
  if (organisationId)
    assertOrganisationsInGroup([organisationId], await groupOrganisationIds(db, groupId), 'ownerOrganisationId');
}

function actionValues(fields: ImprovementActionFields) {
  return {
    action: fields.action,
    owner: fields.owner,
    ownerOrganisationId: fields.ownerOrganisationId,
    dueDate: fields.dueDate,
  };
}

const improvementActionRecords: ExerciseRecordKind<ImprovementActionRow> = {
  entityType: 'improvement_action',
  find: findImprovementAction,
  assertStatusAllows: assertActionsOpen,
  remove: async (tx, { id, recommendationId }) => {
    assertActionRemovable(recommendationId);
    await deleteImprovementActionRow(tx, id);
  },
};

/** An action belongs to an observation (an area for improvement), not to the exercise directly. */
export async function addImprovementAction(ctx: ServiceContext, actor: Actor, input: AddImprovementActionInput) {
  return ctx.db.transaction(async (tx) => {
    const observation = await findObservation(tx, input.observationId);
    const exercise = await lockExerciseForWork(tx, actor, observation?.exerciseId);
    if (!observation) throw new DomainError('NOT_FOUND');
    assertActionsOpen(exercise.status);
    assertActionFromImprovement(observation.kind);
    await validateOwnerOrganisation(tx, exercise.groupId, input.ownerOrganisationId);
    const action = await insertImprovementAction(tx, {
      exerciseId: exercise.id,
      observationId: observation.id,
      ...actionValues(input),
      createdBy: actor.userId,
    });
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
    return updateImprovementActionRow(tx, input.id, input.version, actionValues(input));
  });
}

export async function removeImprovementAction(ctx: ServiceContext, actor: Actor, input: RemoveByIdInput) {
  return removeExerciseRecord(ctx, actor, improvementActionRecords, input);
}
