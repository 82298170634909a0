import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail, findUserView } from '@srw/db';
import { ratingFitsKind } from '@srw/domain';
import type { SessionUser } from '../context';
import { createTestHarness, type TestHarness } from '../testing';
import { seedDemoWorkspace } from './demo';

let h: TestHarness;

async function sessionUser(email: string): Promise<SessionUser> {
  const user = await findUserByEmail(h.handle.db, email);
  const view = user ? await findUserView(h.handle.db, user.id) : null;
  if (!view) throw new Error(`demo user ${email} missing`);
  return {
    userId: view.id,
    organisationId: view.organisationId,
    globalRole: view.globalRole,
    name: view.name,
    email: view.email,
    organisationCode: view.organisationCode,
    organisationName: view.organisationName,
  };
}

beforeAll(async () => {
  h = await createTestHarness();
  await seedDemoWorkspace(h.handle.db, h.config.authSecret);
});
afterAll(async () => h.close());

describe('scenarios demo data', () => {
  it('holds two scenarios with both perspectives in the demo groups', async () => {
    const management = h.callerFor(await sessionUser('marieke.devries@politie.example'));
    const all = await management.scenarios.list({ limit: 100 });
    expect(all.items).toHaveLength(2);
    for (const summary of all.items) {
      const scenario = await management.scenarios.get({ id: summary.id });
      expect(scenario.perspectives.length).toBeGreaterThanOrEqual(2);
      expect(scenario.legalBases.length).toBeGreaterThan(0);
      expect(scenario.conditions.length).toBeGreaterThan(0);
    }
  });

  it('holds one executed and evaluated exercise whose evaluation follows the rules', async () => {
    const pieter = h.callerFor(await sessionUser('pieter.jansen@defensie.example'));
    const list = await pieter.exercises.list({ status: 'geevalueerd' });
    expect(list.items).toHaveLength(1);
    const exercise = await pieter.exercises.get({ id: list.items[0]?.id ?? '' });
    expect(exercise.startsAt.getTime()).toBeLessThan(Date.now());
    expect(exercise.injects.length).toBeGreaterThanOrEqual(3);
    expect(exercise.observations.length).toBeGreaterThanOrEqual(2);
    expect(exercise.observations.every((o) => ratingFitsKind(o.rating, o.kind))).toBe(true);
    expect(exercise.objectives.every((o) => o.rating !== null)).toBe(true);
    expect(exercise.improvementActions.length).toBeGreaterThanOrEqual(1);
    const improvementIds = exercise.observations.filter((o) => o.kind === 'improvement').map((o) => o.id);
    expect(exercise.improvementActions.every((a) => improvementIds.includes(a.observationId))).toBe(true);
  });

  it('shows on the evaluated tabletop what happened to each inject, with observations linked to them', async () => {
    const pieter = h.callerFor(await sessionUser('pieter.jansen@defensie.example'));
    const [evaluated] = (await pieter.exercises.list({ status: 'geevalueerd' })).items;
    const exercise = await pieter.exercises.get({ id: evaluated?.id ?? '' });
    expect(exercise.injects.filter((i) => i.deliveredAt !== null).length).toBeGreaterThanOrEqual(3);
    expect(exercise.injects.some((i) => i.deliveryStatus === 'skipped' && i.deliveryReason !== '')).toBe(true);
    expect(exercise.observations.filter((o) => o.injectId !== null).length).toBeGreaterThanOrEqual(2);
  });

  it('holds a tabletop that has started and that its planners can run from the exercise-day page', async () => {
    const pieter = h.callerFor(await sessionUser('pieter.jansen@defensie.example'));
    const [running] = (await pieter.exercises.list({ status: 'in_voorbereiding' })).items;
    const exercise = await pieter.exercises.get({ id: running?.id ?? '' });
    expect(exercise.type).toBe('tabletop');
    expect(exercise.startsAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(exercise.permissions.canConduct).toBe(true);
    expect(exercise.currentInjectId).not.toBeNull();
    expect(exercise.injects.every((i) => i.deliveryStatus === 'planned')).toBe(true);
    const lotte = h.callerFor(await sessionUser('lotte.deboer@defensie.example'));
    expect((await lotte.exercises.get({ id: exercise.id })).permissions.canConduct).toBe(false);
  });

  it('shows a user in no group nothing', async () => {
    const eva = h.callerFor(await sessionUser('eva.mulder@politie.example'));
    expect((await eva.scenarios.list({})).items).toEqual([]);
    expect((await eva.exercises.list({})).items).toEqual([]);
  });
});
