import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcome, roleNames, type RoleFixture, type TestHarness } from '../../testing';
import {
  caller,
  chair,
  editExpected,
  exerciseInput,
  makeExercise,
  makeScenario,
  readExpected,
  scenarioInput,
  setUpScenarioWorld,
} from './scenarios.fixtures';

let h: TestHarness;
let f: RoleFixture;
let omId: string;

beforeAll(async () => {
  ({ h, f, omId } = await setUpScenarioWorld());
});
afterAll(async () => h.close());

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
    expect(await outcome(() => caller(role).scenarios.create(scenarioInput({ title: `Door ${role}` })))).toBe(
      editExpected[role],
    );
  });
  it.each(roleNames)('update as %s', async (role) => {
    const s = await makeScenario('concept');
    expect(
      await outcome(() =>
        caller(role).scenarios.update({
          ...scenarioInput({ title: `Bijgewerkt door ${role}` }),
          id: s.id,
          version: s.version,
        }),
      ),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('changeStatus as %s', async (role) => {
    const s = await makeScenario('concept');
    expect(
      await outcome(() => caller(role).scenarios.changeStatus({ id: s.id, version: s.version, status: 'gereed' })),
    ).toBe(editExpected[role]);
  });
  it.each(roleNames)('delete as %s', async (role) => {
    const s = await makeScenario('concept');
    expect(await outcome(() => caller(role).scenarios.delete({ id: s.id, version: s.version }))).toBe(
      editExpected[role],
    );
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

  it('pages scenarios by title without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof chair>['scenarios']['list']>> = await chair().scenarios.list({
        groupId: f.groupId,
        limit: 7,
        cursor,
      });
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
    await expect(
      caller('member').scenarios.update({ ...scenarioInput({ title: 'Tweede' }), id: s.id, version: s.version }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'VERSION_CONFLICT',
    });
    expect((await chair().scenarios.get({ id: s.id })).title).toBe('Eerste');
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
    expect(detail.permissions).toEqual({
      canEdit: false,
      canChangeStatus: false,
      canDelete: false,
      canPlanExercise: false,
    });
    expect((await chair().scenarios.get({ id: s.id })).permissions).toEqual({
      canEdit: true,
      canChangeStatus: true,
      canDelete: true,
      canPlanExercise: false,
    });
    const history = await chair().audit.list({ groupId: f.groupId, entityId: s.id });
    expect(history.items.map((e) => `${e.entityType}:${e.action}`)).toEqual(['scenario:create']);
  });

  it('updates perspectives: changes one, drops the other', async () => {
    const s = await chair().scenarios.create(scenarioInput());
    const [politie] = scenarioInput().perspectives;
    await chair().scenarios.update({
      ...scenarioInput({
        perspectives: politie ? [{ ...politie, mandate: 'Gewijzigd' }] : [],
        legalBasisIds: [],
        conditionIds: [],
      }),
      id: s.id,
      version: s.version,
    });
    const detail = await chair().scenarios.get({ id: s.id });
    expect(detail.perspectives.map((p) => [p.organisationCode, p.mandate])).toEqual([['POLITIE', 'Gewijzigd']]);
    expect(detail.legalBases).toEqual([]);
  });

  it('refuses perspectives of organisations outside the group, unknown references and markings above the ceiling', async () => {
    expect(
      await outcome(() =>
        chair().scenarios.create(
          scenarioInput({
            perspectives: [
              {
                organisationId: omId,
                mandate: '',
                capabilities: '',
                needsFromOther: '',
                chainOfCommand: '',
                expectedActions: '',
              },
            ],
          }),
        ),
      ),
    ).toBe('BAD_REQUEST');
    expect(await outcome(() => chair().scenarios.create(scenarioInput({ conditionIds: ['9.9'] })))).toBe('BAD_REQUEST');
    expect(
      await outcome(() =>
        chair().scenarios.create(scenarioInput({ legalBasisIds: ['00000000-0000-4000-8000-000000000000'] })),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      await outcome(() => chair().scenarios.create(scenarioInput({ classification: 'DEPARTEMENTAAL_VERTROUWELIJK' }))),
    ).toBe('BAD_REQUEST');
  });

  it('keeps archived scenarios read-only and refuses deleting one with exercises', async () => {
    const e = await makeExercise();
    const s = await chair().scenarios.get({ id: e.scenarioId });
    expect(await outcome(() => chair().scenarios.delete({ id: s.id, version: s.version }))).toBe('CONFLICT');
    const archived = await chair().scenarios.changeStatus({ id: s.id, version: s.version, status: 'gearchiveerd' });
    expect(
      await outcome(() => chair().scenarios.update({ ...scenarioInput(), id: s.id, version: archived.version })),
    ).toBe('CONFLICT');
    expect(
      await outcome(() => chair().scenarios.changeStatus({ id: s.id, version: archived.version, status: 'gereed' })),
    ).toBe('CONFLICT');
  });

  it('plans exercises only on ready scenarios', async () => {
    const concept = await makeScenario('concept');
    await expect(chair().exercises.create(exerciseInput(concept.id))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'SCENARIO_NOT_READY',
    });
  });
});
