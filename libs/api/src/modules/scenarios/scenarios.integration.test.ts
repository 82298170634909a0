import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationByCode, schema, eq, inArray } from '@srw/db';
import type { CreateScenarioInput, ExerciseStatus } from '@srw/domain';
import { createTestHarness, outcome, roleNames, seedRoleFixture, userOf, type RoleFixture, type RoleName, type TestHarness } from '../../testing';

let h: TestHarness;
let f: RoleFixture;
let defensieId: string;
let politieId: string;
let omId: string;
let legalBasisId: string;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h, 'Scenario');
  defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
  politieId = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
  omId = (await findOrganisationByCode(h.handle.db, 'OM'))?.id ?? '';
  const [basis] = await h.handle.db.select().from(schema.legalBases).where(eq(schema.legalBases.code, 'MSOB'));
  legalBasisId = basis?.id ?? '';
});
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));
const chair = () => caller('chair');

const readExpected: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'NOT_FOUND',
  observer: 'OK',
  member: 'OK',
  chair: 'OK',
  management: 'OK',
  admin: 'OK',
};
/** Chairs and members edit; observers, management and admins without a group role only read. */
const editExpected: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'NOT_FOUND',
  observer: 'FORBIDDEN',
  member: 'OK',
  chair: 'OK',
  management: 'FORBIDDEN',
  admin: 'FORBIDDEN',
};

function scenarioInput(overrides: Partial<CreateScenarioInput> = {}) {
  return {
    groupId: f.groupId,
    title: 'Vermiste wandelaar op de Veluwe',
    problemStatement: 'Een wandelaar is sinds gisteravond vermist in een groot bosgebied.',
    threatType: 'vermissing' as const,
    cooperationLevel: 'ASSISTANCE' as const,
    perspectives: [
      { organisationId: politieId, mandate: 'Politiewet art. 3', capabilities: 'Zoekteams', needsFromOther: 'Drones', chainOfCommand: 'OvD-P', expectedActions: 'Zoekgebied afbakenen' },
      { organisationId: defensieId, mandate: 'MSOB', capabilities: 'Drones', needsFromOther: 'Zoekgebied', chainOfCommand: 'NatOps', expectedActions: 'Drones inzetten' },
    ],
    legalBasisIds: [legalBasisId],
    conditionIds: ['2.3.c', '3.1.b'],
    ...overrides,
  };
}

async function makeScenario(status: 'concept' | 'gereed' = 'gereed') {
  const scenario = await chair().scenarios.create(scenarioInput());
  if (status === 'concept') return scenario;
  return chair().scenarios.changeStatus({ id: scenario.id, version: scenario.version, status: 'gereed' });
}

function exerciseInput(scenarioId: string) {
  return {
    scenarioId,
    title: 'Tabletop zoekactie',
    type: 'tabletop' as const,
    startsAt: new Date('2026-03-05T08:30:00Z'),
    endsAt: new Date('2026-03-05T16:00:00Z'),
    location: 'Ede',
    participantCounts: [
      { organisationId: defensieId, count: 6 },
      { organisationId: politieId, count: 8 },
    ],
    participantUserIds: [f.member.userId],
    plannerUserIds: [f.chair.userId],
    objectives: [
      { description: 'Steunverzoek binnen een uur rond', conditionIds: ['2.1.b'] },
      { description: 'Gezamenlijk beeld van het zoekgebied', conditionIds: ['2.5.d'] },
    ],
  };
}

const path: ExerciseStatus[] = ['in_voorbereiding', 'uitgevoerd'];

async function makeExercise(status: ExerciseStatus = 'gepland') {
  const scenario = await makeScenario();
  let exercise = await chair().exercises.create(exerciseInput(scenario.id));
  if (status === 'geannuleerd') {
    return chair().exercises.changeStatus({ id: exercise.id, version: exercise.version, status, cancellationReason: 'Weeralarm' });
  }
  for (const step of path) {
    if (exercise.status === status) break;
    exercise = await chair().exercises.changeStatus({ id: exercise.id, version: exercise.version, status: step });
  }
  if (status === 'geevalueerd') {
    await chair().exercises.addObservation({ exerciseId: exercise.id, text: 'Goed', rating: 'P', kind: 'strength', conditionId: '1.4.a' });
    exercise = await chair().exercises.changeStatus({ id: exercise.id, version: exercise.version, status: 'geevalueerd' });
  }
  return exercise;
}

