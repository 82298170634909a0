import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail, findUserView, recommendations, sql } from '@srw/db';
import { createTestHarness, type TestHarness } from '../testing';
import { seedDemoWorkspace } from './demo';
import { seedRecommendationsDemo } from '@srw/db';

let h: TestHarness;

beforeAll(async () => {
  h = await createTestHarness();
  await seedDemoWorkspace(h.handle.db, h.config.authSecret);
});
afterAll(async () => h.close());

async function asUser(email: string) {
  const user = await findUserByEmail(h.handle.db, email);
  const view = user ? await findUserView(h.handle.db, user.id) : null;
  if (!view) throw new Error(`no demo user ${email}`);
  return h.callerFor({ ...view, userId: view.id });
}

describe('recommendations demo seed', () => {
  it('seeds the thirteen thesis recommendations with their history', async () => {
    const management = await asUser('marieke.devries@politie.example');
    const page = await management.recommendations.list({ limit: 100 });
    expect(page.items.filter((r) => r.sourceType === 'thesis').map((r) => r.code)).toEqual([
      'B1',
      'B2',
      'B3',
      'B4',
      'B5',
      'B6',
      'O1',
      'O2',
      'O3',
      'O4',
      'O5',
      'O6',
      'O7',
    ]);
    const b2 = page.items.find((r) => r.code === 'B2');
    expect(b2).toMatchObject({
      status: 'aanvaard',
      sourceType: 'thesis',
      groupName: 'Werkgroep Zoekacties en steunverzoeken',
    });
    const o2 = await management.recommendations.get({ id: page.items.find((r) => r.code === 'O2')?.id ?? '' });
    expect(o2.status).toBe('geverifieerd');
    expect(o2.history[0]?.evidence?.kind).toBe('exercise');
    expect(o2.history.filter((e) => e.kind === 'status')).toHaveLength(5);
    const dashboard = await management.recommendations.dashboard({});
    // The thirteen from the thesis, and three that came from an exercise (an action and an observation) and a debrief (links-demo).
    expect(dashboard.total.total).toBe(16);
    expect(dashboard.total.byStatus).toEqual({
      voorgesteld: 5,
      aanvaard: 3,
      niet_aanvaard: 1,
      in_uitvoering: 4,
      uitgevoerd: 2,
      geverifieerd: 1,
      vervallen: 0,
    });
  });

  it('has B4 addressed to both, Defensie done, waiting for Politie; O2 verified by a second person', async () => {
    const management = await asUser('marieke.devries@politie.example');
    const page = await management.recommendations.list({ limit: 100 });
    const idOf = (code: string) => page.items.find((r) => r.code === code)?.id ?? '';
    const b4 = await management.recommendations.get({ id: idOf('B4') });
    const politie = b4.addressees.find((a) => a.code === 'POLITIE');
    expect(b4.addressees.map((a) => [a.code, a.state])).toEqual([
      ['DEFENSIE', 'uitgevoerd'],
      ['POLITIE', 'in_uitvoering'],
    ]);
    expect(b4.waitingFor).toEqual([{ kind: 'organisation', organisationId: politie?.organisationId }]);
    // Marieke (Politie management) records Politie's state, not Defensie's.
    expect(b4.permissions.recordStateFor).toEqual([politie?.organisationId]);
    const o2 = await management.recommendations.get({ id: idOf('O2') });
    const statusBy = (to: string) => o2.history.find((e) => e.toStatus === to)?.actorName;
    expect(statusBy('uitgevoerd')).toBe('Pieter Jansen');
    expect(statusBy('geverifieerd')).toBe('Sanne Visser');
  });

  it('is idempotent by code', async () => {
    await h.handle.db.transaction((tx) => seedRecommendationsDemo(tx, { users: new Map() }));
    const [row] = await h.handle.db.select({ n: sql<number>`count(*)::int` }).from(recommendations);
    expect(row?.n).toBe(16);
  });

  it('links two recommendations to the evaluated exercise (an action and an observation) and one to a debriefed placement', async () => {
    const management = await asUser('marieke.devries@politie.example');
    const page = await management.recommendations.list({ limit: 100 });
    const fromExercise = page.items.find(
      (r) => r.sourceType === 'exercise_evaluation' && r.title === 'Model-steunverzoek voor zoekacties',
    );
    const fromObservation = page.items.find(
      (r) => r.sourceType === 'exercise_evaluation' && r.title !== 'Model-steunverzoek voor zoekacties',
    );
    const fromDebrief = page.items.find((r) => r.sourceType === 'liaison_debrief');
    const exerciseOrigin = (await management.recommendations.get({ id: fromExercise?.id ?? '' })).origins;
    expect(exerciseOrigin).toEqual([
      { kind: 'exercise', id: expect.any(String), label: 'Tabletop: van melding tot militaire zoekteams' },
    ]);
    const exercise = await management.exercises.get({ id: exerciseOrigin[0]?.id ?? '' });
    expect(exercise.improvementActions.filter((a) => a.recommendationId === fromExercise?.id)).toHaveLength(1);
    expect(
      exercise.observations.filter((o) => o.recommendationId === fromObservation?.id && o.kind === 'strength'),
    ).toHaveLength(1);
    expect((await management.recommendations.get({ id: fromObservation?.id ?? '' })).origins).toEqual(exerciseOrigin);
    const debriefOrigin = (await management.recommendations.get({ id: fromDebrief?.id ?? '' })).origins;
    expect(debriefOrigin).toEqual([{ kind: 'placement', id: expect.any(String), label: expect.any(String) }]);
  });

  it('seeds two assessment rounds, scored by both organisations, for the search working group', async () => {
    const chair = await asUser('pieter.jansen@defensie.example');
    const groups = await chair.workingGroups.list({});
    const search = groups.items.find((g) => g.name === 'Werkgroep Zoekacties en steunverzoeken');
    const overview = await chair.assessments.overview({ groupId: search?.id ?? '' });
    expect(overview.assessmentCount).toBe(2);
    expect(overview.weakest.map((w) => w.conditionId)).toEqual(['3.1.c', '2.3.c', '2.5.e']);
    // Both organisations scored both rounds, and see a few indicators differently.
    expect(overview.contributions.map((c) => c.organisationName)).toEqual([
      'Ministerie van Defensie',
      'Nationale Politie',
    ]);
    expect(overview.largestGaps.map((g) => [g.conditionId, g.gap])).toEqual([
      ['1.3.e', 2],
      ['2.3.c', 2],
      ['2.5.e', 2],
    ]);
    const capacity = overview.indicators.find((i) => i.conditionId === '2.3.c');
    expect(capacity?.organisations.every((o) => o.evidence !== '')).toBe(true);
    expect(overview.comparison.indicatorCount).toBe(19);
    expect(overview.weakest.find((w) => w.conditionId === '2.3.c')?.recommendations.map((r) => r.code)).toEqual([
      'B5',
      'B6',
    ]);
  });
});
