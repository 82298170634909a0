import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, schema } from '@srw/db';
import { outcome, roleNames, type RoleFixture, type RoleName, type TestHarness } from '../../testing';
import {
  caller,
  chair,
  exerciseInput,
  injectInput,
  makeExercise,
  makeScenario,
  setUpScenarioWorld,
} from './scenarios.fixtures';

let h: TestHarness;
let f: RoleFixture;

beforeAll(async () => {
  ({ h, f } = await setUpScenarioWorld());
});
afterAll(async () => h.close());

/** The exercise's controllers are its planning team (the fixture's planner is the chair) and the group's chairs. */
const conductExpected: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'NOT_FOUND',
  observer: 'FORBIDDEN',
  member: 'FORBIDDEN',
  chair: 'OK',
  management: 'FORBIDDEN',
  admin: 'FORBIDDEN',
};

async function auditOf(entityId: string) {
  return h.handle.db
    .select({
      action: schema.auditEvents.action,
      actorId: schema.auditEvents.actorId,
      after: schema.auditEvents.after,
    })
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.entityType, 'exercise_inject'), eq(schema.auditEvents.entityId, entityId)));
}

async function exerciseWithInjects(status: 'gepland' | 'in_voorbereiding' = 'in_voorbereiding') {
  const exercise = await makeExercise(status);
  const first = await chair().exercises.addInject({ exerciseId: exercise.id, ...injectInput, offsetMinutes: 0 });
  const second = await chair().exercises.addInject({ exerciseId: exercise.id, ...injectInput, offsetMinutes: 30 });
  return { exercise, first, second };
}

describe('exercise day: procedures per role', () => {
  it.each(roleNames)('setInjectDelivery as %s', async (role) => {
    const { first } = await exerciseWithInjects();
    expect(
      await outcome(() =>
        caller(role).exercises.setInjectDelivery({
          id: first.id,
          version: first.version,
          status: 'delivered',
          reason: '',
        }),
      ),
    ).toBe(conductExpected[role]);
  });
  it.each(roleNames)('addAdHocInject as %s', async (role) => {
    const { exercise } = await exerciseWithInjects();
    expect(
      await outcome(() =>
        caller(role).exercises.addAdHocInject({ exerciseId: exercise.id, ...injectInput, offsetMinutes: null }),
      ),
    ).toBe(conductExpected[role]);
  });
});

