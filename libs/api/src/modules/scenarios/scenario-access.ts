import {
  countExistingConditions,
  countExistingLegalBases,
  findExercise,
  findExerciseForUpdate,
  findGroupOrganisations,
  findScenario,
  findScenarioForUpdate,
  type Executor,
} from '@srw/db';
import { assertWorkingGroupEditable, canContributeToGroup, DomainError, scenariosErrors, type Actor } from '@srw/domain';
import { loadGroupAccess, type GroupAccess } from '../working-groups/working-groups-access';

/** Management and admins read every group's scenarios; others only their own groups'. */
export function readsAllGroups(actor: Actor): boolean {
  return actor.globalRole === 'admin' || actor.globalRole === 'management';
}

/**
 * Chairs and members edit scenarios and exercises; observers, management and
 * admins (without a working role in the group) only read them.
 */
export function assertCanEdit(access: GroupAccess): void {
  if (!canContributeToGroup(access.role)) throw new DomainError('FORBIDDEN');
  assertWorkingGroupEditable(access.group.status);
}

export function mayEdit(access: GroupAccess): boolean {
  return canContributeToGroup(access.role) && access.group.status !== 'gearchiveerd';
}

export async function loadScenarioAccess(db: Executor, actor: Actor, scenarioId: string) {
  const scenario = await findScenario(db, scenarioId);
  if (!scenario) throw new DomainError('NOT_FOUND');
  const access = await loadGroupAccess(db, actor, scenario.groupId);
  return { scenario, ...access };
}

export async function loadExerciseAccess(db: Executor, actor: Actor, exerciseId: string) {
  const exercise = await findExercise(db, exerciseId);
  if (!exercise) throw new DomainError('NOT_FOUND');
  const access = await loadGroupAccess(db, actor, exercise.groupId);
  return { exercise, ...access };
}

/** Locks a scenario the actor may edit; the caller then checks what its status allows. */
export async function lockEditableScenario(tx: Executor, actor: Actor, scenarioId: string) {
  const access = await loadScenarioAccess(tx, actor, scenarioId);
  assertCanEdit(access);
  const scenario = await findScenarioForUpdate(tx, scenarioId);
  if (!scenario) throw new DomainError('NOT_FOUND');
  return scenario;
}

/** Locks an exercise the actor may edit; the caller then checks what its status allows. */
export async function lockEditableExercise(tx: Executor, actor: Actor, exerciseId: string) {
  const access = await loadExerciseAccess(tx, actor, exerciseId);
  assertCanEdit(access);
  const exercise = await findExerciseForUpdate(tx, exerciseId);
  if (!exercise) throw new DomainError('NOT_FOUND');
  return exercise;
}

/** Loads a child record's exercise, locked and editable, refusing records of unreadable groups as NOT_FOUND. */
export async function lockExerciseOf(tx: Executor, actor: Actor, exerciseId: string | undefined) {
  if (!exerciseId) throw new DomainError('NOT_FOUND');
  return lockEditableExercise(tx, actor, exerciseId);
}

export async function groupOrganisationIds(db: Executor, groupId: string): Promise<string[]> {
  return (await findGroupOrganisations(db, groupId)).map((o) => o.id);
}

export async function assertLegalBasesExist(db: Executor, ids: readonly string[], field: string): Promise<void> {
  if ((await countExistingLegalBases(db, ids)) !== ids.length) throw new DomainError(scenariosErrors.UNKNOWN_REFERENCE, { field });
}

export async function assertConditionsExist(db: Executor, ids: readonly string[], field: string): Promise<void> {
  const unique = [...new Set(ids)];
  if ((await countExistingConditions(db, unique)) !== unique.length) throw new DomainError(scenariosErrors.UNKNOWN_REFERENCE, { field });
}
