import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDateInNetherlands, clockTimeInNetherlands } from '@srw/domain';
import { outcome, roleNames, type RoleFixture, type TestHarness } from '../../testing';
import {
  caller,
  chair,
  editExpected,
  exerciseInput,
  injectInput,
  makeAction,
  makeExercise,
  makeInject,
  makeObservation,
  makeScenario,
  observationRecommendationInput,
  readExpected,
  recommendationInput,
  recommendationsFrom,
  setUpScenarioWorld,
} from './scenarios.fixtures';

let h: TestHarness;
let f: RoleFixture;
let politieId: string;
let omId: string;

beforeAll(async () => {
  ({ h, f, politieId, omId } = await setUpScenarioWorld());
});
afterAll(async () => h.close());

// ---- per-role checks for every procedure ------------------------------------

describe('exercises: every procedure per role', () => {
  it.each(roleNames)('list as %s', async (role) => {
    expect(await outcome(() => caller(role).exercises.list({ groupId: f.groupId }))).toBe(readExpected[role]);
  });
  it.each(roleNames)('get as %s', async (role) => {
    const e = await makeExercise();
    expect(await outcome(() => caller(role).exercises.get({ id: e.id }))).toBe(readExpected[role]);
  });
  it.each(roleNames)('calendar as %s', async (role) => {
    expect(await outcome(() => caller(role).exercises.calendar({ groupId: f.groupId }))).toBe(readExpected[role]);
  });
  it.each(roleNames)('create as %s', async (role) => {
    const s = await makeScenario();
    expect(await outcome(() => caller(role).exercises.create(exerciseInput(s.id)))).toBe(editExpected[role]);
  });
  it.each(roleNames)('update as %s', async (role) => {
    const e = await makeExercise();
    const { scenarioId: _s, ...fields } = exerciseInput(e.scenarioId);
    expect(
      await outcome(() =>
        caller(role).exercises.update({ ...fields, id: e.id, version: e.version, title: `Door ${role}` }),
      ),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('changeStatus as %s', async (role) => {
    const e = await makeExercise();
    expect(
      await outcome(() =>
        caller(role).exercises.changeStatus({ id: e.id, version: e.version, status: 'in_voorbereiding' }),
      ),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('addInject as %s', async (role) => {
    const e = await makeExercise();
    expect(await outcome(() => caller(role).exercises.addInject({ exerciseId: e.id, ...injectInput }))).toBe(
      editExpected[role],
    );
  });
  it.each(roleNames)('updateInject as %s', async (role) => {
    const i = await makeInject();
    expect(
      await outcome(() =>
        caller(role).exercises.updateInject({ id: i.id, version: i.version, ...injectInput, message: 'Nieuw' }),
      ),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('removeInject as %s', async (role) => {
    const i = await makeInject();
    expect(await outcome(() => caller(role).exercises.removeInject({ id: i.id, version: i.version }))).toBe(
      editExpected[role],
    );
  });
  it.each(roleNames)('reorderInjects as %s', async (role) => {
    const e = await makeExercise();
    const a = await makeInject(e.id);
    const b = await makeInject(e.id);
    expect(
      await outcome(() =>
        caller(role).exercises.reorderInjects({ exerciseId: e.id, version: e.version, injectIds: [b.id, a.id] }),
      ),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('importInjects as %s', async (role) => {
    const e = await makeExercise();
    expect(
      await outcome(() =>
        caller(role).exercises.importInjects({ exerciseId: e.id, csv: 'tijd,van,aan,bericht\n10,A,B,C\n' }),
      ),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('addObservation as %s', async (role) => {
    const e = await makeExercise('uitgevoerd');
    expect(
      await outcome(() =>
        caller(role).exercises.addObservation({
          exerciseId: e.id,
          text: 'x',
          rating: 'S',
          kind: 'improvement',
          conditionId: '2.5',
        }),
      ),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('updateObservation as %s', async (role) => {
    const o = await makeObservation();
    expect(
      await outcome(() =>
        caller(role).exercises.updateObservation({
          id: o.id,
          version: o.version,
          text: 'y',
          rating: 'U',
          kind: 'improvement',
          conditionId: '2.5',
        }),
      ),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('removeObservation as %s', async (role) => {
    const o = await makeObservation();
    expect(await outcome(() => caller(role).exercises.removeObservation({ id: o.id, version: o.version }))).toBe(
      editExpected[role],
    );
  });
  it.each(roleNames)('addImprovementAction as %s', async (role) => {
    const o = await makeObservation();
    expect(
      await outcome(() =>
        caller(role).exercises.addImprovementAction({ observationId: o.id, action: 'Actie', owner: 'Piet' }),
      ),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('updateImprovementAction as %s', async (role) => {
    const a = await makeAction();
    expect(
      await outcome(() =>
        caller(role).exercises.updateImprovementAction({
          id: a.id,
          version: a.version,
          action: 'Gewijzigd',
          owner: 'Piet',
          dueDate: null,
        }),
      ),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('removeImprovementAction as %s', async (role) => {
    const a = await makeAction();
    expect(await outcome(() => caller(role).exercises.removeImprovementAction({ id: a.id, version: a.version }))).toBe(
      editExpected[role],
    );
  });
  it.each(roleNames)('recommendImprovementAction as %s', async (role) => {
    const a = await makeAction();
    expect(await outcome(() => caller(role).exercises.recommendImprovementAction(recommendationInput(a)))).toBe(
      editExpected[role],
    );
    const linked = await recommendationsFrom(a.id);
    expect(linked).toHaveLength(editExpected[role] === 'OK' ? 1 : 0);
  });
  it.each(roleNames)('recommendObservation as %s', async (role) => {
    const o = await makeObservation();
    expect(await outcome(() => caller(role).exercises.recommendObservation(observationRecommendationInput(o)))).toBe(
      editExpected[role],
    );
    expect(await recommendationsFrom(o.id)).toHaveLength(editExpected[role] === 'OK' ? 1 : 0);
  });
});

// ---- scoping and conflicts ----------------------------------------------------

describe('other groups see nothing', () => {
  it('hides child records of other groups as NOT_FOUND', async () => {
    const inject = await makeInject();
    const otherChair = h.callerFor(f.outsider);
    expect(
      await outcome(() =>
        otherChair.exercises.updateInject({ id: inject.id, version: inject.version, ...injectInput }),
      ),
    ).toBe('NOT_FOUND');
    expect(await outcome(() => otherChair.exercises.removeInject({ id: inject.id, version: inject.version }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('stale versions', () => {
  it('refuses stale exercise, inject, reorder and observation changes', async () => {
    const e = await makeExercise();
    const { scenarioId: _s, ...fields } = exerciseInput(e.scenarioId);
    await chair().exercises.update({ ...fields, id: e.id, version: e.version });
    expect(await outcome(() => chair().exercises.update({ ...fields, id: e.id, version: e.version }))).toBe('CONFLICT');
    const i = await makeInject(e.id);
    await chair().exercises.updateInject({ id: i.id, version: i.version, ...injectInput, message: 'A' });
    expect(
      await outcome(() =>
        chair().exercises.updateInject({ id: i.id, version: i.version, ...injectInput, message: 'B' }),
      ),
    ).toBe('CONFLICT');
    expect(
      await outcome(() =>
        chair().exercises.reorderInjects({ exerciseId: e.id, version: e.version, injectIds: [i.id] }),
      ),
    ).toBe('CONFLICT');
    const o = await makeObservation();
    await chair().exercises.updateObservation({
      id: o.id,
      version: o.version,
      text: 'A',
      rating: 'S',
      kind: 'improvement',
      conditionId: '2.5',
    });
    expect(await outcome(() => chair().exercises.removeObservation({ id: o.id, version: o.version }))).toBe('CONFLICT');
  });
});

// ---- behaviour --------------------------------------------------------------

describe('exercise behaviour', () => {
  it('returns the whole plan with participants, planners and objectives', async () => {
    const e = await makeExercise();
    const detail = await caller('observer').exercises.get({ id: e.id });
    // The printed report's marking follows the scenario's classification.
    expect(detail.marking).toBe('ONGERUBRICEERD');
    expect(detail.participantCounts.map((c) => [c.organisationCode, c.count])).toEqual([
      ['DEFENSIE', 6],
      ['POLITIE', 8],
    ]);
    expect(detail.participants.map((p) => p.name)).toEqual(['Lid Lars']);
    expect(detail.planners.map((p) => p.name)).toEqual(['Voorzitter Vera']);
    expect(detail.objectives.map((o) => [o.description, o.rating])).toEqual([
      ['Steunverzoek binnen een uur rond', null],
      ['Gezamenlijk beeld van het zoekgebied', null],
    ]);
    expect(detail.permissions.canEditPlanning).toBe(false);
    expect(detail.nextStatuses).toEqual([]);
    expect((await chair().exercises.get({ id: e.id })).nextStatuses).toEqual(['in_voorbereiding', 'geannuleerd']);
  });

  it('refuses non-members as named people, an end before the start and unknown objective conditions', async () => {
    const s = await makeScenario();
    expect(
      await outcome(() => chair().exercises.create({ ...exerciseInput(s.id), plannerUserIds: [f.outsider.userId] })),
    ).toBe('BAD_REQUEST');
    expect(
      await outcome(() =>
        chair().exercises.create({ ...exerciseInput(s.id), endsAt: new Date('2026-03-04T00:00:00Z') }),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      await outcome(() =>
        chair().exercises.create({ ...exerciseInput(s.id), participantCounts: [{ organisationId: omId, count: 1 }] }),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      await outcome(() =>
        chair().exercises.create({ ...exerciseInput(s.id), objectives: [{ description: 'x', conditionIds: ['7'] }] }),
      ),
    ).toBe('BAD_REQUEST');
  });

  it('updates objectives in place, so observations keep their link', async () => {
    const e = await makeExercise();
    const detail = await chair().exercises.get({ id: e.id });
    const [first] = detail.objectives;
    const { scenarioId: _s, ...fields } = exerciseInput(e.scenarioId);
    await chair().exercises.update({
      ...fields,
      id: e.id,
      version: e.version,
      objectives: [
        { id: first?.id, description: 'Aangescherpt doel', conditionIds: ['2.1.b'] },
        { description: 'Nieuw doel', conditionIds: [] },
      ],
    });
    const after = await chair().exercises.get({ id: e.id });
    expect(after.objectives.map((o) => o.description)).toEqual(['Aangescherpt doel', 'Nieuw doel']);
    expect(after.objectives[0]?.id).toBe(first?.id);
  });

  it('needs a reason to cancel and locks planning afterwards', async () => {
    const e = await makeExercise();
    expect(
      await outcome(() =>
        chair().exercises.changeStatus({
          id: e.id,
          version: e.version,
          status: 'geannuleerd',
          cancellationReason: ' ',
        }),
      ),
    ).toBe('BAD_REQUEST');
    const cancelled = await chair().exercises.changeStatus({
      id: e.id,
      version: e.version,
      status: 'geannuleerd',
      cancellationReason: 'Storm',
    });
    expect(cancelled.cancellationReason).toBe('Storm');
    expect(await outcome(() => chair().exercises.addInject({ exerciseId: e.id, ...injectInput }))).toBe('CONFLICT');
  });

  it('evaluates only after execution and with observations; the evaluation closes observations but not actions', async () => {
    const e = await makeExercise('in_voorbereiding');
    expect(
      await outcome(() => chair().exercises.changeStatus({ id: e.id, version: e.version, status: 'geevalueerd' })),
    ).toBe('CONFLICT');
    // Observations are written during the exercise day and its evaluation, never on a cancelled exercise.
    const cancelled = await makeExercise('geannuleerd');
    expect(
      await outcome(() =>
        chair().exercises.addObservation({
          exerciseId: cancelled.id,
          text: 'x',
          rating: 'S',
          kind: 'improvement',
          conditionId: '2.5',
        }),
      ),
    ).toBe('CONFLICT');
    const executed = await chair().exercises.changeStatus({ id: e.id, version: e.version, status: 'uitgevoerd' });
    expect(
      await outcome(() =>
        chair().exercises.changeStatus({ id: e.id, version: executed.version, status: 'geevalueerd' }),
      ),
    ).toBe('CONFLICT');
    const detail = await chair().exercises.get({ id: e.id });
    const objectiveId = detail.objectives[0]?.id ?? null;
    await chair().exercises.addObservation({
      exerciseId: e.id,
      text: 'Snel geschakeld',
      rating: 'P',
      kind: 'strength',
      conditionId: '2.5.c',
      objectiveId,
    });
    const improvement = await chair().exercises.addObservation({
      exerciseId: e.id,
      text: 'Verbindingen sloten niet aan',
      rating: 'M',
      kind: 'improvement',
      conditionId: '2.5.d',
      objectiveId,
    });
    expect((await chair().exercises.get({ id: e.id })).objectives[0]?.rating).toBe('M');
    const evaluated = await chair().exercises.changeStatus({
      id: e.id,
      version: executed.version,
      status: 'geevalueerd',
    });
    expect(evaluated.status).toBe('geevalueerd');
    expect(
      await outcome(() =>
        chair().exercises.addObservation({
          exerciseId: e.id,
          text: 'x',
          rating: 'S',
          kind: 'improvement',
          conditionId: '2.5',
        }),
      ),
    ).toBe('CONFLICT');
    const action = await chair().exercises.addImprovementAction({
      observationId: improvement.id,
      action: 'Gezamenlijk verbindingsplan',
      owner: 'Lid Lars',
      ownerOrganisationId: politieId,
      dueDate: '2026-09-01',
    });
    expect(action.recommendationId).toBeNull();
    const final = await chair().exercises.get({ id: e.id });
    expect(final.improvementActions.map((a) => [a.action, a.ownerOrganisationCode, a.dueDate])).toEqual([
      ['Gezamenlijk verbindingsplan', 'POLITIE', '2026-09-01'],
    ]);
  });

  it('checks ratings against the kind of observation, and actions only from areas for improvement', async () => {
    const e = await makeExercise('uitgevoerd');
    expect(
      await outcome(() =>
        chair().exercises.addObservation({
          exerciseId: e.id,
          text: 'x',
          rating: 'U',
          kind: 'strength',
          conditionId: '2.5',
        }),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      await outcome(() =>
        chair().exercises.addObservation({
          exerciseId: e.id,
          text: 'x',
          rating: 'P',
          kind: 'improvement',
          conditionId: '2.5',
        }),
      ),
    ).toBe('BAD_REQUEST');
    const other = await makeExercise();
    const foreignObjective = (await chair().exercises.get({ id: other.id })).objectives[0]?.id ?? null;
    expect(
      await outcome(() =>
        chair().exercises.addObservation({
          exerciseId: e.id,
          text: 'x',
          rating: 'S',
          kind: 'improvement',
          conditionId: '2.5',
          objectiveId: foreignObjective,
        }),
      ),
    ).toBe('BAD_REQUEST');
    const strength = await makeObservation('strength');
    expect(
      await outcome(() =>
        chair().exercises.addImprovementAction({ observationId: strength.id, action: 'x', owner: 'y' }),
      ),
    ).toBe('BAD_REQUEST');
    const action = await makeAction();
    const observation = (await chair().exercises.get({ id: action.exerciseId })).observations[0];
    expect(observation).toBeDefined();
    if (!observation) return;
    expect(
      await outcome(() =>
        chair().exercises.updateObservation({
          id: observation.id,
          version: observation.version,
          text: 'x',
          rating: 'P',
          kind: 'strength',
          conditionId: '2.5',
        }),
      ),
    ).toBe('BAD_REQUEST');
  });

  it('says per observation and action what the reader may do, as the exercise page renders it', async () => {
    const action = await makeAction();
    const asChair = await chair().exercises.get({ id: action.exerciseId });
    expect(asChair.observations.map((o) => o.permissions)).toEqual([
      { canEdit: true, canSetIndicator: true, canRemove: true, canAddAction: true, canRecommend: true },
    ]);
    expect(asChair.improvementActions.map((a) => a.permissions)).toEqual([{ canRemove: true, canRecommend: true }]);
    const asObserver = await caller('observer').exercises.get({ id: action.exerciseId });
    expect(asObserver.observations.map((o) => o.permissions)).toEqual([
      { canEdit: false, canSetIndicator: false, canRemove: false, canAddAction: false, canRecommend: false },
    ]);
    expect(asObserver.improvementActions.map((a) => a.permissions)).toEqual([
      { canRemove: false, canRecommend: false },
    ]);

    await chair().exercises.recommendImprovementAction(recommendationInput(action));
    const after = await chair().exercises.get({ id: action.exerciseId });
    // The observation stays as the source of its converted action; it can still become a recommendation itself.
    expect(after.observations.map((o) => o.permissions)).toEqual([
      { canEdit: true, canSetIndicator: true, canRemove: false, canAddAction: true, canRecommend: true },
    ]);
    expect(after.improvementActions.map((a) => a.permissions)).toEqual([{ canRemove: false, canRecommend: false }]);
  });
});

describe('dates and states agree', () => {
  it('does not let an exercise be marked executed before its start moment, and says from when', async () => {
    const scenario = await makeScenario();
    // Later today or tomorrow: the calendar date alone would not hold it back on its own day.
    const startsAt = new Date(Date.now() + 2 * 3_600_000);
    const startDate = calendarDateInNetherlands(startsAt);
    const startTime = clockTimeInNetherlands(startsAt);
    let e = await chair().exercises.create({
      ...exerciseInput(scenario.id),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
    });
    e = await chair().exercises.changeStatus({ id: e.id, version: e.version, status: 'in_voorbereiding' });
    const detail = await chair().exercises.get({ id: e.id });
    expect(detail.nextStatuses).toEqual(['gepland', 'geannuleerd']);
    expect(detail.executionHeldUntil).toEqual(startsAt);
    await expect(
      chair().exercises.changeStatus({ id: e.id, version: e.version, status: 'uitgevoerd' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'EXERCISE_NOT_STARTED',
      cause: { params: { startDate, startTime } },
    });
    expect((await chair().exercises.get({ id: e.id })).status).toBe('in_voorbereiding');

    // One that has started is offered the step, and takes it.
    const held = await makeExercise('in_voorbereiding');
    const started = await chair().exercises.get({ id: held.id });
    expect(started.nextStatuses).toContain('uitgevoerd');
    expect(started.executionHeldUntil).toBeNull();
    expect(
      (await chair().exercises.changeStatus({ id: held.id, version: held.version, status: 'uitgevoerd' })).status,
    ).toBe('uitgevoerd');
  });
});

describe('injects', () => {
  it('appends, reorders and keeps the order', async () => {
    const e = await makeExercise();
    const a = await makeInject(e.id);
    const b = await makeInject(e.id);
    const c = await makeInject(e.id);
    expect([a.position, b.position, c.position]).toEqual([1, 2, 3]);
    const { version } = await chair().exercises.reorderInjects({
      exerciseId: e.id,
      version: e.version,
      injectIds: [c.id, a.id, b.id],
    });
    expect(version).toBe(e.version + 1);
    expect((await chair().exercises.get({ id: e.id })).injects.map((i) => i.id)).toEqual([c.id, a.id, b.id]);
    expect(
      await outcome(() => chair().exercises.reorderInjects({ exerciseId: e.id, version, injectIds: [c.id, a.id] })),
    ).toBe('CONFLICT');
  });

  it('imports a valid CSV after the existing injects and resolves codes', async () => {
    const e = await makeExercise();
    await makeInject(e.id);
    const csv =
      'Tijd;Van;Aan;Bericht;Verwachte actie;Verantwoordelijke;Grondslag\n00:30;OvD-P;NatOps;Steunverzoek;Beoordelen;DEFENSIE;MSOB\n45;NatOps;Kazerne;Opdracht;Uitrukken;;\n';
    expect(await chair().exercises.importInjects({ exerciseId: e.id, csv })).toEqual({ imported: 2, errors: [] });
    const injects = (await chair().exercises.get({ id: e.id })).injects;
    expect(injects.map((i) => [i.position, i.offsetMinutes, i.responsibleOrganisationCode, i.legalBasisCode])).toEqual([
      [1, 15, null, null],
      [2, 30, 'DEFENSIE', 'MSOB'],
      [3, 45, null, null],
    ]);
  });

  it('imports nothing from a CSV with errors and reports them per row', async () => {
    const e = await makeExercise();
    const result = await chair().exercises.importInjects({
      exerciseId: e.id,
      csv: 'tijd,van,aan,bericht,verantwoordelijke\n10,A,B,C,OM\nxx,A,B,C,\n',
    });
    expect(result).toEqual({
      imported: 0,
      errors: [
        { line: 2, column: 'responsible', code: 'unknownOrganisation' },
        { line: 3, column: 'offset', code: 'invalidOffset' },
      ],
    });
    expect((await chair().exercises.get({ id: e.id })).injects).toEqual([]);
  });

  it('refuses a CSV with an unclosed quote, naming the line where it opens', async () => {
    const e = await makeExercise();
    expect(
      await chair().exercises.importInjects({
        exerciseId: e.id,
        csv: 'tijd;van;aan;bericht\n10;A;B;C\n20;A;B;"niet gesloten\n30;A;B;C\n',
      }),
    ).toEqual({ imported: 0, errors: [{ line: 3, column: null, code: 'unterminatedQuote' }] });
    expect((await chair().exercises.get({ id: e.id })).injects).toEqual([]);
  });

  it('refuses a responsible organisation outside the group', async () => {
    const e = await makeExercise();
    expect(
      await outcome(() =>
        chair().exercises.addInject({ exerciseId: e.id, ...injectInput, responsibleOrganisationId: omId }),
      ),
    ).toBe('BAD_REQUEST');
  });
});

describe('calendar export', () => {
  it('writes the group’s exercises as iCalendar', async () => {
    const e = await makeExercise();
    const { filename, content } = await caller('observer').exercises.calendar({ groupId: f.groupId });
    expect(filename).toMatch(/^oefeningen-scenario-alfa\.ics$/);
    expect(content.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(content).toContain(`UID:${e.id}@samenwerkingsruimte`);
    expect(content).toContain('DTSTART:20260305T083000Z');
    expect(content).toContain('STATUS:TENTATIVE');
  });

  it('lists exercises overlapping a calendar window', async () => {
    await makeExercise();
    const march = await chair().exercises.list({
      groupId: f.groupId,
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-04-01T00:00:00Z'),
      limit: 100,
    });
    expect(march.items.length).toBeGreaterThan(0);
    const april = await chair().exercises.list({
      groupId: f.groupId,
      from: new Date('2026-04-01T00:00:00Z'),
      to: new Date('2026-05-01T00:00:00Z'),
    });
    expect(april.items).toEqual([]);
  });
});
