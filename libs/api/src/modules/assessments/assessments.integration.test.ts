import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationByCode } from '@srw/db';
import {
  createTestHarness,
  outcome,
  roleNames,
  seedRoleFixture,
  userOf,
  type RoleFixture,
  type RoleName,
  type TestHarness,
} from '../../testing';

let h: TestHarness;
let f: RoleFixture;
let assessmentId: string;
let defensieId: string;
let politieId: string;

const caller = (role: RoleName) => h.callerFor(userOf(f, role));

const scores = [
  { conditionId: '1.1.a', score: 4, evidence: 'Beide kanten noemen de ander onmisbaar.' },
  { conditionId: '1.4.a', score: 2, evidence: '' },
  { conditionId: '2.3.c', score: 1, evidence: 'Capaciteit ontbreekt steeds.' },
  { conditionId: '2.2.a', score: null, evidence: '' },
  { conditionId: '3.1.b', score: 3, evidence: '' },
];

const read: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'NOT_FOUND',
  observer: 'OK',
  member: 'OK',
  chair: 'OK',
  management: 'OK',
  admin: 'OK',
};
/** Scoring for one's own organisation (the admin writes a break-glass reason): management speaks for its own organisation too. */
const record: Record<RoleName, string> = { ...read, observer: 'FORBIDDEN' };
/** Removing a whole round: the group's chairs and members, and admins. */
const remove: Record<RoleName, string> = { ...read, observer: 'FORBIDDEN', management: 'FORBIDDEN' };

/** The organisation the role speaks for in the fixture's group, and the break-glass reason an admin gives. */
function sideOf(role: RoleName) {
  const user = userOf(f, role);
  return {
    organisationId: user?.organisationId ?? defensieId,
    breakGlassReason: role === 'admin' ? 'De Defensieleden zijn op oefening; ik zet hun scores over van papier.' : '',
  };
}

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
  defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
  politieId = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
  assessmentId = (
    await caller('chair').assessments.create({
      groupId: f.groupId,
      assessedOn: '2026-03-01',
      organisationId: defensieId,
      scores,
    })
  ).id;
});
afterAll(async () => h.close());

async function versionOf(id: string) {
  return (await caller('admin').assessments.get({ id })).version;
}

describe('assessments.list / get / overview', () => {
  it.each(roleNames)('as %s', async (role) => {
    expect(await outcome(() => caller(role).assessments.list({ groupId: f.groupId }))).toBe(read[role]);
    expect(await outcome(() => caller(role).assessments.get({ id: assessmentId }))).toBe(read[role]);
    expect(await outcome(() => caller(role).assessments.overview({ groupId: f.groupId }))).toBe(read[role]);
  });

  it('gives management scoring for its own organisation only, and no corrections of rounds', async () => {
    const list = await caller('management').assessments.list({ groupId: f.groupId });
    expect(list.permissions.scoreFor).toEqual([{ organisationId: politieId, mode: 'own' }]);
    expect((await caller('member').assessments.list({ groupId: f.groupId })).permissions.scoreFor).toEqual([
      { organisationId: politieId, mode: 'own' },
    ]);
    expect((await caller('chair').assessments.list({ groupId: f.groupId })).permissions.scoreFor).toEqual([
      { organisationId: defensieId, mode: 'own' },
    ]);
    expect(
      (await caller('admin').assessments.list({ groupId: f.groupId })).permissions.scoreFor.map((s) => s.mode),
    ).toEqual(['breakGlass', 'breakGlass']);
    expect((await caller('observer').assessments.list({ groupId: f.groupId })).permissions).toEqual({
      canRecord: false,
      scoreFor: [],
    });
    expect((await caller('observer').assessments.get({ id: assessmentId })).permissions.canEdit).toBe(false);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((item) => !item.permissions.canEdit && !item.permissions.canDelete)).toBe(true);
    const asChair = await caller('chair').assessments.list({ groupId: f.groupId });
    expect(asChair.items.find((item) => item.id === assessmentId)?.permissions).toEqual({
      canEdit: true,
      canDelete: true,
    });
  });
});

