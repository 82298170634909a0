import {
  countExercisesOfScenario,
  countExistingConditions,
  countExistingLegalBases,
  deleteScenarioRow,
  findScenarioConditions,
  findScenarioLegalBases,
  findScenarioPerspectives,
  insertScenario,
  replaceScenarioConditions,
  replaceScenarioLegalBases,
  replaceScenarioPerspectives,
  updateScenarioRow,
  type Executor,
} from '@srw/db';
import {
  assertCanWorkOnScenarios,
  assertExpectedVersion,
  assertOrganisationsInGroup,
  assertReferencesFound,
  assertScenarioDeletable,
  assertScenarioEditable,
  assertWithinCeiling,
  type Actor,
  type CreateScenarioInput,
  type DeleteScenarioInput,
  type UpdateScenarioInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { groupOrganisationIds, lockScenarioForWork, scenarioRelationOf } from './scenarios-access';

/** Legal bases a scenario or inject refers to must be in the catalogue. */
export async function assertLegalBasesExist(db: Executor, ids: readonly string[], field: string): Promise<void> {
  assertReferencesFound(ids, await countExistingLegalBases(db, [...new Set(ids)]), field);
}

/** Triad conditions a scenario, objective or observation refers to must be in the model. */
export async function assertConditionsExist(db: Executor, ids: readonly string[], field: string): Promise<void> {
  assertReferencesFound(ids, await countExistingConditions(db, [...new Set(ids)]), field);
}

async function validateScenarioReferences(
  db: Executor,
  groupId: string,
  input: CreateScenarioInput | UpdateScenarioInput,
) {
  assertOrganisationsInGroup(
    input.perspectives.map((p) => p.organisationId),
    await groupOrganisationIds(db, groupId),
    'perspectives',
  );
  await assertLegalBasesExist(db, input.legalBasisIds, 'legalBasisIds');
  await assertConditionsExist(db, input.conditionIds, 'conditionIds');
}

async function writeChildren(
  tx: Executor,
  scenarioId: string,
  input: CreateScenarioInput | UpdateScenarioInput,
  actorId: string,
) {
  await replaceScenarioPerspectives(tx, scenarioId, input.perspectives, actorId);
  await replaceScenarioLegalBases(tx, scenarioId, input.legalBasisIds);
  await replaceScenarioConditions(tx, scenarioId, input.conditionIds);
}

function snapshotOf(input: CreateScenarioInput | UpdateScenarioInput) {
  return {
    perspectives: input.perspectives,
    legalBasisIds: input.legalBasisIds,
    conditionIds: input.conditionIds,
  };
}

function detailsOf(input: CreateScenarioInput | UpdateScenarioInput) {
  return {
    title: input.title,
    problemStatement: input.problemStatement,
    threatType: input.threatType,
    cooperationLevel: input.cooperationLevel,
    classification: input.classification,
  };
}

export async function createScenario(ctx: ServiceContext, actor: Actor, input: CreateScenarioInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  const access = await loadGroupAccess(ctx.db, actor, input.groupId);
  assertCanWorkOnScenarios(scenarioRelationOf(access));
  await validateScenarioReferences(ctx.db, input.groupId, input);
  return ctx.db.transaction(async (tx) => {
    const scenario = await insertScenario(tx, { groupId: input.groupId, ...detailsOf(input), createdBy: actor.userId });
    await writeChildren(tx, scenario.id, input, actor.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'scenario',
      entityId: scenario.id,
      groupId: scenario.groupId,
      after: { ...scenario, ...snapshotOf(input) },
    });
    return scenario;
  });
}

export async function updateScenario(ctx: ServiceContext, actor: Actor, input: UpdateScenarioInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  return ctx.db.transaction(async (tx) => {
    const current = await lockScenarioForWork(tx, actor, input.id);
    assertScenarioEditable(current.status);
    assertExpectedVersion(input.version, current.version);
    await validateScenarioReferences(tx, current.groupId, input);
    const before = {
      ...current,
      perspectives: await findScenarioPerspectives(tx, input.id),
      legalBasisIds: (await findScenarioLegalBases(tx, input.id)).map((b) => b.id),
      conditionIds: (await findScenarioConditions(tx, input.id)).map((c) => c.id),
    };
    const updated = await updateScenarioRow(tx, input.id, input.version, detailsOf(input));
    await writeChildren(tx, input.id, input, actor.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'scenario',
      entityId: input.id,
      groupId: updated.groupId,
      before,
      after: { ...updated, ...snapshotOf(input) },
    });
    return updated;
  });
}

export async function deleteScenario(ctx: ServiceContext, actor: Actor, input: DeleteScenarioInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockScenarioForWork(tx, actor, input.id);
    assertExpectedVersion(input.version, current.version);
    assertScenarioDeletable(await countExercisesOfScenario(tx, input.id));
    await deleteScenarioRow(tx, input.id);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'delete',
      entityType: 'scenario',
      entityId: input.id,
      groupId: current.groupId,
      before: current,
    });
    return { id: input.id };
  });
}