const injectInput = { offsetMinutes: 15, fromParty: 'Meldkamer', toParty: 'OvD-P', message: 'Melding vermissing', expectedAction: 'Zoekactie starten' };

async function makeInject(exerciseId?: string) {
  const id = exerciseId ?? (await makeExercise()).id;
  return chair().exercises.addInject({ exerciseId: id, ...injectInput });
}

async function makeObservation(kind: 'strength' | 'improvement' = 'improvement') {
  const exercise = await makeExercise('uitgevoerd');
  return chair().exercises.addObservation({
    exerciseId: exercise.id,
    text: 'Het steunverzoek bleef twee uur liggen.',
    rating: kind === 'improvement' ? 'M' : 'P',
    kind,
    conditionId: '2.1.b',
  });
}

async function makeAction() {
  const observation = await makeObservation();
  return chair().exercises.addImprovementAction({ observationId: observation.id, action: 'Vooraf ingevuld steunverzoek', owner: 'Sanne', dueDate: '2026-06-01' });
}

function recommendationInput(action: { id: string; version: number }, overrides: Record<string, unknown> = {}) {
  return {
    actionId: action.id,
    version: action.version,
    title: 'Model-steunverzoek voor zoekacties',
    description: 'Een vooraf ingevuld model versnelt het steunverzoek.',
    level: 'operationeel' as const,
    conditionIds: ['2.1.b'],
    addresseeOrganisationIds: [politieId, defensieId],
    dueDate: '2026-12-01',
    priority: false,
    ...overrides,
  };
}

function observationRecommendationInput(observation: { id: string; version: number }, overrides: Record<string, unknown> = {}) {
  const { actionId: _unused, ...proposal } = recommendationInput({ id: observation.id, version: observation.version }, overrides);
  return { ...proposal, observationId: observation.id };
}

/** Recommendations in the register whose source is this improvement action or observation. */
async function recommendationsFrom(sourceId: string) {
  return h.handle.db.select().from(schema.recommendations).where(eq(schema.recommendations.sourceId, sourceId));
}

// ---- per-role checks for every procedure ------------------------------------

