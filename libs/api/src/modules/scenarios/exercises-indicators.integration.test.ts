import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, schema } from '@srw/db';
import { outcome, roleNames, type RoleFixture, type TestHarness } from '../../testing';
import {
  caller,
  chair,
  editExpected,
  injectInput,
  makeExercise,
  observationRecommendationInput,
  recommendationsFrom,
  setUpScenarioWorld,
} from './scenarios.fixtures';

let h: TestHarness;
let f: RoleFixture;

beforeAll(async () => {
  ({ h, f } = await setUpScenarioWorld());
});
afterAll(async () => h.close());

async function observationAudit(entityId: string) {
  return h.handle.db
    .select({
      action: schema.auditEvents.action,
      actorId: schema.auditEvents.actorId,
      before: schema.auditEvents.before,
      after: schema.auditEvents.after,
    })
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.entityType, 'exercise_observation'), eq(schema.auditEvents.entityId, entityId)))
    .orderBy(schema.auditEvents.occurredAt);
}

/**
 * On the day, a member adds a quick observation to an inject without choosing a
 * Triad indicator (the conduct view's form sends none); then the exercise is marked executed.
 */
async function dayWithQuickObservation() {
  const exercise = await makeExercise('in_voorbereiding');
  const inject = await chair().exercises.addInject({ exerciseId: exercise.id, ...injectInput, offsetMinutes: 0 });
  const quick = await caller('member').exercises.addObservation({
    exerciseId: exercise.id,
    text: 'Niemand wist wie de drone mocht aanvragen',
    rating: 'M',
    kind: 'improvement',
    injectId: inject.id,
  });
  const executed = await chair().exercises.changeStatus({
    id: exercise.id,
    version: exercise.version,
    status: 'uitgevoerd',
  });
  return { exercise: executed, inject, quick };
}

