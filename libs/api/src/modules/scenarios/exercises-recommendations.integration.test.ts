import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, findOrganisationByCode, schema } from '@srw/db';
import { createTestHarness, seedRoleFixture, type RoleFixture, type TestHarness } from '../../testing';

let h: TestHarness;
let f: RoleFixture;
let politieId: string;

beforeAll(async () => {
  // A deployment that may hold departmentally confidential records.
  h = await createTestHarness({ classificationCeiling: 'DEPARTEMENTAAL_VERTROUWELIJK' });
  f = await seedRoleFixture(h, 'Gerubriceerd');
  politieId = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
});
afterAll(async () => h.close());

describe('a recommendation from a marked scenario', () => {
  it('carries the scenario’s classification marking', async () => {
    const chair = h.callerFor(f.chair);
    const scenario = await chair.scenarios.create({
      groupId: f.groupId,
      title: 'Dreiging tegen een rechtbank',
      problemStatement: 'Vertrouwelijke dreigingsinformatie over een zittingsdag.',
      threatType: 'ondermijning',
      cooperationLevel: 'PARTNERSHIP',
      classification: 'DEPARTEMENTAAL_VERTROUWELIJK',
    });
    const ready = await chair.scenarios.changeStatus({ id: scenario.id, version: scenario.version, status: 'gereed' });
    let exercise = await chair.exercises.create({
      scenarioId: ready.id,
      title: 'Tabletop zittingsdag',
      type: 'tabletop',
      startsAt: new Date('2026-04-02T07:00:00Z'),
      endsAt: new Date('2026-04-02T12:00:00Z'),
    });
    for (const status of ['in_voorbereiding', 'uitgevoerd'] as const) {
      exercise = await chair.exercises.changeStatus({ id: exercise.id, version: exercise.version, status });
    }
    const observation = await chair.exercises.addObservation({ exerciseId: exercise.id, text: 'Dreigingsbeeld kwam laat.', rating: 'M', kind: 'improvement', conditionId: '2.5.c' });
    const action = await chair.exercises.addImprovementAction({ observationId: observation.id, action: 'Dreigingsbeeld eerder delen', owner: 'Vera' });
    const { recommendation } = await chair.exercises.recommendImprovementAction({
      actionId: action.id,
      version: action.version,
      title: 'Dreigingsbeeld eerder delen',
      description: '',
      level: 'operationeel',
      conditionIds: ['2.5.c'],
      addresseeOrganisationIds: [politieId],
    });
    const [row] = await h.handle.db.select().from(schema.recommendations).where(eq(schema.recommendations.id, recommendation.id));
    expect(row?.classification).toBe('DEPARTEMENTAAL_VERTROUWELIJK');
  });
});
