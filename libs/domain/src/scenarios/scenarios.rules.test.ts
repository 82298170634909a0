import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  assertOrganisationsInGroup,
  assertReferencesAmong,
  assertReferencesFound,
  assertScenarioDeletable,
  assertScenarioEditable,
  assertScenarioReadyForExercise,
  assertScenarioTransition,
  canTransitionScenario,
  comparePerspectives,
  isScenarioDeletable,
  isScenarioEditable,
  isScenarioReadyForExercise,
} from './scenarios.rules';
import { scenarioStatuses, type ScenarioStatus } from './scenarios.constants';

describe('scenario status transitions', () => {
  const allowed = new Set([
    'concept>gereed',
    'concept>gearchiveerd',
    'gereed>concept',
    'gereed>gearchiveerd',
    'gearchiveerd>concept',
  ]);
  const pairs = scenarioStatuses.flatMap((from) =>
    scenarioStatuses.map((to) => [from, to] as [ScenarioStatus, ScenarioStatus]),
  );

  it.each(pairs)('%s -> %s', (from, to) => {
    const expected = allowed.has(`${from}>${to}`);
    expect(canTransitionScenario(from, to)).toBe(expected);
    if (expected) expect(() => assertScenarioTransition(from, to)).not.toThrow();
    else expect(() => assertScenarioTransition(from, to)).toThrow(DomainError);
  });
});

describe('scenario rules', () => {
  it('makes an archived scenario read-only', () => {
    expect(() => assertScenarioEditable('concept')).not.toThrow();
    expect(() => assertScenarioEditable('gereed')).not.toThrow();
    expect(() => assertScenarioEditable('gearchiveerd')).toThrow(/ARCHIVED/);
    expect(scenarioStatuses.filter(isScenarioEditable)).toEqual(['concept', 'gereed']);
  });

  it.each(scenarioStatuses)('plans exercises only on ready scenarios (%s)', (status) => {
    expect(isScenarioReadyForExercise(status)).toBe(status === 'gereed');
    if (status === 'gereed') expect(() => assertScenarioReadyForExercise(status)).not.toThrow();
    else
      expect(() => assertScenarioReadyForExercise(status)).toThrow(
        expect.objectContaining({ code: 'SCENARIO_NOT_READY', field: 'scenarioId' }),
      );
  });

  it('deletes a scenario only without exercises', () => {
    expect(isScenarioDeletable(0)).toBe(true);
    expect(isScenarioDeletable(2)).toBe(false);
    expect(() => assertScenarioDeletable(0)).not.toThrow();
    expect(() => assertScenarioDeletable(1)).toThrow(
      expect.objectContaining({ code: 'SCENARIO_HAS_EXERCISES', kind: 'CONFLICT' }),
    );
  });

  it('accepts only organisations of the group', () => {
    expect(() => assertOrganisationsInGroup([], ['d'], 'perspectives')).not.toThrow();
    expect(() => assertOrganisationsInGroup(['d', 'p'], ['d', 'p'], 'perspectives')).not.toThrow();
    expect(() => assertOrganisationsInGroup(['d', 'om'], ['d', 'p'], 'perspectives')).toThrow(
      expect.objectContaining({ code: 'ORGANISATION_OUTSIDE_GROUP', field: 'perspectives' }),
    );
  });
});

describe('references', () => {
  it('needs every distinct id found', () => {
    expect(() => assertReferencesFound([], 0, 'legalBasisIds')).not.toThrow();
    expect(() => assertReferencesFound(['a', 'b', 'a'], 2, 'conditionIds')).not.toThrow();
    expect(() => assertReferencesFound(['a', 'b'], 1, 'conditionIds')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE', kind: 'INVALID', field: 'conditionIds' }),
    );
  });

  it('needs every id among the known ones', () => {
    expect(() => assertReferencesAmong(['a'], ['a', 'b'], 'objectiveId')).not.toThrow();
    expect(() => assertReferencesAmong([], [], 'objectives')).not.toThrow();
    expect(() => assertReferencesAmong(['a', 'x'], ['a', 'b'], 'objectives')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_REFERENCE', field: 'objectives' }),
    );
  });
});

describe('comparePerspectives', () => {
  const base = {
    mandate: 'Wet A',
    capabilities: 'Honden',
    needsFromOther: '',
    chainOfCommand: 'NatOps',
    expectedActions: 'Zoeken',
  };

  it('marks aspects that differ between organisations and ones left empty', () => {
    const rows = comparePerspectives([
      base,
      { ...base, mandate: 'Wet B', chainOfCommand: 'natops ', needsFromOther: 'Drones' },
    ]);
    const byAspect = Object.fromEntries(rows.map((r) => [r.aspect, r]));
    expect(byAspect.mandate).toMatchObject({ values: ['Wet A', 'Wet B'], differs: true, missing: false });
    expect(byAspect.capabilities).toMatchObject({ differs: false });
    // Case and spacing do not count as a difference.
    expect(byAspect.chainOfCommand).toMatchObject({ differs: false });
    expect(byAspect.needsFromOther).toMatchObject({ differs: true, missing: true });
    expect(rows.map((r) => r.aspect)).toEqual([
      'mandate',
      'capabilities',
      'needsFromOther',
      'chainOfCommand',
      'expectedActions',
    ]);
  });

  it('never marks a single perspective as differing', () => {
    expect(comparePerspectives([base]).every((r) => !r.differs)).toBe(true);
    expect(comparePerspectives([])).toHaveLength(5);
  });
});