describe('an observation without a Triad indicator', () => {
  it('is saved on the exercise day without one, linked to its inject, and shown as still to choose', async () => {
    const { exercise, inject, quick } = await dayWithQuickObservation();
    expect(quick.conditionId).toBeNull();
    const detail = await chair().exercises.get({ id: exercise.id });
    const shown = detail.observations.find((o) => o.id === quick.id);
    expect(shown).toMatchObject({ conditionId: null, conditionLabelNl: null, injectId: inject.id });
    expect(shown?.permissions).toMatchObject({ canEdit: true, canSetIndicator: true, canRecommend: false });
    // An explicit null is as good as leaving it out.
    const explicit = await caller('member').exercises.addObservation({
      exerciseId: exercise.id,
      text: 'Tweede',
      rating: 'P',
      kind: 'strength',
      conditionId: null,
    });
    expect(explicit.conditionId).toBeNull();
  });

  it('is completed later in the evaluation: version-checked and audited', async () => {
    const { quick } = await dayWithQuickObservation();
    const completed = await caller('member').exercises.setObservationIndicator({
      id: quick.id,
      version: quick.version,
      conditionId: '2.1.b',
    });
    expect(completed).toMatchObject({ conditionId: '2.1.b', version: quick.version + 1, text: quick.text });
    const events = await observationAudit(quick.id);
    expect(events.at(-1)).toMatchObject({
      action: 'update',
      actorId: f.member.userId,
      before: expect.objectContaining({ conditionId: null }),
      after: expect.objectContaining({ conditionId: '2.1.b' }),
    });
    // The version it was loaded with has passed: a conflict, nothing overwritten.
    await expect(
      caller('chair').exercises.setObservationIndicator({ id: quick.id, version: quick.version, conditionId: '3.1' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'VERSION_CONFLICT' });
    expect((await observationAudit(quick.id)).length).toBe(events.length);
  });

  it('refuses an unknown indicator with 400, and one missing with 400', async () => {
    const { quick } = await dayWithQuickObservation();
    await expect(
      chair().exercises.setObservationIndicator({ id: quick.id, version: quick.version, conditionId: '9.9.z' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      chair().exercises.setObservationIndicator({
        id: quick.id,
        version: quick.version,
        conditionId: null as unknown as string,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it.each(roleNames)('setObservationIndicator as %s', async (role) => {
    const { quick } = await dayWithQuickObservation();
    expect(
      await outcome(() =>
        caller(role).exercises.setObservationIndicator({ id: quick.id, version: quick.version, conditionId: '1.2' }),
      ),
    ).toBe(editExpected[role]);
  });
});

describe('the evaluation waits for every indicator', () => {
  it('refuses "geevalueerd" while one lacks it, naming how many, and allows it after', async () => {
    const { exercise, quick } = await dayWithQuickObservation();
    const complete = await chair().exercises.addObservation({
      exerciseId: exercise.id,
      text: 'Snel geschakeld',
      rating: 'P',
      kind: 'strength',
      conditionId: '1.4.a',
    });
    const second = await chair().exercises.addObservation({
      exerciseId: exercise.id,
      text: 'Verbindingen vielen weg',
      rating: 'S',
      kind: 'improvement',
    });
    expect(complete.conditionId).toBe('1.4.a');

    const held = await chair().exercises.get({ id: exercise.id });
    expect(held.nextStatuses).not.toContain('geevalueerd');
    expect(held.evaluationHeldBy).toBe(2);
    await expect(
      chair().exercises.changeStatus({ id: exercise.id, version: held.version, status: 'geevalueerd' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'EVALUATION_NEEDS_INDICATORS',
      cause: { params: { count: 2 } },
    });

    await chair().exercises.setObservationIndicator({ id: quick.id, version: quick.version, conditionId: '2.1.b' });
    await expect(
      chair().exercises.changeStatus({ id: exercise.id, version: held.version, status: 'geevalueerd' }),
    ).rejects.toMatchObject({ message: 'EVALUATION_NEEDS_INDICATORS', cause: { params: { count: 1 } } });
    expect((await chair().exercises.get({ id: exercise.id })).status).toBe('uitgevoerd');

    await chair().exercises.setObservationIndicator({ id: second.id, version: second.version, conditionId: '2' });
    const ready = await chair().exercises.get({ id: exercise.id });
    expect(ready.nextStatuses).toContain('geevalueerd');
    expect(ready.evaluationHeldBy).toBe(0);
    const evaluated = await chair().exercises.changeStatus({
      id: exercise.id,
      version: ready.version,
      status: 'geevalueerd',
    });
    expect(evaluated.status).toBe('geevalueerd');
    // Evaluated freezes the observations, their indicators too.
    const frozen = (await chair().exercises.get({ id: exercise.id })).observations.find((o) => o.id === quick.id);
    expect(frozen?.permissions.canSetIndicator).toBe(false);
    await expect(
      chair().exercises.setObservationIndicator({ id: quick.id, version: frozen?.version ?? 0, conditionId: '3' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'EVALUATION_CLOSED' });
  });
});

describe('into a recommendation', () => {
  it('needs the observation to have its indicator first', async () => {
    const { exercise, quick } = await dayWithQuickObservation();
    await expect(chair().exercises.recommendObservation(observationRecommendationInput(quick))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'OBSERVATION_NEEDS_INDICATOR',
    });
    expect(await recommendationsFrom(quick.id)).toEqual([]);

    const completed = await chair().exercises.setObservationIndicator({
      id: quick.id,
      version: quick.version,
      conditionId: '2.1.b',
    });
    const made = await chair().exercises.recommendObservation(observationRecommendationInput(completed));
    expect(made.observation.recommendationId).toBe(made.recommendation.id);
    expect(
      (await chair().exercises.get({ id: exercise.id })).observations.find((o) => o.id === quick.id),
    ).toMatchObject({ conditionId: '2.1.b', recommendationId: made.recommendation.id });
  });
});
