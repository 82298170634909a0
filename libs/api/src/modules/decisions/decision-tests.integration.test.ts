import { describe, expect, it } from 'vitest';
import { outcome, roleNames, type RoleName } from '../../testing';
import { contributors, readDraft, useDecisionsFixture } from './decisions.fixture';

const { s, caller, draft, establish } = useDecisionsFixture();

let counter = 0;

async function scenarioIn(groupId: string, as: RoleName = 'chair', title = `Scenario ${(counter += 1)}`) {
  return caller(as).scenarios.create({
    groupId,
    title,
    problemStatement: 'Vermiste wandelaar in bosgebied.',
    threatType: 'vermissing',
    cooperationLevel: 'ASSISTANCE',
  });
}

async function exerciseIn(groupId: string, as: RoleName = 'chair') {
  const scenario = await scenarioIn(groupId, as);
  const ready = await caller(as).scenarios.changeStatus({
    id: scenario.id,
    version: scenario.version,
    status: 'gereed',
  });
  return caller(as).exercises.create({
    scenarioId: ready.id,
    title: `Tabletop ${(counter += 1)}`,
    type: 'tabletop',
    startsAt: new Date('2026-03-05T08:30:00Z'),
    endsAt: new Date('2026-03-05T16:00:00Z'),
    location: 'Ede',
  });
}

/** Record and remove: chairs and members of the decision's group or of the scenario's group. */
const recordInOwnGroup: Record<RoleName, string> = { ...contributors };

