import {
  countExercisesOfScenario,
  findGroupOrganisations,
  findScenarioConditions,
  findScenarioLegalBases,
  findScenarioPerspectives,
  listScenarios,
  replaceScenarioConditions,
  replaceScenarioLegalBases,
  replaceScenarioPerspectives,
  scenarios,
  eq,
  sql,
  type Executor,
  type ScenarioSummary,
} from '@srw/db';
import {
  assertExpectedVersion,
  assertOrganisationsInGroup,
  assertScenarioDeletable,
  assertScenarioEditable,
  assertScenarioTransition,
  assertWithinCeiling,
  comparePerspectives,
  DomainError,
  type Actor,
  type ChangeScenarioStatusInput,
  type CreateScenarioInput,
  type DeleteScenarioInput,
  type ListScenariosInput,
  type Page,
  type UpdateScenarioInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import {
  assertCanEdit,
  assertConditionsExist,
  assertLegalBasesExist,
  groupOrganisationIds,
  loadScenarioAccess,
  lockEditableScenario,
  mayEdit,
  readsAllGroups,
} from './scenario-access';

export async function listGroupScenarios(ctx: ServiceContext, actor: Actor, input: ListScenariosInput): Promise<Page<ScenarioSummary>> {
  if (input.groupId) await loadGroupAccess(ctx.db, actor, input.groupId);
  return listScenarios(ctx.db, {
    userId: actor.userId,
    allGroups: readsAllGroups(actor),
    groupId: input.groupId,
    status: input.status,
    cursor: input.cursor,
    limit: input.limit,
  });
}

export async function getScenario(ctx: ServiceContext, actor: Actor, id: string) {
  const access = await loadScenarioAccess(ctx.db, actor, id);
  const { scenario, group } = access;
  const [perspectives, legalBases, conditions, groupOrganisations, exerciseCount] = await Promise.all([
    findScenarioPerspectives(ctx.db, id),
    findScenarioLegalBases(ctx.db, id),
    findScenarioConditions(ctx.db, id),
    findGroupOrganisations(ctx.db, scenario.groupId),
    countExercisesOfScenario(ctx.db, id),
  ]);
  const editable = mayEdit(access);
  return {
    ...scenario,
    group: { id: group.id, name: group.name, status: group.status },
    groupOrganisations,
    perspectives,
    comparison: comparePerspectives(perspectives),
    legalBases,
    conditions,
    exerciseCount,
    myRole: access.role,
    permissions: {
      edit: editable && scenario.status !== 'gearchiveerd',
      changeStatus: editable,
      delete: editable && exerciseCount === 0,
      planExercise: editable && scenario.status === 'gereed',
    },
  };
}

async function validateScenarioReferences(db: Executor, groupId: string, input: CreateScenarioInput | UpdateScenarioInput) {
  assertOrganisationsInGroup(
    input.perspectives.map((p) => p.organisationId),
    await groupOrganisationIds(db, groupId),
    'perspectives',
  );
  await assertLegalBasesExist(db, input.legalBasisIds, 'legalBasisIds');
  await assertConditionsExist(db, input.conditionIds, 'conditionIds');
}

async function writeChildren(tx: Executor, scenarioId: string, input: CreateScenarioInput | UpdateScenarioInput, actorId: string) {
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

export async function createScenario(ctx: ServiceContext, actor: Actor, input: CreateScenarioInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  const access = await loadGroupAccess(ctx.db, actor, input.groupId);
  assertCanEdit(access);
  await validateScenarioReferences(ctx.db, input.groupId, input);
  return ctx.db.transaction(async (tx) => {
    const [scenario] = await tx
      .insert(scenarios)
      .values({
        groupId: input.groupId,
        title: input.title,
        problemStatement: input.problemStatement,
        threatType: input.threatType,
        cooperationLevel: input.cooperationLevel,
        classification: input.classification,
        createdBy: actor.userId,
      })
      .returning();
    if (!scenario) throw new Error('insert returned no row');
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
    const current = await lockEditableScenario(tx, actor, input.id);
    assertScenarioEditable(current.status);
    assertExpectedVersion(input.version, current.version);
    await validateScenarioReferences(tx, current.groupId, input);
    const before = {
      ...current,
      perspectives: await findScenarioPerspectives(tx, input.id),
      legalBasisIds: (await findScenarioLegalBases(tx, input.id)).map((b) => b.id),
      conditionIds: (await findScenarioConditions(tx, input.id)).map((c) => c.id),
    };
    const [updated] = await tx
      .update(scenarios)
      .set({
        title: input.title,
        problemStatement: input.problemStatement,
        threatType: input.threatType,
        cooperationLevel: input.cooperationLevel,
        classification: input.classification,
        version: sql`${scenarios.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(scenarios.id, input.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
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

export async function changeScenarioStatus(ctx: ServiceContext, actor: Actor, input: ChangeScenarioStatusInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockEditableScenario(tx, actor, input.id);
    assertExpectedVersion(input.version, current.version);
    assertScenarioTransition(current.status, input.status);
    const [updated] = await tx
      .update(scenarios)
      .set({ status: input.status, version: sql`${scenarios.version} + 1`, updatedAt: new Date() })
      .where(eq(scenarios.id, input.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: 'scenario',
      entityId: input.id,
      groupId: updated.groupId,
      before: { status: current.status },
      after: { status: updated.status },
    });
    return updated;
  });
}

export async function deleteScenario(ctx: ServiceContext, actor: Actor, input: DeleteScenarioInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await lockEditableScenario(tx, actor, input.id);
    assertExpectedVersion(input.version, current.version);
    assertScenarioDeletable(await countExercisesOfScenario(tx, input.id));
    await tx.delete(scenarios).where(eq(scenarios.id, input.id));
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
