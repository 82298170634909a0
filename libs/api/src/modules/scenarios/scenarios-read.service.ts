import {
  countExercisesOfScenario,
  findGroupOrganisations,
  findScenarioConditions,
  findScenarioLegalBases,
  findScenarioPerspectives,
  listScenarios,
  type ScenarioSummary,
} from '@srw/db';
import {
  comparePerspectives,
  readsEveryGroup,
  scenarioPermissions,
  type Actor,
  type ListScenariosInput,
  type Page,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { loadScenarioAccess, scenarioRelationOf } from './scenarios-access';

export async function listGroupScenarios(
  ctx: ServiceContext,
  actor: Actor,
  input: ListScenariosInput,
): Promise<Page<ScenarioSummary>> {
  if (input.groupId) await loadGroupAccess(ctx.db, actor, input.groupId);
  return listScenarios(ctx.db, {
    userId: actor.userId,
    allGroups: readsEveryGroup(actor),
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
    permissions: scenarioPermissions(actor, scenarioRelationOf(access), { status: scenario.status, exerciseCount }),
  };
}