describe('decisions.recordTest', () => {
  it.each(roleNames)('in a scenario of the decision group as %s', async (role) => {
    const { id } = await draft();
    const scenario = await scenarioIn(s.f.groupId);
    expect(
      await outcome(() =>
        caller(role).decisions.recordTest({ decisionId: id, scenarioId: scenario.id, result: 'HELD' }),
      ),
    ).toBe(recordInOwnGroup[role]);
  });

  it.each(roleNames)('in an exercise of the decision group as %s', async (role) => {
    const { id } = await draft();
    const exercise = await exerciseIn(s.f.groupId);
    expect(
      await outcome(() =>
        caller(role).decisions.recordTest({ decisionId: id, exerciseId: exercise.id, result: 'FAILED' }),
      ),
    ).toBe(recordInOwnGroup[role]);
  });

  it.each(roleNames)('in a scenario of another group, for a vastgesteld decision, as %s', async (role) => {
    const { id } = await draft();
    await establish(id);
    const scenario = await scenarioIn(s.f.otherGroupId, 'outsider');
    // Only the other group's chair (the outsider) works there; Alfa's roles cannot see its scenario.
    const expected: Record<RoleName, string> = {
      ...contributors,
      outsider: 'OK',
      observer: 'NOT_FOUND',
      member: 'NOT_FOUND',
      chair: 'NOT_FOUND',
    };
    expect(
      await outcome(() =>
        caller(role).decisions.recordTest({ decisionId: id, scenarioId: scenario.id, result: 'HELD' }),
      ),
    ).toBe(expected[role]);
  });

  it('refuses an outsider a scenario they cannot see, and a draft they cannot read', async () => {
    const { id } = await draft();
    const ownScenario = await scenarioIn(s.f.otherGroupId, 'outsider');
    expect(
      await outcome(() =>
        caller('outsider').decisions.recordTest({ decisionId: id, scenarioId: ownScenario.id, result: 'HELD' }),
      ),
    ).toBe('NOT_FOUND');
    await establish(id);
    const alfaScenario = await scenarioIn(s.f.groupId);
    const alfaExercise = await exerciseIn(s.f.groupId);
    expect(
      await outcome(() =>
        caller('outsider').decisions.recordTest({ decisionId: id, scenarioId: alfaScenario.id, result: 'HELD' }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await outcome(() =>
        caller('outsider').decisions.recordTest({ decisionId: id, exerciseId: alfaExercise.id, result: 'HELD' }),
      ),
    ).toBe('NOT_FOUND');
    const unknown = '6f1c2d7e-0000-4000-8000-00000000abcd';
    expect(
      await outcome(() =>
        caller('chair').decisions.recordTest({ decisionId: id, scenarioId: unknown, result: 'HELD' }),
      ),
    ).toBe('NOT_FOUND');
    expect((await caller('admin').decisions.get({ id })).testLinks).toEqual([]);
  });

  it('needs exactly one of scenario and exercise', async () => {
    const { id } = await draft();
    const exercise = await exerciseIn(s.f.groupId);
    const both = caller('chair').decisions.recordTest({
      decisionId: id,
      scenarioId: exercise.scenarioId,
      exerciseId: exercise.id,
      result: 'HELD',
    });
    await expect(both).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { issues: [expect.objectContaining({ path: ['scenarioId'], message: 'validation.exactlyOne' })] },
    });
    expect(await outcome(() => caller('chair').decisions.recordTest({ decisionId: id, result: 'HELD' }))).toBe(
      'BAD_REQUEST',
    );
  });

  it('shows the links with their scenario or exercise, to those who can see it, and audits them', async () => {
    const { id } = await draft();
    await establish(id);
    const exercise = await exerciseIn(s.f.groupId);
    const otherScenario = await scenarioIn(s.f.otherGroupId, 'outsider', 'Bravo-scenario');
    await caller('member').decisions.recordTest({
      decisionId: id,
      exerciseId: exercise.id,
      result: 'FAILED',
      note: 'Aanvraag via NatOps duurde te lang',
      testedOn: '2026-03-05',
    });
    await caller('outsider').decisions.recordTest({ decisionId: id, scenarioId: otherScenario.id, result: 'HELD' });

    const asChair = await caller('chair').decisions.get({ id });
    expect(asChair.testLinks).toEqual([
      expect.objectContaining({
        exerciseId: exercise.id,
        scenarioId: null,
        result: 'FAILED',
        targetTitle: exercise.title,
        note: 'Aanvraag via NatOps duurde te lang',
        permissions: { canRemove: true },
      }),
    ]);
    const asObserver = await caller('observer').decisions.get({ id });
    expect(asObserver.testLinks.map((link) => link.permissions.canRemove)).toEqual([false]);
    const asOutsider = await caller('outsider').decisions.get({ id });
    expect(asOutsider.testLinks).toEqual([
      expect.objectContaining({
        scenarioId: otherScenario.id,
        targetTitle: 'Bravo-scenario',
        permissions: { canRemove: true },
      }),
    ]);
    expect(asOutsider.permissions.canRecordTest).toBe(true);
    const asAdmin = await caller('admin').decisions.get({ id });
    expect(asAdmin.testLinks.map((link) => link.targetTitle).sort()).toEqual(['Bravo-scenario', exercise.title].sort());
    expect(asAdmin.testLinks.every((link) => !link.permissions.canRemove)).toBe(true);

    const history = await caller('chair').decisions.history({ id });
    expect(
      history
        .filter((event) => event.event === 'testRecorded')
        .map((event) => event.detail)
        .sort(),
    ).toEqual(['FAILED', 'HELD']);
  });
});

describe('decisions.removeTest', () => {
  async function linked() {
    const { id } = await draft();
    const scenario = await scenarioIn(s.f.groupId);
    const link = await caller('member').decisions.recordTest({
      decisionId: id,
      scenarioId: scenario.id,
      result: 'HELD',
    });
    return { id, link };
  }

  it.each(roleNames)('as %s', async (role) => {
    const { id, link } = await linked();
    expect(await outcome(() => caller(role).decisions.removeTest({ id: link.id, version: link.version }))).toBe(
      recordInOwnGroup[role],
    );
    const left = (await caller('admin').decisions.get({ id })).testLinks;
    expect(left).toHaveLength(recordInOwnGroup[role] === 'OK' ? 0 : 1);
  });

  it('lets the other group remove its own link, not one it cannot see', async () => {
    const { id } = await draft();
    await establish(id);
    const bravo = await scenarioIn(s.f.otherGroupId, 'outsider');
    const theirs = await caller('outsider').decisions.recordTest({
      decisionId: id,
      scenarioId: bravo.id,
      result: 'HELD',
    });
    const alfa = await scenarioIn(s.f.groupId);
    const ours = await caller('chair').decisions.recordTest({ decisionId: id, scenarioId: alfa.id, result: 'FAILED' });
    expect(await outcome(() => caller('outsider').decisions.removeTest({ id: ours.id, version: ours.version }))).toBe(
      'NOT_FOUND',
    );
    expect(
      await outcome(() => caller('outsider').decisions.removeTest({ id: theirs.id, version: theirs.version })),
    ).toBe('OK');
  });

  it('refuses a stale version and audits the removal', async () => {
    const { id, link } = await linked();
    expect(await outcome(() => caller('chair').decisions.removeTest({ id: link.id, version: link.version + 1 }))).toBe(
      'CONFLICT',
    );
    await caller('chair').decisions.removeTest({ id: link.id, version: link.version });
    expect(await outcome(() => caller('chair').decisions.removeTest({ id: link.id, version: link.version }))).toBe(
      'NOT_FOUND',
    );
    const history = await caller('chair').decisions.history({ id });
    expect(history.map((event) => event.event)).toContain('testRemoved');
  });
});

