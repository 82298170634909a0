import { DomainError } from '../errors';
import type { ScenarioStatus } from './scenarios.constants';
import { scenariosErrors } from './scenarios.errors';

/**
 * A concept becomes ready (gereed) for exercises; ready can go back to concept
 * for rework; either can be archived, and an archived scenario can be reopened
 * as a concept.
 */
const allowedScenarioTransitions: Record<ScenarioStatus, readonly ScenarioStatus[]> = {
  concept: ['gereed', 'gearchiveerd'],
  gereed: ['concept', 'gearchiveerd'],
  gearchiveerd: ['concept'],
};

export function canTransitionScenario(from: ScenarioStatus, to: ScenarioStatus): boolean {
  return allowedScenarioTransitions[from].includes(to);
}

export function assertScenarioTransition(from: ScenarioStatus, to: ScenarioStatus): void {
  if (!canTransitionScenario(from, to)) throw new DomainError('INVALID_STATUS_TRANSITION', { field: 'status' });
}

/** An archived scenario is read-only apart from reopening it. */
export function isScenarioEditable(status: ScenarioStatus): boolean {
  return status !== 'gearchiveerd';
}

export function assertScenarioEditable(status: ScenarioStatus): void {
  if (!isScenarioEditable(status)) throw new DomainError(scenariosErrors.SCENARIO_ARCHIVED);
}

/** Exercises are planned on ready scenarios only, so nobody rehearses a half-written one. */
export function isScenarioReadyForExercise(status: ScenarioStatus): boolean {
  return status === 'gereed';
}

export function assertScenarioReadyForExercise(status: ScenarioStatus): void {
  if (!isScenarioReadyForExercise(status))
    throw new DomainError(scenariosErrors.SCENARIO_NOT_READY, { field: 'scenarioId' });
}

/** A scenario that exercises were planned on stays, as their basis. */
export function isScenarioDeletable(exerciseCount: number): boolean {
  return exerciseCount === 0;
}

export function assertScenarioDeletable(exerciseCount: number): void {
  if (!isScenarioDeletable(exerciseCount)) throw new DomainError(scenariosErrors.SCENARIO_HAS_EXERCISES);
}

/** Perspectives, participants and inject parties must come from the group's organisations. */
export function assertOrganisationsInGroup(
  organisationIds: readonly string[],
  groupOrganisationIds: readonly string[],
  field: string,
): void {
  if (organisationIds.some((id) => !groupOrganisationIds.includes(id))) {
    throw new DomainError(scenariosErrors.ORGANISATION_OUTSIDE_GROUP, { field });
  }
}

/**
 * What a scenario or exercise refers to (legal bases, conditions, objectives)
 * must exist: `foundCount` is how many of the distinct `ids` were found.
 */
export function assertReferencesFound(ids: readonly string[], foundCount: number, field: string): void {
  if (new Set(ids).size !== foundCount) throw new DomainError(scenariosErrors.UNKNOWN_REFERENCE, { field });
}

/** The same, against the list of ids that exist (an exercise's own objectives). */
export function assertReferencesAmong(ids: readonly string[], knownIds: readonly string[], field: string): void {
  if (ids.some((id) => !knownIds.includes(id))) throw new DomainError(scenariosErrors.UNKNOWN_REFERENCE, { field });
}

export const perspectiveAspects = [
  'mandate',
  'capabilities',
  'needsFromOther',
  'chainOfCommand',
  'expectedActions',
] as const;
export type PerspectiveAspect = (typeof perspectiveAspects)[number];

/**
 * Lines the perspectives up aspect by aspect, so the page can show them side by
 * side and mark where they differ.
 */
export function comparePerspectives(
  perspectives: readonly Record<PerspectiveAspect, string>[],
): { aspect: PerspectiveAspect; values: string[]; differs: boolean; missing: boolean }[] {
  return perspectiveAspects.map((aspect) => {
    const values = perspectives.map((p) => p[aspect].trim());
    const normalised = new Set(values.map((value) => value.toLowerCase().replace(/\s+/g, ' ')));
    return {
      aspect,
      values,
      differs: perspectives.length > 1 && normalised.size > 1,
      missing: values.some((value) => value === ''),
    };
  });
}