describe('assessments.create', () => {
  it.each(roleNames)('as %s', async (role) => {
    expect(
      await outcome(() =>
        caller(role).assessments.create({ groupId: f.groupId, assessedOn: '2026-01-01', ...sideOf(role), scores }),
      ),
    ).toBe(record[role]);
  });

  it('lets an organisation speak only for itself', async () => {
    // A Politie member cannot score for Defensie, nor a Defensie chair for Politie.
    await expect(
      caller('member').assessments.create({
        groupId: f.groupId,
        assessedOn: '2026-01-02',
        organisationId: defensieId,
        scores,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'NOT_OWN_ORGANISATION' });
    await expect(
      caller('chair').assessments.update({
        id: assessmentId,
        version: await versionOf(assessmentId),
        assessedOn: '2026-03-01',
        organisationId: politieId,
        scores,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'NOT_OWN_ORGANISATION' });
    // Management speaks for its own organisation, not the other one.
    await expect(
      caller('management').assessments.create({
        groupId: f.groupId,
        assessedOn: '2026-01-02',
        organisationId: defensieId,
        scores,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // OM does not take part in the group.
    const omId = (await findOrganisationByCode(h.handle.db, 'OM'))?.id ?? '';
    await expect(
      caller('admin').assessments.create({
        groupId: f.groupId,
        assessedOn: '2026-01-02',
        organisationId: omId,
        breakGlassReason: 'Test',
        scores,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'ORGANISATION_NOT_IN_GROUP' });
  });

  it('lets an admin score for an organisation only with a written break-glass reason, audited and shown', async () => {
    const groupId = await h.createGroup({ name: 'Noodtoegang', organisations: ['DEFENSIE', 'POLITIE'], members: [] });
    await expect(
      caller('admin').assessments.create({ groupId, assessedOn: '2026-02-02', organisationId: politieId, scores }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'BREAK_GLASS_REASON_REQUIRED' });
    expect((await caller('admin').assessments.list({ groupId })).items).toHaveLength(0);
    const reason = 'Politieleden kunnen niet inloggen; scores overgenomen uit hun e-mail.';
    const created = await caller('admin').assessments.create({
      groupId,
      assessedOn: '2026-02-02',
      organisationId: politieId,
      breakGlassReason: reason,
      scores,
    });
    const round = await caller('management').assessments.get({ id: created.id });
    expect(round.contributions).toEqual([
      expect.objectContaining({ organisationId: politieId, scoredByName: 'Admin Anja', breakGlassReason: reason }),
    ]);
    const overview = await caller('management').assessments.overview({ groupId });
    expect(overview.contributions[0]?.breakGlassReason).toBe(reason);
    const audit = await caller('admin').audit.list({ entityType: 'condition_assessment', entityId: created.id });
    expect(JSON.stringify(audit.items[0])).toContain(reason);
  });

  it('refuses unknown and repeated indicators and stores nothing', async () => {
    const before = (await caller('chair').assessments.list({ groupId: f.groupId })).items.length;
    const side = { organisationId: defensieId };
    await expect(
      caller('chair').assessments.create({
        groupId: f.groupId,
        assessedOn: '2026-01-01',
        ...side,
        scores: [{ conditionId: '9.9.z', score: 3 }],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      caller('chair').assessments.create({
        groupId: f.groupId,
        assessedOn: '2026-01-01',
        ...side,
        scores: [
          { conditionId: '1.1.a', score: 3 },
          { conditionId: '1.1.a', score: 2 },
        ],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller('chair').assessments.create({
        groupId: f.groupId,
        assessedOn: '2026-01-01',
        ...side,
        scores: [{ conditionId: '1.1.a', score: 7 }],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect((await caller('chair').assessments.list({ groupId: f.groupId })).items.length).toBe(before);
  });
});

describe('assessments.update / delete', () => {
  it.each(roleNames)('update as %s', async (role) => {
    const version = await versionOf(assessmentId);
    expect(
      await outcome(() =>
        caller(role).assessments.update({
          id: assessmentId,
          version,
          assessedOn: '2026-03-01',
          note: role,
          ...sideOf(role),
          scores,
        }),
      ),
    ).toBe(record[role]);
  });

  it('refuses a stale version', async () => {
    const version = await versionOf(assessmentId);
    await caller('chair').assessments.update({
      id: assessmentId,
      version,
      assessedOn: '2026-03-01',
      note: 'eerste',
      organisationId: defensieId,
      scores,
    });
    await expect(
      caller('member').assessments.update({
        id: assessmentId,
        version,
        assessedOn: '2026-03-01',
        note: 'oud',
        organisationId: politieId,
        scores,
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await caller('chair').assessments.get({ id: assessmentId })).note).toBe('eerste');
  });

  it.each(roleNames)('delete as %s', async (role) => {
    const created = await caller('chair').assessments.create({
      groupId: f.groupId,
      assessedOn: '2025-01-01',
      organisationId: defensieId,
      scores,
    });
    expect(await outcome(() => caller(role).assessments.delete({ id: created.id, version: created.version }))).toBe(
      remove[role],
    );
  });
});

describe('assessments.overview', () => {
  it('shows both organisations side by side, the gaps, the evidence, and compares rounds on shared indicators', async () => {
    const defensieLid = await h.createUser({ name: 'Defensie Dirk', organisation: 'DEFENSIE' });
    const politieLid = await h.createUser({ name: 'Politie Petra', organisation: 'POLITIE' });
    const groupId = await h.createGroup({
      name: 'Scangroep',
      organisations: ['DEFENSIE', 'POLITIE'],
      members: [
        [defensieLid, 'chair'],
        [politieLid, 'member'],
      ],
    });
    const defensie = h.callerFor(defensieLid);
    const politie = h.callerFor(politieLid);
    // Round 1: only Defensie scored, and only two indicators.
    await defensie.assessments.create({
      groupId,
      assessedOn: '2026-01-10',
      organisationId: defensieId,
      scores: [
        { conditionId: '1.1.a', score: 3 },
        { conditionId: '2.3.c', score: 2 },
      ],
    });
    // Round 2: Defensie opens it, Politie adds its own view to the same round.
    const round = await defensie.assessments.create({
      groupId,
      assessedOn: '2026-06-10',
      note: 'Tweede meting',
      organisationId: defensieId,
      scores: [
        { conditionId: '1.1.a', score: 4, evidence: 'Beide kanten noemen de ander onmisbaar.' },
        { conditionId: '1.4.a', score: 2 },
        { conditionId: '2.3.c', score: 4, evidence: 'Wij houden een pool achter de hand.' },
        { conditionId: '2.2.a', score: null },
        { conditionId: '3.1.b', score: 3 },
      ],
    });
    await politie.assessments.update({
      id: round.id,
      version: round.version,
      assessedOn: '2026-06-10',
      note: 'Tweede meting',
      organisationId: politieId,
      scores: [
        { conditionId: '1.1.a', score: 4 },
        { conditionId: '1.4.a', score: 2 },
        { conditionId: '2.3.c', score: 1, evidence: 'Bij een verzoek is er bijna nooit iemand vrij.' },
        { conditionId: '3.1.b', score: 3 },
      ],
    });
    const rec = await defensie.recommendations.create({
      code: 'S1',
      groupId,
      title: 'Capaciteit vooraf reserveren',
      sourceType: 'working_group',
      level: 'operationeel',
      conditionIds: ['1.4.a'],
      addresseeOrganisationIds: [defensieId],
    });
    // Another group's recommendation on the same indicator stays out of view.
    await caller('outsider').recommendations.create({
      code: 'S2',
      groupId: f.otherGroupId,
      title: 'Elders',
      sourceType: 'working_group',
      level: 'operationeel',
      conditionIds: ['1.4.a'],
      addresseeOrganisationIds: [politieId],
    });

    const overview = await caller('management').assessments.overview({ groupId });
    expect(overview.assessmentCount).toBe(2);
    expect(overview.latest?.assessedOn).toBe('2026-06-10');
    expect(overview.previous?.assessedOn).toBe('2026-01-10');
    expect(overview.contributions.map((c) => [c.organisationId, c.scoredByName])).toEqual([
      [defensieId, 'Defensie Dirk'],
      [politieId, 'Politie Petra'],
    ]);
    expect(overview.indicators.find((i) => i.conditionId === '2.3.c')).toEqual({
      conditionId: '2.3.c',
      organisations: [
        { organisationId: defensieId, score: 4, evidence: 'Wij houden een pool achter de hand.' },
        { organisationId: politieId, score: 1, evidence: 'Bij een verzoek is er bijna nooit iemand vrij.' },
      ],
      combined: 2.5,
      gap: 3,
      previous: 2,
      delta: 0.5,
    });
    expect(overview.largestGaps.map((g) => [g.conditionId, g.gap])).toEqual([['2.3.c', 3]]);
    expect(overview.categories.find((c) => c.categoryId === '2')).toEqual({
      categoryId: '2',
      organisations: [
        { organisationId: defensieId, average: 4 },
        { organisationId: politieId, average: 1 },
      ],
      combined: 2.5,
      gap: 3,
    });
    // The partial first round is compared on the two indicators both rounds scored, not on five against two.
    expect(overview.comparison).toEqual({
      indicatorCount: 2,
      latest: [
        { categoryId: '1', average: 4, scored: 1, notApplicable: 0 },
        { categoryId: '2', average: 2.5, scored: 1, notApplicable: 0 },
      ],
      previous: [
        { categoryId: '1', average: 3, scored: 1, notApplicable: 0 },
        { categoryId: '2', average: 2, scored: 1, notApplicable: 0 },
      ],
    });
    expect(overview.indicators.find((i) => i.conditionId === '1.4.a')).toMatchObject({ previous: null, delta: null });
    expect(overview.weakest.map((w) => [w.conditionId, w.score, w.recommendations.map((r) => r.code)])).toEqual([
      ['1.4.a', 2, ['S1']],
    ]);
    expect(overview.weakest[0]?.recommendations[0]).toMatchObject({ id: rec.id, status: 'voorgesteld' });
    expect(overview.trend.map((t) => [t.assessedOn, t.categoryId, t.average])).toEqual([
      ['2026-01-10', '1', 3],
      ['2026-01-10', '2', 2],
      ['2026-06-10', '1', 3],
      ['2026-06-10', '2', 2.5],
      ['2026-06-10', '3', 3],
    ]);
    expect(overview.permissions.scoreFor).toEqual([{ organisationId: politieId, mode: 'own' }]);

    // History per round: the first round can still be opened, and Politie's later scores left it alone.
    const first = await caller('management').assessments.overview({
      groupId,
      assessmentId: overview.previous?.id ?? '',
    });
    expect(first.latest?.assessedOn).toBe('2026-01-10');
    expect(first.previous).toBeNull();
    expect(first.contributions.map((c) => c.organisationId)).toEqual([defensieId]);
    expect(first.indicators.map((i) => [i.conditionId, i.combined, i.gap])).toEqual([
      ['1.1.a', 3, null],
      ['2.3.c', 2, null],
    ]);
    // Scoring a round again replaces only that organisation's scores.
    const again = await defensie.assessments.get({ id: round.id });
    await defensie.assessments.update({
      id: round.id,
      version: again.version,
      assessedOn: '2026-06-10',
      note: 'Tweede meting',
      organisationId: defensieId,
      scores: [{ conditionId: '2.3.c', score: 3 }],
    });
    const after = await defensie.assessments.get({ id: round.id });
    expect(after.scores.filter((s) => s.organisationId === politieId)).toHaveLength(4);
    expect(after.scores.filter((s) => s.organisationId === defensieId)).toEqual([
      { organisationId: defensieId, conditionId: '2.3.c', score: 3, evidence: '' },
    ]);
  });

  it('answers NOT_FOUND for a round of another group', async () => {
    await expect(
      caller('management').assessments.overview({ groupId: f.otherGroupId, assessmentId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is empty for a group without assessments', async () => {
    const overview = await caller('outsider').assessments.overview({ groupId: f.otherGroupId });
    expect(overview).toMatchObject({ latest: null, previous: null, assessmentCount: 0, weakest: [], indicators: [] });
  });
});