describe('decisions.testedIn and testTargets', () => {
  it.each(roleNames)('testedIn a scenario as %s', async (role) => {
    const { id } = await draft();
    const scenario = await scenarioIn(s.f.groupId);
    await caller('chair').decisions.recordTest({ decisionId: id, scenarioId: scenario.id, result: 'HELD' });
    const expected: Record<RoleName, string> = { ...readDraft };
    expect(await outcome(() => caller(role).decisions.testedIn({ scenarioId: scenario.id }))).toBe(expected[role]);
  });

  it('lists only the decisions the caller may read', async () => {
    const charlie = await s.h.createGroup({
      name: 'Groep Charlie',
      organisations: ['POLITIE'],
      members: [
        [s.f.outsider, 'chair'],
        [s.f.member, 'member'],
      ],
    });
    const exercise = await exerciseIn(charlie, 'outsider');
    const hidden = await draft();
    const shown = await draft();
    await establish(shown.id);
    await caller('member').decisions.recordTest({ decisionId: hidden.id, exerciseId: exercise.id, result: 'FAILED' });
    await caller('outsider').decisions.recordTest({
      decisionId: shown.id,
      exerciseId: exercise.id,
      result: 'HELD',
      note: 'Werkte',
    });
    const asOutsider = await caller('outsider').decisions.testedIn({ exerciseId: exercise.id });
    expect(asOutsider).toEqual([
      expect.objectContaining({
        decisionId: shown.id,
        result: 'HELD',
        note: 'Werkte',
        outcome: 'ALLOWED_WITH_CONDITIONS',
        status: 'vastgesteld',
      }),
    ]);
    const asMember = await caller('member').decisions.testedIn({ exerciseId: exercise.id });
    expect(asMember.map((row) => row.decisionId).sort()).toEqual([hidden.id, shown.id].sort());
    expect(await outcome(() => caller('chair').decisions.testedIn({ exerciseId: exercise.id }))).toBe('NOT_FOUND');
    expect(
      await outcome(() =>
        caller('chair').decisions.testedIn({ scenarioId: exercise.scenarioId, exerciseId: exercise.id }),
      ),
    ).toBe('BAD_REQUEST');
  });

  it('offers only scenarios and exercises the caller may link', async () => {
    const { id } = await draft();
    await establish(id);
    const alfa = await scenarioIn(s.f.groupId, 'chair', 'Doelwit Alfa');
    const bravo = await scenarioIn(s.f.otherGroupId, 'outsider', 'Doelwit Bravo');
    const titles = async (role: RoleName) =>
      (await caller(role).decisions.testTargets({ decisionId: id, search: 'doelwit' })).map((t) => t.title).sort();
    expect(await titles('chair')).toEqual([alfa.title]);
    expect(await titles('outsider')).toEqual([bravo.title]);
    expect(await titles('observer')).toEqual([]);
    expect(await titles('management')).toEqual([]);
    const draftOnly = await draft();
    expect(await outcome(() => caller('outsider').decisions.testTargets({ decisionId: draftOnly.id }))).toBe(
      'NOT_FOUND',
    );
  });
});
