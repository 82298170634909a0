import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray, schema } from '@srw/db';
import { outcome, type RoleFixture, type TestHarness } from '../../testing';
import {
  caller,
  chair,
  makeAction,
  makeObservation,
  observationRecommendationInput,
  recommendationInput,
  recommendationsFrom,
  setUpScenarioWorld,
} from './scenarios.fixtures';

let h: TestHarness;
let f: RoleFixture;
let politieId: string;
let defensieId: string;

beforeAll(async () => {
  // A deployment that may hold departmentally confidential records.
  ({ h, f, politieId, defensieId } = await setUpScenarioWorld({
    classificationCeiling: 'DEPARTEMENTAAL_VERTROUWELIJK',
  }));
});
afterAll(async () => h.close());

describe('improvement action into a recommendation', () => {
  it('creates the recommendation with a link both ways, audits both, and shows the code on the exercise', async () => {
    const action = await makeAction();
    const result = await caller('member').exercises.recommendImprovementAction(recommendationInput(action));
    expect(result.action.recommendationId).toBe(result.recommendation.id);
    expect(result.action.version).toBe(action.version + 1);

    const [stored] = await recommendationsFrom(action.id);
    expect(stored).toMatchObject({
      id: result.recommendation.id,
      sourceType: 'exercise_evaluation',
      groupId: f.groupId,
      status: 'voorgesteld',
      dueDate: '2026-12-01',
    });
    expect(stored?.sourceReference).toContain('Tabletop zoekactie');

    const exercise = await chair().exercises.get({ id: action.exerciseId });
    expect(exercise.improvementActions.find((a) => a.id === action.id)).toMatchObject({
      recommendationId: result.recommendation.id,
      recommendationCode: result.recommendation.code,
    });
    const recommendation = await chair().recommendations.get({ id: result.recommendation.id });
    expect(recommendation.origins).toEqual([{ kind: 'exercise', id: action.exerciseId, label: 'Tabletop zoekactie' }]);
    expect(recommendation.addressees.map((a) => a.organisationId).sort()).toEqual([politieId, defensieId].sort());
    expect(recommendation.conditionIds).toEqual(['2.1.b']);

    const audit = await h.handle.db
      .select({ entityType: schema.auditEvents.entityType, action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(inArray(schema.auditEvents.entityId, [action.id, result.recommendation.id]));
    expect(audit).toEqual(
      expect.arrayContaining([
        { entityType: 'improvement_action', action: 'update' },
        { entityType: 'recommendation', action: 'create' },
      ]),
    );
  });

  it('refuses a second conversion and a stale version, and creates nothing more', async () => {
    const action = await makeAction();
    const first = await chair().exercises.recommendImprovementAction(recommendationInput(action));
    expect(await outcome(() => chair().exercises.recommendImprovementAction(recommendationInput(first.action)))).toBe(
      'CONFLICT',
    );
    expect(await outcome(() => chair().exercises.recommendImprovementAction(recommendationInput(action)))).toBe(
      'CONFLICT',
    );
    expect(await recommendationsFrom(action.id)).toHaveLength(1);
  });

  it('leaves the action unchanged when the recommendation is refused', async () => {
    const action = await makeAction();
    const unknownOrganisation = '0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001';
    expect(
      await outcome(() =>
        chair().exercises.recommendImprovementAction(
          recommendationInput(action, { addresseeOrganisationIds: [unknownOrganisation] }),
        ),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      await outcome(() => chair().exercises.recommendImprovementAction(recommendationInput(action, { title: '' }))),
    ).toBe('BAD_REQUEST');
    const [row] = await h.handle.db
      .select()
      .from(schema.improvementActions)
      .where(eq(schema.improvementActions.id, action.id));
    expect(row).toMatchObject({ recommendationId: null, version: action.version });
    expect(await recommendationsFrom(action.id)).toHaveLength(0);
  });

  it('keeps a converted action and its observation: neither can be removed', async () => {
    const action = await makeAction();
    const { action: converted } = await chair().exercises.recommendImprovementAction(recommendationInput(action));
    expect(
      await outcome(() => chair().exercises.removeImprovementAction({ id: converted.id, version: converted.version })),
    ).toBe('CONFLICT');
    const exercise = await chair().exercises.get({ id: action.exerciseId });
    const observation = exercise.observations.find((o) => o.id === action.observationId);
    expect(observation).toBeDefined();
    if (!observation) return;
    expect(
      await outcome(() => chair().exercises.removeObservation({ id: observation.id, version: observation.version })),
    ).toBe('CONFLICT');
    const after = await chair().exercises.get({ id: action.exerciseId });
    expect(after.improvementActions.map((a) => a.id)).toContain(converted.id);
    expect(after.observations.map((o) => o.id)).toContain(observation.id);
  });

  it('hides another group’s action as NOT_FOUND', async () => {
    const action = await makeAction();
    expect(
      await outcome(() => h.callerFor(f.outsider).exercises.recommendImprovementAction(recommendationInput(action))),
    ).toBe('NOT_FOUND');
    expect(await recommendationsFrom(action.id)).toHaveLength(0);
  });
});

describe('observation into a recommendation', () => {
  it('creates the recommendation with a link both ways and an audit entry, and shows the code on the exercise', async () => {
    const observation = await makeObservation('strength');
    const result = await caller('member').exercises.recommendObservation(observationRecommendationInput(observation));
    expect(result.observation).toMatchObject({
      recommendationId: result.recommendation.id,
      version: observation.version + 1,
    });

    const [stored] = await recommendationsFrom(observation.id);
    expect(stored).toMatchObject({
      id: result.recommendation.id,
      sourceType: 'exercise_evaluation',
      groupId: f.groupId,
      status: 'voorgesteld',
    });
    const history = await h.handle.db
      .select()
      .from(schema.recommendationEvents)
      .where(eq(schema.recommendationEvents.recommendationId, result.recommendation.id));
    expect(history.map((event) => event.note)).toContainEqual(
      expect.stringContaining('Het steunverzoek bleef twee uur liggen.'),
    );

    const exercise = await chair().exercises.get({ id: observation.exerciseId });
    expect(exercise.observations.find((o) => o.id === observation.id)).toMatchObject({
      recommendationId: result.recommendation.id,
      recommendationCode: result.recommendation.code,
    });
    const recommendation = await chair().recommendations.get({ id: result.recommendation.id });
    expect(recommendation.origins).toEqual([
      { kind: 'exercise', id: observation.exerciseId, label: 'Tabletop zoekactie' },
    ]);

    const audit = await h.handle.db
      .select({ entityType: schema.auditEvents.entityType, action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.entityId, observation.id));
    expect(audit).toContainEqual({ entityType: 'exercise_observation', action: 'update' });
  });

  it('refuses a second conversion and a stale version, and creates nothing more', async () => {
    const observation = await makeObservation();
    const first = await chair().exercises.recommendObservation(observationRecommendationInput(observation));
    expect(
      await outcome(() => chair().exercises.recommendObservation(observationRecommendationInput(first.observation))),
    ).toBe('CONFLICT');
    expect(
      await outcome(() => chair().exercises.recommendObservation(observationRecommendationInput(observation))),
    ).toBe('CONFLICT');
    expect(await recommendationsFrom(observation.id)).toHaveLength(1);
  });

  it('leaves the observation unchanged when the recommendation is refused', async () => {
    const observation = await makeObservation();
    expect(
      await outcome(() =>
        chair().exercises.recommendObservation(
          observationRecommendationInput(observation, { conditionIds: ['9.9.z'] }),
        ),
      ),
    ).toBe('BAD_REQUEST');
    const [row] = await h.handle.db
      .select()
      .from(schema.exerciseObservations)
      .where(eq(schema.exerciseObservations.id, observation.id));
    expect(row).toMatchObject({ recommendationId: null, version: observation.version });
    expect(await recommendationsFrom(observation.id)).toHaveLength(0);
  });

  it('keeps a converted observation: it cannot be removed', async () => {
    const observation = await makeObservation();
    const { observation: converted } = await chair().exercises.recommendObservation(
      observationRecommendationInput(observation),
    );
    expect(
      await outcome(() => chair().exercises.removeObservation({ id: converted.id, version: converted.version })),
    ).toBe('CONFLICT');
    const exercise = await chair().exercises.get({ id: observation.exerciseId });
    expect(exercise.observations.map((o) => o.id)).toContain(observation.id);
  });

  it('still works after the evaluation is closed, since follow-up stays open', async () => {
    const observation = await makeObservation();
    const exercise = await chair().exercises.get({ id: observation.exerciseId });
    const evaluated = await chair().exercises.changeStatus({
      id: exercise.id,
      version: exercise.version,
      status: 'geevalueerd',
    });
    expect(evaluated.status).toBe('geevalueerd');
    const result = await chair().exercises.recommendObservation(observationRecommendationInput(observation));
    expect(result.observation.recommendationId).toBe(result.recommendation.id);
  });

  it('hides another group’s observation as NOT_FOUND', async () => {
    const observation = await makeObservation();
    expect(
      await outcome(() =>
        h.callerFor(f.outsider).exercises.recommendObservation(observationRecommendationInput(observation)),
      ),
    ).toBe('NOT_FOUND');
    expect(await recommendationsFrom(observation.id)).toHaveLength(0);
  });
});

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
    const observation = await chair.exercises.addObservation({
      exerciseId: exercise.id,
      text: 'Dreigingsbeeld kwam laat.',
      rating: 'M',
      kind: 'improvement',
      conditionId: '2.5.c',
    });
    const action = await chair.exercises.addImprovementAction({
      observationId: observation.id,
      action: 'Dreigingsbeeld eerder delen',
      owner: 'Vera',
    });
    const { recommendation } = await chair.exercises.recommendImprovementAction({
      actionId: action.id,
      version: action.version,
      title: 'Dreigingsbeeld eerder delen',
      description: '',
      level: 'operationeel',
      conditionIds: ['2.5.c'],
      addresseeOrganisationIds: [politieId],
    });
    const [row] = await h.handle.db
      .select()
      .from(schema.recommendations)
      .where(eq(schema.recommendations.id, recommendation.id));
    expect(row?.classification).toBe('DEPARTEMENTAAL_VERTROUWELIJK');
  });
});
