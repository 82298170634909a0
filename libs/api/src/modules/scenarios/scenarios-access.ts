import { findGroupOrganisations, findScenario, type Executor } from '@srw/db';
import { assertCanWorkOnScenarios, DomainError, type Actor, type ScenarioRelation } from '@srw/domain';
import { loadGroupAccess, type GroupAccess } from '../working-groups/working-groups-access';

/** How the actor relates to a group's scenarios and exercises, as the domain's permissions take it. */
export function scenarioRelationOf(access: GroupAccess): ScenarioRelation {
  return { groupRole: access.role, groupStatus: access.group.status };
}

/** A scenario with the actor's access to its group; NOT_FOUND when either is gone or the group unreadable. */
export async function loadScenarioAccess(db: Executor, actor: Actor, scenarioId: string) {
  const scenario = await findScenario(db, scenarioId);
  if (!scenario) throw new DomainError('NOT_FOUND');
  const access = await loadGroupAccess(db, actor, scenario.groupId);
  return { scenario, ...access };
}

/** Locks a scenario the actor may work on; the caller then checks what its status allows. */
export async function lockScenarioForWork(tx: Executor, actor: Actor, scenarioId: string) {
  const access = await loadScenarioAccess(tx, actor, scenarioId);
  assertCanWorkOnScenarios(scenarioRelationOf(access));
  const scenario = await findScenario(tx, scenarioId, { lock: true });
  if (!scenario) throw new DomainError('NOT_FOUND');
  return scenario;
}

/** The ids of the group's organisations: perspectives, participants and owners come from these. */
export async function groupOrganisationIds(db: Executor, groupId: string): Promise<string[]> {
  return (await findGroupOrganisations(db, groupId)).map((o) => o.id);
}
