import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  assertOrganisationsInGroup,
  assertScenarioDeletable,
  assertScenarioEditable,
  assertScenarioReadyForExercise,
  assertScenarioTransition,
  canTransitionScenario,
  comparePerspectives,
} from './scenario.rules';
import { createScenarioSchema, scenarioStatuses, type ScenarioStatus } from './scenario.schema';

describe('scenario status transitions', () => {
  const allowed = new Set(['concept>gereed', 'concept>gearchiveerd', 'gereed>concept', 'gereed>gearchiveerd', 'gearchiveerd>concept']);
  const pairs = scenarioStatuses.flatMap((from) => scenarioStatuses.map((to) => [from, to] as [ScenarioStatus, ScenarioStatus]));

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
  });

  it.each(scenarioStatuses)('plans exercises only on ready scenarios (%s)', (status) => {
    if (status === 'gereed') expect(() => assertScenarioReadyForExercise(status)).not.toThrow();
    else expect(() => assertScenarioReadyForExercise(status)).toThrow(expect.objectContaining({ code: 'SCENARIO_NOT_READY', field: 'scenarioId' }));
  });

  it('deletes a scenario only without exercises', () => {
    expect(() => assertScenarioDeletable(0)).not.toThrow();
    expect(() => assertScenarioDeletable(1)).toThrow(expect.objectContaining({ code: 'SCENARIO_HAS_EXERCISES', kind: 'CONFLICT' }));
  });

  it('accepts only organisations of the group', () => {
    expect(() => assertOrganisationsInGroup([], ['d'], 'perspectives')).not.toThrow();
    expect(() => assertOrganisationsInGroup(['d', 'p'], ['d', 'p'], 'perspectives')).not.toThrow();
    expect(() => assertOrganisationsInGroup(['d', 'om'], ['d', 'p'], 'perspectives')).toThrow(
      expect.objectContaining({ code: 'ORGANISATION_OUTSIDE_GROUP', field: 'perspectives' }),
    );
  });
});

describe('comparePerspectives', () => {
  const base = { mandate: 'Wet A', capabilities: 'Honden', needsFromOther: '', chainOfCommand: 'NatOps', expectedActions: 'Zoeken' };

  it('marks aspects that differ between organisations and ones left empty', () => {
    const rows = comparePerspectives([base, { ...base, mandate: 'Wet B', chainOfCommand: 'natops ', needsFromOther: 'Drones' }]);
    const byAspect = Object.fromEntries(rows.map((r) => [r.aspect, r]));
    expect(byAspect.mandate).toMatchObject({ values: ['Wet A', 'Wet B'], differs: true, missing: false });
    expect(byAspect.capabilities).toMatchObject({ differs: false });
    // Case and spacing do not count as a difference.
    expect(byAspect.chainOfCommand).toMatchObject({ differs: false });
    expect(byAspect.needsFromOther).toMatchObject({ differs: true, missing: true });
    expect(rows.map((r) => r.aspect)).toEqual(['mandate', 'capabilities', 'needsFromOther', 'chainOfCommand', 'expectedActions']);
  });

  it('never marks a single perspective as differing', () => {
    expect(comparePerspectives([base]).every((r) => !r.differs)).toBe(true);
    expect(comparePerspectives([])).toHaveLength(5);
  });
});

describe('createScenarioSchema', () => {
  const valid = {
    groupId: '00000000-0000-4000-8000-000000000001',
    title: ' Vermissing ',
    problemStatement: 'Een wandelaar is vermist.',
    threatType: 'vermissing',
    cooperationLevel: 'ASSISTANCE',
  };

  it('trims, defaults and deduplicates', () => {
    const parsed = createScenarioSchema.parse({ ...valid, conditionIds: ['2.3.c', '2.3.c', '1'] });
    expect(parsed.title).toBe('Vermissing');
    expect(parsed.classification).toBe('ONGERUBRICEERD');
    expect(parsed.conditionIds).toEqual(['2.3.c', '1']);
    expect(parsed.perspectives).toEqual([]);
  });

  it('rejects bad input with message keys', () => {
    const result = createScenarioSchema.safeParse({ ...valid, title: ' ', cooperationLevel: 'X', conditionIds: ['abc'] });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining(['title:validation.required', 'cooperationLevel:validation.invalidChoice', 'conditionIds.0:validation.invalidChoice']),
    );
  });

  it('refuses two perspectives of one organisation', () => {
    const perspective = { organisationId: '00000000-0000-4000-8000-000000000002' };
    expect(createScenarioSchema.safeParse({ ...valid, perspectives: [perspective, perspective] }).success).toBe(false);
  });
});