describe('scenarios: every procedure per role', () => {
  it.each(roleNames)('list as %s', async (role) => {
    expect(await outcome(() => caller(role).scenarios.list({ groupId: f.groupId }))).toBe(readExpected[role]);
  });
  it.each(roleNames)('get as %s', async (role) => {
    const scenario = await makeScenario();
    expect(await outcome(() => caller(role).scenarios.get({ id: scenario.id }))).toBe(readExpected[role]);
  });
  it.each(roleNames)('create as %s', async (role) => {
    expect(await outcome(() => caller(role).scenarios.create(scenarioInput({ title: `Door ${role}` })))).toBe(editExpected[role]);
  });
  it.each(roleNames)('update as %s', async (role) => {
    const s = await makeScenario('concept');
    expect(await outcome(() => caller(role).scenarios.update({ ...scenarioInput({ title: `Bijgewerkt door ${role}` }), id: s.id, version: s.version }))).toBe(
      editExpected[role],
    );
  });
  it.each(roleNames)('changeStatus as %s', async (role) => {
    const s = await makeScenario('concept');
    expect(await outcome(() => caller(role).scenarios.changeStatus({ id: s.id, version: s.version, status: 'gereed' }))).toBe(editExpected[role]);
  });
  it.each(roleNames)('delete as %s', async (role) => {
    const s = await makeScenario('concept');
    expect(await outcome(() => caller(role).scenarios.delete({ id: s.id, version: s.version }))).toBe(editExpected[role]);
  });
});

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
    expect(await outcome(() => caller(role).exercises.update({ ...fields, id: e.id, version: e.version, title: `Door ${role}` }))).toBe(editExpected[role]);
  });
  it.each(roleNames)('changeStatus as %s', async (role) => {
    const e = await makeExercise();
    expect(await outcome(() => caller(role).exercises.changeStatus({ id: e.id, version: e.version, status: 'in_voorbereiding' }))).toBe(
      editExpected[role],
    );
  });
  it.each(roleNames)('addInject as %s', async (role) => {
    const e = await makeExercise();
    expect(await outcome(() => caller(role).exercises.addInject({ exerciseId: e.id, ...injectInput }))).toBe(editExpected[role]);
  });
  it.each(roleNames)('updateInject as %s', async (role) => {
    const i = await makeInject();
    expect(await outcome(() => caller(role).exercises.updateInject({ id: i.id, version: i.version, ...injectInput, message: 'Nieuw' }))).toBe(
      editExpected[role],
    );
  });
  it.each(roleNames)('removeInject as %s', async (role) => {
    const i = await makeInject();
    expect(await outcome(() => caller(role).exercises.removeInject({ id: i.id, version: i.version }))).toBe(editExpected[role]);
  });
  it.each(roleNames)('reorderInjects as %s', async (role) => {
    const e = await makeExercise();
    const a = await makeInject(e.id);
    const b = await makeInject(e.id);
    expect(await outcome(() => caller(role).exercises.reorderInjects({ exerciseId: e.id, version: e.version, injectIds: [b.id, a.id] }))).toBe(
      editExpected[role],
    );
  });
  it.each(roleNames)('importInjects as %s', async (role) => {
    const e = await makeExercise();
    expect(await outcome(() => caller(role).exercises.importInjects({ exerciseId: e.id, csv: 'tijd,van,aan,bericht\n10,A,B,C\n' }))).toBe(
      editExpected[role],
    );
  });
  it.each(roleNames)('addObservation as %s', async (role) => {
    const e = await makeExercise('uitgevoerd');
    expect(
      await outcome(() => caller(role).exercises.addObservation({ exerciseId: e.id, text: 'x', rating: 'S', kind: 'improvement', conditionId: '2.5' })),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('updateObservation as %s', async (role) => {
    const o = await makeObservation();
    expect(
      await outcome(() =>
        caller(role).exercises.updateObservation({ id: o.id, version: o.version, text: 'y', rating: 'U', kind: 'improvement', conditionId: '2.5' }),
      ),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('removeObservation as %s', async (role) => {
    const o = await makeObservation();
    expect(await outcome(() => caller(role).exercises.removeObservation({ id: o.id, version: o.version }))).toBe(editExpected[role]);
  });
  it.each(roleNames)('addImprovementAction as %s', async (role) => {
    const o = await makeObservation();
    expect(await outcome(() => caller(role).exercises.addImprovementAction({ observationId: o.id, action: 'Actie', owner: 'Piet' }))).toBe(
      editExpected[role],
    );
  });
  it.each(roleNames)('updateImprovementAction as %s', async (role) => {
    const a = await makeAction();
    expect(
      await outcome(() => caller(role).exercises.updateImprovementAction({ id: a.id, version: a.version, action: 'Gewijzigd', owner: 'Piet', dueDate: null })),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('removeImprovementAction as %s', async (role) => {
    const a = await makeAction();
    expect(await outcome(() => caller(role).exercises.removeImprovementAction({ id: a.id, version: a.version }))).toBe(editExpected[role]);
  });
  it.each(roleNames)('recommendImprovementAction as %s', async (role) => {
    const a = await makeAction();
    expect(await outcome(() => caller(role).exercises.recommendImprovementAction(recommendationInput(a)))).toBe(editExpected[role]);
    const linked = await recommendationsFrom(a.id);
    expect(linked).toHaveLength(editExpected[role] === 'OK' ? 1 : 0);
  });
  it.each(roleNames)('recommendObservation as %s', async (role) => {
    const o = await makeObservation();
    expect(await outcome(() => caller(role).exercises.recommendObservation(observationRecommendationInput(o)))).toBe(editExpected[role]);
    expect(await recommendationsFrom(o.id)).toHaveLength(editExpected[role] === 'OK' ? 1 : 0);
  });
});

// ---- scoping ----------------------------------------------------------------

describe('other groups see nothing', () => {
  it('lists a group’s scenarios and exercises only to its members, management and admins', async () => {
    const exercise = await makeExercise();
    for (const role of ['outsider'] as const) {
      const scenarios = await caller(role).scenarios.list({ limit: 100 });
      expect(scenarios.items.some((s) => s.groupId === f.groupId)).toBe(false);
      const exercises = await caller(role).exercises.list({ limit: 100 });
      expect(exercises.items.some((e) => e.groupId === f.groupId)).toBe(false);
      expect(await outcome(() => caller(role).exercises.list({ scenarioId: exercise.scenarioId }))).toBe('NOT_FOUND');
    }
    for (const role of ['observer', 'management', 'admin'] as const) {
      // This file makes well over a page of exercises; narrow to this one's scenario.
      const exercises = await caller(role).exercises.list({ scenarioId: exercise.scenarioId, limit: 100 });
      expect(exercises.items.map((e) => e.id)).toContain(exercise.id);
      const scenarios = await caller(role).scenarios.list({ groupId: f.groupId, limit: 100 });
      expect(scenarios.items.every((s) => s.groupId === f.groupId)).toBe(true);
    }
  });

  it('hides child records of other groups as NOT_FOUND', async () => {
    const inject = await makeInject();
    const otherChair = h.callerFor(f.outsider);
    expect(await outcome(() => otherChair.exercises.updateInject({ id: inject.id, version: inject.version, ...injectInput }))).toBe('NOT_FOUND');
    expect(await outcome(() => otherChair.exercises.removeInject({ id: inject.id, version: inject.version }))).toBe('NOT_FOUND');
  });

  it('pages scenarios by title without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof chair>['scenarios']['list']>> = await chair().scenarios.list({ groupId: f.groupId, limit: 7, cursor });
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(7);
  });
});

// ---- conflicts --------------------------------------------------------------

describe('stale versions', () => {
  it('refuses a stale scenario update and changes nothing', async () => {
    const s = await makeScenario('concept');
    await chair().scenarios.update({ ...scenarioInput({ title: 'Eerste' }), id: s.id, version: s.version });
    await expect(caller('member').scenarios.update({ ...scenarioInput({ title: 'Tweede' }), id: s.id, version: s.version })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'VERSION_CONFLICT',
    });
    expect((await chair().scenarios.get({ id: s.id })).title).toBe('Eerste');
  });

  it('refuses stale exercise, inject, reorder and observation changes', async () => {
    const e = await makeExercise();
    const { scenarioId: _s, ...fields } = exerciseInput(e.scenarioId);
    await chair().exercises.update({ ...fields, id: e.id, version: e.version });
    expect(await outcome(() => chair().exercises.update({ ...fields, id: e.id, version: e.version }))).toBe('CONFLICT');
    const i = await makeInject(e.id);
    await chair().exercises.updateInject({ id: i.id, version: i.version, ...injectInput, message: 'A' });
    expect(await outcome(() => chair().exercises.updateInject({ id: i.id, version: i.version, ...injectInput, message: 'B' }))).toBe('CONFLICT');
    expect(await outcome(() => chair().exercises.reorderInjects({ exerciseId: e.id, version: e.version, injectIds: [i.id] }))).toBe('CONFLICT');
    const o = await makeObservation();
    await chair().exercises.updateObservation({ id: o.id, version: o.version, text: 'A', rating: 'S', kind: 'improvement', conditionId: '2.5' });
    expect(await outcome(() => chair().exercises.removeObservation({ id: o.id, version: o.version }))).toBe('CONFLICT');
  });
});

// ---- behaviour --------------------------------------------------------------

describe('scenario behaviour', () => {
  it('stores both perspectives side by side with references, and audits the creation', async () => {
    const s = await chair().scenarios.create(scenarioInput());
    const detail = await caller('observer').scenarios.get({ id: s.id });
    expect(detail.perspectives.map((p) => p.organisationCode)).toEqual(['DEFENSIE', 'POLITIE']);
    expect(detail.comparison.find((c) => c.aspect === 'mandate')).toMatchObject({ differs: true });
    expect(detail.legalBases.map((b) => b.code)).toEqual(['MSOB']);
    expect(detail.conditions.map((c) => c.id)).toEqual(['2.3.c', '3.1.b']);
    expect(detail.permissions).toEqual({ canEdit: false, canChangeStatus: false, canDelete: false, canPlanExercise: false });
    expect((await chair().scenarios.get({ id: s.id })).permissions).toEqual({ canEdit: true, canChangeStatus: true, canDelete: true, canPlanExercise: false });
    const history = await chair().audit.list({ groupId: f.groupId, entityId: s.id });
    expect(history.items.map((e) => `${e.entityType}:${e.action}`)).toEqual(['scenario:create']);
  });

  it('updates perspectives: changes one, drops the other', async () => {
    const s = await chair().scenarios.create(scenarioInput());
    const [politie] = scenarioInput().perspectives;
    await chair().scenarios.update({
      ...scenarioInput({ perspectives: politie ? [{ ...politie, mandate: 'Gewijzigd' }] : [], legalBasisIds: [], conditionIds: [] }),
      id: s.id,
      version: s.version,
    });
    const detail = await chair().scenarios.get({ id: s.id });
    expect(detail.perspectives.map((p) => [p.organisationCode, p.mandate])).toEqual([['POLITIE', 'Gewijzigd']]);
    expect(detail.legalBases).toEqual([]);
  });

  it('refuses perspectives of organisations outside the group, unknown references and markings above the ceiling', async () => {
    expect(await outcome(() => chair().scenarios.create(scenarioInput({ perspectives: [{ organisationId: omId, mandate: '', capabilities: '', needsFromOther: '', chainOfCommand: '', expectedActions: '' }] })))).toBe('BAD_REQUEST');
    expect(await outcome(() => chair().scenarios.create(scenarioInput({ conditionIds: ['9.9'] })))).toBe('BAD_REQUEST');
    expect(await outcome(() => chair().scenarios.create(scenarioInput({ legalBasisIds: ['00000000-0000-4000-8000-000000000000'] })))).toBe('BAD_REQUEST');
    expect(await outcome(() => chair().scenarios.create(scenarioInput({ classification: 'DEPARTEMENTAAL_VERTROUWELIJK' })))).toBe('BAD_REQUEST');
  });

  it('keeps archived scenarios read-only and refuses deleting one with exercises', async () => {
    const e = await makeExercise();
    const s = await chair().scenarios.get({ id: e.scenarioId });
    expect(await outcome(() => chair().scenarios.delete({ id: s.id, version: s.version }))).toBe('CONFLICT');
    const archived = await chair().scenarios.changeStatus({ id: s.id, version: s.version, status: 'gearchiveerd' });
    expect(await outcome(() => chair().scenarios.update({ ...scenarioInput(), id: s.id, version: archived.version }))).toBe('CONFLICT');
    expect(await outcome(() => chair().scenarios.changeStatus({ id: s.id, version: archived.version, status: 'gereed' }))).toBe('CONFLICT');
  });

  it('plans exercises only on ready scenarios', async () => {
    const concept = await makeScenario('concept');
    await expect(chair().exercises.create(exerciseInput(concept.id))).rejects.toMatchObject({ code: 'CONFLICT', message: 'SCENARIO_NOT_READY' });
  });
});

describe('exercise behaviour', () => {
  it('returns the whole plan with participants, planners and objectives', async () => {
    const e = await makeExercise();
    const detail = await caller('observer').exercises.get({ id: e.id });
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
    expect(await outcome(() => chair().exercises.create({ ...exerciseInput(s.id), plannerUserIds: [f.outsider.userId] }))).toBe('BAD_REQUEST');
    expect(await outcome(() => chair().exercises.create({ ...exerciseInput(s.id), endsAt: new Date('2026-03-04T00:00:00Z') }))).toBe('BAD_REQUEST');
    expect(await outcome(() => chair().exercises.create({ ...exerciseInput(s.id), participantCounts: [{ organisationId: omId, count: 1 }] }))).toBe('BAD_REQUEST');
    expect(await outcome(() => chair().exercises.create({ ...exerciseInput(s.id), objectives: [{ description: 'x', conditionIds: ['7'] }] }))).toBe('BAD_REQUEST');
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
      objectives: [{ id: first?.id, description: 'Aangescherpt doel', conditionIds: ['2.1.b'] }, { description: 'Nieuw doel', conditionIds: [] }],
    });
    const after = await chair().exercises.get({ id: e.id });
    expect(after.objectives.map((o) => o.description)).toEqual(['Aangescherpt doel', 'Nieuw doel']);
    expect(after.objectives[0]?.id).toBe(first?.id);
  });

  it('needs a reason to cancel and locks planning afterwards', async () => {
    const e = await makeExercise();
    expect(await outcome(() => chair().exercises.changeStatus({ id: e.id, version: e.version, status: 'geannuleerd', cancellationReason: ' ' }))).toBe(
      'BAD_REQUEST',
    );
    const cancelled = await chair().exercises.changeStatus({ id: e.id, version: e.version, status: 'geannuleerd', cancellationReason: 'Storm' });
    expect(cancelled.cancellationReason).toBe('Storm');
    expect(await outcome(() => chair().exercises.addInject({ exerciseId: e.id, ...injectInput }))).toBe('CONFLICT');
  });

  it('evaluates only after execution and with observations; the evaluation closes observations but not actions', async () => {
    const e = await makeExercise('in_voorbereiding');
    expect(await outcome(() => chair().exercises.changeStatus({ id: e.id, version: e.version, status: 'geevalueerd' }))).toBe('CONFLICT');
    expect(await outcome(() => chair().exercises.addObservation({ exerciseId: e.id, text: 'x', rating: 'S', kind: 'improvement', conditionId: '2.5' }))).toBe(
      'CONFLICT',
    );
    const executed = await chair().exercises.changeStatus({ id: e.id, version: e.version, status: 'uitgevoerd' });
    expect(await outcome(() => chair().exercises.changeStatus({ id: e.id, version: executed.version, status: 'geevalueerd' }))).toBe('CONFLICT');
    const detail = await chair().exercises.get({ id: e.id });
    const objectiveId = detail.objectives[0]?.id ?? null;
    await chair().exercises.addObservation({ exerciseId: e.id, text: 'Snel geschakeld', rating: 'P', kind: 'strength', conditionId: '2.5.c', objectiveId });
    const improvement = await chair().exercises.addObservation({
      exerciseId: e.id,
      text: 'Verbindingen sloten niet aan',
      rating: 'M',
      kind: 'improvement',
      conditionId: '2.5.d',
      objectiveId,
    });
    expect((await chair().exercises.get({ id: e.id })).objectives[0]?.rating).toBe('M');
    const evaluated = await chair().exercises.changeStatus({ id: e.id, version: executed.version, status: 'geevalueerd' });
    expect(evaluated.status).toBe('geevalueerd');
    expect(await outcome(() => chair().exercises.addObservation({ exerciseId: e.id, text: 'x', rating: 'S', kind: 'improvement', conditionId: '2.5' }))).toBe(
      'CONFLICT',
    );
    const action = await chair().exercises.addImprovementAction({
      observationId: improvement.id,
      action: 'Gezamenlijk verbindingsplan',
      owner: 'Lid Lars',
      ownerOrganisationId: politieId,
      dueDate: '2026-09-01',
    });
    expect(action.recommendationId).toBeNull();
    const final = await chair().exercises.get({ id: e.id });
    expect(final.improvementActions.map((a) => [a.action, a.ownerOrganisationCode, a.dueDate])).toEqual([['Gezamenlijk verbindingsplan', 'POLITIE', '2026-09-01']]);
  });

  it('checks ratings against the kind of observation, and actions only from areas for improvement', async () => {
    const e = await makeExercise('uitgevoerd');
    expect(await outcome(() => chair().exercises.addObservation({ exerciseId: e.id, text: 'x', rating: 'U', kind: 'strength', conditionId: '2.5' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await outcome(() => chair().exercises.addObservation({ exerciseId: e.id, text: 'x', rating: 'P', kind: 'improvement', conditionId: '2.5' }))).toBe(
      'BAD_REQUEST',
    );
    const other = await makeExercise();
    const foreignObjective = (await chair().exercises.get({ id: other.id })).objectives[0]?.id ?? null;
    expect(
      await outcome(() =>
        chair().exercises.addObservation({ exerciseId: e.id, text: 'x', rating: 'S', kind: 'improvement', conditionId: '2.5', objectiveId: foreignObjective }),
      ),
    ).toBe('BAD_REQUEST');
    const strength = await makeObservation('strength');
    expect(await outcome(() => chair().exercises.addImprovementAction({ observationId: strength.id, action: 'x', owner: 'y' }))).toBe('BAD_REQUEST');
    const action = await makeAction();
    const observation = (await chair().exercises.get({ id: action.exerciseId })).observations[0];
    expect(observation).toBeDefined();
    if (!observation) return;
    expect(
      await outcome(() =>
        chair().exercises.updateObservation({ id: observation.id, version: observation.version, text: 'x', rating: 'P', kind: 'strength', conditionId: '2.5' }),
      ),
    ).toBe('BAD_REQUEST');
  });
});

describe('improvement action into a recommendation', () => {
  it('creates the recommendation with a link both ways, audits both, and shows the code on the exercise', async () => {
    const action = await makeAction();
    const result = await caller('member').exercises.recommendImprovementAction(recommendationInput(action));
    expect(result.action.recommendationId).toBe(result.recommendation.id);
    expect(result.action.version).toBe(action.version + 1);

    const [stored] = await recommendationsFrom(action.id);
    expect(stored).toMatchObject({ id: result.recommendation.id, sourceType: 'exercise_evaluation', groupId: f.groupId, status: 'voorgesteld', dueDate: '2026-12-01' });
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
    expect(await outcome(() => chair().exercises.recommendImprovementAction(recommendationInput(first.action)))).toBe('CONFLICT');
    expect(await outcome(() => chair().exercises.recommendImprovementAction(recommendationInput(action)))).toBe('CONFLICT');
    expect(await recommendationsFrom(action.id)).toHaveLength(1);
  });

  it('leaves the action unchanged when the recommendation is refused', async () => {
    const action = await makeAction();
    const unknownOrganisation = '0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001';
    expect(
      await outcome(() => chair().exercises.recommendImprovementAction(recommendationInput(action, { addresseeOrganisationIds: [unknownOrganisation] }))),
    ).toBe('BAD_REQUEST');
    expect(await outcome(() => chair().exercises.recommendImprovementAction(recommendationInput(action, { title: '' })))).toBe('BAD_REQUEST');
    const [row] = await h.handle.db.select().from(schema.improvementActions).where(eq(schema.improvementActions.id, action.id));
    expect(row).toMatchObject({ recommendationId: null, version: action.version });
    expect(await recommendationsFrom(action.id)).toHaveLength(0);
  });

  it('keeps a converted action and its observation: neither can be removed', async () => {
    const action = await makeAction();
    const { action: converted } = await chair().exercises.recommendImprovementAction(recommendationInput(action));
    expect(await outcome(() => chair().exercises.removeImprovementAction({ id: converted.id, version: converted.version }))).toBe('CONFLICT');
    const exercise = await chair().exercises.get({ id: action.exerciseId });
    const observation = exercise.observations.find((o) => o.id === action.observationId);
    expect(observation).toBeDefined();
    if (!observation) return;
    expect(await outcome(() => chair().exercises.removeObservation({ id: observation.id, version: observation.version }))).toBe('CONFLICT');
    const after = await chair().exercises.get({ id: action.exerciseId });
    expect(after.improvementActions.map((a) => a.id)).toContain(converted.id);
    expect(after.observations.map((o) => o.id)).toContain(observation.id);
  });

  it('hides another group’s action as NOT_FOUND', async () => {
    const action = await makeAction();
    expect(await outcome(() => h.callerFor(f.outsider).exercises.recommendImprovementAction(recommendationInput(action)))).toBe('NOT_FOUND');
    expect(await recommendationsFrom(action.id)).toHaveLength(0);
  });
});

describe('observation into a recommendation', () => {
  it('creates the recommendation with a link both ways and an audit entry, and shows the code on the exercise', async () => {
    const observation = await makeObservation('strength');
    const result = await caller('member').exercises.recommendObservation(observationRecommendationInput(observation));
    expect(result.observation).toMatchObject({ recommendationId: result.recommendation.id, version: observation.version + 1 });

    const [stored] = await recommendationsFrom(observation.id);
    expect(stored).toMatchObject({ id: result.recommendation.id, sourceType: 'exercise_evaluation', groupId: f.groupId, status: 'voorgesteld' });
    const history = await h.handle.db.select().from(schema.recommendationEvents).where(eq(schema.recommendationEvents.recommendationId, result.recommendation.id));
    expect(history.map((event) => event.note)).toContainEqual(expect.stringContaining('Het steunverzoek bleef twee uur liggen.'));

    const exercise = await chair().exercises.get({ id: observation.exerciseId });
    expect(exercise.observations.find((o) => o.id === observation.id)).toMatchObject({
      recommendationId: result.recommendation.id,
      recommendationCode: result.recommendation.code,
    });
    const recommendation = await chair().recommendations.get({ id: result.recommendation.id });
    expect(recommendation.origins).toEqual([{ kind: 'exercise', id: observation.exerciseId, label: 'Tabletop zoekactie' }]);

    const audit = await h.handle.db
      .select({ entityType: schema.auditEvents.entityType, action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.entityId, observation.id));
    expect(audit).toContainEqual({ entityType: 'exercise_observation', action: 'update' });
  });

  it('refuses a second conversion and a stale version, and creates nothing more', async () => {
    const observation = await makeObservation();
    const first = await chair().exercises.recommendObservation(observationRecommendationInput(observation));
    expect(await outcome(() => chair().exercises.recommendObservation(observationRecommendationInput(first.observation)))).toBe('CONFLICT');
    expect(await outcome(() => chair().exercises.recommendObservation(observationRecommendationInput(observation)))).toBe('CONFLICT');
    expect(await recommendationsFrom(observation.id)).toHaveLength(1);
  });

  it('leaves the observation unchanged when the recommendation is refused', async () => {
    const observation = await makeObservation();
    expect(await outcome(() => chair().exercises.recommendObservation(observationRecommendationInput(observation, { conditionIds: ['9.9.z'] })))).toBe(
      'BAD_REQUEST',
    );
    const [row] = await h.handle.db.select().from(schema.exerciseObservations).where(eq(schema.exerciseObservations.id, observation.id));
    expect(row).toMatchObject({ recommendationId: null, version: observation.version });
    expect(await recommendationsFrom(observation.id)).toHaveLength(0);
  });

  it('keeps a converted observation: it cannot be removed', async () => {
    const observation = await makeObservation();
    const { observation: converted } = await chair().exercises.recommendObservation(observationRecommendationInput(observation));
    expect(await outcome(() => chair().exercises.removeObservation({ id: converted.id, version: converted.version }))).toBe('CONFLICT');
    const exercise = await chair().exercises.get({ id: observation.exerciseId });
    expect(exercise.observations.map((o) => o.id)).toContain(observation.id);
  });

  it('still works after the evaluation is closed, since follow-up stays open', async () => {
    const observation = await makeObservation();
    const exercise = await chair().exercises.get({ id: observation.exerciseId });
    const evaluated = await chair().exercises.changeStatus({ id: exercise.id, version: exercise.version, status: 'geevalueerd' });
    expect(evaluated.status).toBe('geevalueerd');
    const result = await chair().exercises.recommendObservation(observationRecommendationInput(observation));
    expect(result.observation.recommendationId).toBe(result.recommendation.id);
  });

  it('hides another group’s observation as NOT_FOUND', async () => {
    const observation = await makeObservation();
    expect(await outcome(() => h.callerFor(f.outsider).exercises.recommendObservation(observationRecommendationInput(observation)))).toBe('NOT_FOUND');
    expect(await recommendationsFrom(observation.id)).toHaveLength(0);
  });
});

describe('injects', () => {
  it('appends, reorders and keeps the order', async () => {
    const e = await makeExercise();
    const a = await makeInject(e.id);
    const b = await makeInject(e.id);
    const c = await makeInject(e.id);
    expect([a.position, b.position, c.position]).toEqual([1, 2, 3]);
    const { version } = await chair().exercises.reorderInjects({ exerciseId: e.id, version: e.version, injectIds: [c.id, a.id, b.id] });
    expect(version).toBe(e.version + 1);
    expect((await chair().exercises.get({ id: e.id })).injects.map((i) => i.id)).toEqual([c.id, a.id, b.id]);
    expect(await outcome(() => chair().exercises.reorderInjects({ exerciseId: e.id, version, injectIds: [c.id, a.id] }))).toBe('CONFLICT');
  });

  it('imports a valid CSV after the existing injects and resolves codes', async () => {
    const e = await makeExercise();
    await makeInject(e.id);
    const csv = 'Tijd;Van;Aan;Bericht;Verwachte actie;Verantwoordelijke;Grondslag\n00:30;OvD-P;NatOps;Steunverzoek;Beoordelen;DEFENSIE;MSOB\n45;NatOps;Kazerne;Opdracht;Uitrukken;;\n';
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
    const result = await chair().exercises.importInjects({ exerciseId: e.id, csv: 'tijd,van,aan,bericht,verantwoordelijke\n10,A,B,C,OM\nxx,A,B,C,\n' });
    expect(result).toEqual({
      imported: 0,
      errors: [
        { line: 2, column: 'responsible', code: 'unknownOrganisation' },
        { line: 3, column: 'offset', code: 'invalidOffset' },
      ],
    });
    expect((await chair().exercises.get({ id: e.id })).injects).toEqual([]);
  });

  it('refuses a responsible organisation outside the group', async () => {
    const e = await makeExercise();
    expect(await outcome(() => chair().exercises.addInject({ exerciseId: e.id, ...injectInput, responsibleOrganisationId: omId }))).toBe('BAD_REQUEST');
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
    const march = await chair().exercises.list({ groupId: f.groupId, from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z'), limit: 100 });
    expect(march.items.length).toBeGreaterThan(0);
    const april = await chair().exercises.list({ groupId: f.groupId, from: new Date('2026-04-01T00:00:00Z'), to: new Date('2026-05-01T00:00:00Z') });
    expect(april.items).toEqual([]);
  });
});