describe('exercise day: delivery', () => {
  it('records the actual time and who on delivery, and audits it', async () => {
    const { exercise, first } = await exerciseWithInjects();
    const before = Date.now();
    const delivered = await chair().exercises.setInjectDelivery({
      id: first.id,
      version: first.version,
      status: 'delivered',
      reason: '',
    });
    expect(delivered.deliveryStatus).toBe('delivered');
    expect(delivered.deliveredBy).toBe(f.chair.userId);
    expect(delivered.deliveredAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const detail = await chair().exercises.get({ id: exercise.id });
    const shown = detail.injects.find((i) => i.id === first.id);
    expect(shown).toMatchObject({ deliveryStatus: 'delivered', deliveredByName: f.chair.name });
    expect(shown?.nextDeliveryStatuses).toEqual(['planned']);
    const audit = await auditOf(first.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]).toMatchObject({ actorId: f.chair.userId, after: { deliveryStatus: 'delivered' } });
  });

  it('refuses skipping without a reason (400) and keeps the reason when given', async () => {
    const { second } = await exerciseWithInjects();
    await expect(
      chair().exercises.setInjectDelivery({ id: second.id, version: second.version, status: 'skipped', reason: ' ' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'SKIP_REASON_REQUIRED' });
    const skipped = await chair().exercises.setInjectDelivery({
      id: second.id,
      version: second.version,
      status: 'skipped',
      reason: 'Geen tijd meer',
    });
    expect(skipped).toMatchObject({ deliveryStatus: 'skipped', deliveryReason: 'Geen tijd meer', deliveredAt: null });
  });

  it('refuses an observer with FORBIDDEN and writes no audit event', async () => {
    const { first } = await exerciseWithInjects();
    await expect(
      caller('observer').exercises.setInjectDelivery({
        id: first.id,
        version: first.version,
        status: 'delivered',
        reason: '',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await auditOf(first.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('lets a member of the planning team control the day', async () => {
    const scenario = await makeScenario();
    const exercise = await chair().exercises.create({
      ...exerciseInput(scenario.id),
      plannerUserIds: [f.member.userId],
    });
    const inject = await chair().exercises.addInject({ exerciseId: exercise.id, ...injectInput });
    expect((await caller('member').exercises.get({ id: exercise.id })).permissions.canConduct).toBe(true);
    const delivered = await caller('member').exercises.setInjectDelivery({
      id: inject.id,
      version: inject.version,
      status: 'delivered',
      reason: '',
    });
    expect(delivered.deliveredBy).toBe(f.member.userId);
  });

  it('refuses a change the states do not allow, and deliveries after the exercise was marked executed', async () => {
    const { exercise, first } = await exerciseWithInjects();
    const delivered = await chair().exercises.setInjectDelivery({
      id: first.id,
      version: first.version,
      status: 'delivered',
      reason: '',
    });
    await expect(
      chair().exercises.setInjectDelivery({ id: first.id, version: delivered.version, status: 'delayed', reason: '' }),
    ).rejects.toMatchObject({ message: 'INVALID_STATUS_TRANSITION' });
    await chair().exercises.changeStatus({ id: exercise.id, version: exercise.version, status: 'uitgevoerd' });
    await expect(
      chair().exercises.setInjectDelivery({ id: first.id, version: delivered.version, status: 'planned', reason: '' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'CONDUCT_CLOSED' });
  });
});

describe('exercise day: ad-hoc injects', () => {
  it('adds an inject delivered at once, at the time since the start, and audits it', async () => {
    const { exercise } = await exerciseWithInjects();
    const adHoc = await chair().exercises.addAdHocInject({
      exerciseId: exercise.id,
      ...injectInput,
      message: 'Journalist belt',
      offsetMinutes: null,
    });
    expect(adHoc).toMatchObject({ adHoc: true, deliveryStatus: 'delivered', deliveredBy: f.chair.userId });
    const elapsed = Math.floor((Date.now() - exercise.startsAt.getTime()) / 60_000);
    expect(Math.abs(adHoc.offsetMinutes - Math.min(elapsed, 60 * 24 * 30))).toBeLessThanOrEqual(1);
    const audit = await auditOf(adHoc.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actorId: f.chair.userId, after: { adHoc: true } });
  });
});

describe('exercise day: clock time and observations', () => {
  it('gives each inject its planned moment; moving the start moves them all', async () => {
    const { exercise, second } = await exerciseWithInjects('gepland');
    const detail = await chair().exercises.get({ id: exercise.id });
    expect(detail.injects.find((i) => i.id === second.id)?.plannedAt).toEqual(
      new Date(exercise.startsAt.getTime() + 30 * 60_000),
    );
    const { scenarioId: _s, ...fields } = exerciseInput(exercise.scenarioId);
    const later = new Date(exercise.startsAt.getTime() + 90 * 60_000);
    await chair().exercises.update({
      ...fields,
      id: exercise.id,
      version: detail.version,
      startsAt: later,
      endsAt: new Date(later.getTime() + 6 * 3_600_000),
    });
    const moved = await chair().exercises.get({ id: exercise.id });
    expect(moved.injects.find((i) => i.id === second.id)?.plannedAt).toEqual(new Date(later.getTime() + 30 * 60_000));
  });

  it('links an observation made during the exercise to an inject, and only to one of its own', async () => {
    const { exercise, second } = await exerciseWithInjects();
    const other = await exerciseWithInjects();
    expect((await caller('member').exercises.get({ id: exercise.id })).permissions.canObserve).toBe(true);
    const observation = await caller('member').exercises.addObservation({
      exerciseId: exercise.id,
      text: 'OvD-P vraagt meteen om drones',
      rating: 'S',
      kind: 'improvement',
      conditionId: '2.1.b',
      injectId: second.id,
    });
    expect(observation.injectId).toBe(second.id);
    expect((await chair().exercises.get({ id: exercise.id })).observations.map((o) => o.injectId)).toEqual([second.id]);
    await expect(
      caller('member').exercises.addObservation({
        exerciseId: exercise.id,
        text: 'x',
        rating: 'S',
        kind: 'improvement',
        conditionId: '2.1.b',
        injectId: other.second.id,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller('observer').exercises.addObservation({
        exerciseId: exercise.id,
        text: 'x',
        rating: 'S',
        kind: 'improvement',
        conditionId: '2.1.b',
        injectId: second.id,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
