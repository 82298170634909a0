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
const record: Record<RoleName, string> = { ...read, observer: 'FORBIDDEN', management: 'FORBIDDEN' };

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
  assessmentId = (await caller('chair').assessments.create({ groupId: f.groupId, assessedOn: '2026-03-01', scores }))
    .id;
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

  it('gives management read-only access', async () => {
    const list = await caller('management').assessments.list({ groupId: f.groupId });
    expect(list.permissions.canRecord).toBe(false);
    expect((await caller('member').assessments.list({ groupId: f.groupId })).permissions.canRecord).toBe(true);
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
      await outcome(() => caller(role).assessments.create({ groupId: f.groupId, assessedOn: '2026-01-01', scores })),
    ).toBe(record[role]);
  });

  it('refuses unknown and repeated indicators and stores nothing', async () => {
    const before = (await caller('chair').assessments.list({ groupId: f.groupId })).items.length;
    await expect(
      caller('chair').assessments.create({
        groupId: f.groupId,
        assessedOn: '2026-01-01',
        scores: [{ conditionId: '9.9.z', score: 3 }],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      caller('chair').assessments.create({
        groupId: f.groupId,
        assessedOn: '2026-01-01',
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
        caller(role).assessments.update({ id: assessmentId, version, assessedOn: '2026-03-01', note: role, scores }),
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
      scores,
    });
    await expect(
      caller('member').assessments.update({ id: assessmentId, version, assessedOn: '2026-03-01', note: 'oud', scores }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await caller('chair').assessments.get({ id: assessmentId })).note).toBe('eerste');
  });

  it.each(roleNames)('delete as %s', async (role) => {
    const created = await caller('chair').assessments.create({ groupId: f.groupId, assessedOn: '2025-01-01', scores });
    expect(await outcome(() => caller(role).assessments.delete({ id: created.id, version: created.version }))).toBe(
      record[role],
    );
  });
});

describe('assessments.overview', () => {
  it('compares the latest with the previous assessment and links the weak spots to recommendations', async () => {
    const groupId = await h.createGroup({
      name: 'Scangroep',
      organisations: ['DEFENSIE', 'POLITIE'],
      members: [[f.member, 'chair']],
    });
    const lead = caller('member');
    const defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
    await lead.assessments.create({
      groupId,
      assessedOn: '2026-01-10',
      scores: [
        { conditionId: '1.1.a', score: 3 },
        { conditionId: '2.3.c', score: 2 },
      ],
    });
    await lead.assessments.create({ groupId, assessedOn: '2026-06-10', note: 'Tweede meting', scores });
    const rec = await lead.recommendations.create({
      code: 'S1',
      groupId,
      title: 'Capaciteit vooraf reserveren',
      sourceType: 'working_group',
      level: 'operationeel',
      conditionIds: ['2.3.c'],
      addresseeOrganisationIds: [defensieId],
    });
    // Another group's recommendation on the same indicator stays out of view.
    await caller('outsider').recommendations.create({
      code: 'S2',
      groupId: f.otherGroupId,
      title: 'Elders',
      sourceType: 'working_group',
      level: 'operationeel',
      conditionIds: ['2.3.c'],
      addresseeOrganisationIds: [(await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? ''],
    });

    const overview = await caller('management').assessments.overview({ groupId });
    expect(overview.assessmentCount).toBe(2);
    expect(overview.latest?.assessedOn).toBe('2026-06-10');
    expect(overview.previous?.assessedOn).toBe('2026-01-10');
    expect(overview.categories.latest).toEqual([
      { categoryId: '1', average: 3, scored: 2, notApplicable: 0 },
      { categoryId: '2', average: 1, scored: 1, notApplicable: 1 },
      { categoryId: '3', average: 3, scored: 1, notApplicable: 0 },
    ]);
    expect(overview.categories.previous).toEqual([
      { categoryId: '1', average: 3, scored: 1, notApplicable: 0 },
      { categoryId: '2', average: 2, scored: 1, notApplicable: 0 },
    ]);
    expect(overview.indicators.find((i) => i.conditionId === '2.3.c')).toEqual({
      conditionId: '2.3.c',
      latest: 1,
      previous: 2,
      delta: -1,
    });
    expect(overview.weakest.map((w) => [w.conditionId, w.score, w.recommendations.map((r) => r.code)])).toEqual([
      ['2.3.c', 1, ['S1']],
      ['1.4.a', 2, []],
    ]);
    expect(overview.weakest[0]?.recommendations[0]).toMatchObject({ id: rec.id, status: 'voorgesteld' });
    expect(overview.trend.map((t) => [t.assessedOn, t.categoryId, t.average])).toEqual([
      ['2026-01-10', '1', 3],
      ['2026-01-10', '2', 2],
      ['2026-06-10', '1', 3],
      ['2026-06-10', '2', 1],
      ['2026-06-10', '3', 3],
    ]);
    expect(overview.permissions.canRecord).toBe(false);
  });

  it('is empty for a group without assessments', async () => {
    const overview = await caller('outsider').assessments.overview({ groupId: f.otherGroupId });
    expect(overview).toMatchObject({ latest: null, previous: null, assessmentCount: 0, weakest: [], indicators: [] });
  });
});
