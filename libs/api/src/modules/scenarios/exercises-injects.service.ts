import {
  deleteInjectRow,
  findGroupOrganisations,
  findInject,
  findInjectPositions,
  findLegalBasisIdsByCode,
  insertInjects,
  setInjectPosition,
  updateExerciseRow,
  updateInjectRow,
  type Executor,
  type ExerciseInjectRow,
} from '@srw/db';
import {
  assertExpectedVersion,
  assertIsPermutation,
  assertOrganisationsInGroup,
  assertPlanningEditable,
  nextInjectPosition,
  parseInjectCsv,
  positionsFor,
  type Actor,
  type AddInjectInput,
  type CsvRowError,
  type ImportInjectsInput,
  type InjectFields,
  type RemoveByIdInput,
  type ReorderInjectsInput,
  type UpdateInjectInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { readCsv } from '../../csv';
import { lockExerciseForWork } from './exercises-access';
import {
  addExerciseRecord,
  removeExerciseRecord,
  updateExerciseRecord,
  type ExerciseRecordKind,
} from './exercises-write.service';
import { groupOrganisationIds } from './scenarios-access';
import { assertLegalBasesExist } from './scenarios-write.service';

export async function validateInject(db: Executor, groupId: string, fields: InjectFields) {
  if (fields.responsibleOrganisationId) {
    assertOrganisationsInGroup(
      [fields.responsibleOrganisationId],
      await groupOrganisationIds(db, groupId),
      'responsibleOrganisationId',
    );
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
  assertStatusAllows: assertPlanningEditable,
  remove: (tx, { id }) => deleteInjectRow(tx, id),
};

export async function addInject(ctx: ServiceContext, actor: Actor, input: AddInjectInput) {
  return addExerciseRecord(ctx, actor, injectRecords, input.exerciseId, async (tx, exercise) => {
    await validateInject(tx, exercise.groupId, input);
    const positions = (await findInjectPositions(tx, exercise.id)).map((p) => p.position);
    const [inject] = await insertInjects(tx, [
      {
        exerciseId: exercise.id,
        position: nextInjectPosition(positions),
        ...injectValues(input),
        createdBy: actor.userId,
      },
    ]);
    if (!inject) throw new Error('insert returned no row');
    return inject;
  });
}

export async function updateInject(ctx: ServiceContext, actor: Actor, input: UpdateInjectInput) {
  return updateExerciseRecord(ctx, actor, injectRecords, input, async (tx, exercise) => {
    await validateInject(tx, exercise.groupId, input);
    return updateInjectRow(tx, input.id, input.version, injectValues(input));
  });
}

export async function removeInject(ctx: ServiceContext, actor: Actor, input: RemoveByIdInput) {
  return removeExerciseRecord(ctx, actor, injectRecords, input);
}

export async function reorderInjects(ctx: ServiceContext, actor: Actor, input: ReorderInjectsInput) {
  return ctx.db.transaction(async (tx) => {
    const exercise = await lockExerciseForWork(tx, actor, input.exerciseId);
    assertExpectedVersion(input.version, exercise.version);
    assertPlanningEditable(exercise.status);
    const current = await findInjectPositions(tx, exercise.id);
    assertIsPermutation(
      input.injectIds,
      current.map((c) => c.id),
    );
    for (const { id, position } of positionsFor(input.injectIds)) await setInjectPosition(tx, id, position);
    // The exercise's version moves with its inject order, so two reorders cannot cross.
    const touched = await updateExerciseRow(tx, exercise.id, exercise.version, {});
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'exercise',
      entityId: exercise.id,
      groupId: exercise.groupId,
      before: { injectOrder: current.map((c) => c.id) },
      after: { injectOrder: input.injectIds },
    });
    return { version: touched.version };
  });
}

/** All rows or none: a file with errors imports nothing and reports every row's problems. */
export async function importInjects(
  ctx: ServiceContext,
  actor: Actor,
  input: ImportInjectsInput,
): Promise<{ imported: number; errors: CsvRowError[] }> {
  return ctx.db.transaction(async (tx) => {
    const exercise = await lockExerciseForWork(tx, actor, input.exerciseId);
    assertPlanningEditable(exercise.status);
    const organisations = await findGroupOrganisations(tx, exercise.groupId);
    const file = readCsv(input.csv);
    if (!file.ok) return { imported: 0, errors: [{ line: file.error.line, column: null, code: file.error.code }] };
    const result = parseInjectCsv(file.records, {
      organisationIdByCode: new Map(organisations.map((o) => [o.code, o.id])),
      legalBasisIdByCode: await findLegalBasisIdsByCode(tx),
    });
    if (!result.ok) return { imported: 0, errors: result.errors };
    let position = nextInjectPosition((await findInjectPositions(tx, exercise.id)).map((p) => p.position));
    const rows = await insertInjects(
      tx,
      result.injects.map((inject) => ({
        exerciseId: exercise.id,
        position: position++,
        ...inject,
        createdBy: actor.userId,
      })),
    );
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
