import { describe, expect, it, beforeAll } from 'vitest';
import { addDays, addMonths } from '@srw/domain';
import { outcome, roleNames, type RoleName } from '../../testing';
import {
  h,
  f,
  defensieId,
  politieId,
  today,
  caller,
  proposal,
  proposeAsAdmin,
  approvedAsAdmin,
  activeAsAdmin,
  usePlacementsHarness,
} from './placements-fixture';

usePlacementsHarness();

describe('placements.get and list', () => {
  let placementId: string;
  beforeAll(async () => {
    placementId = (await proposeAsAdmin()).id;
  });

  const expected: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'OK',
    member: 'OK',
    chair: 'OK',
    management: 'OK',
    admin: 'OK',
  };
  it.each(roleNames)('get as %s', async (role) => {
    expect(await outcome(() => caller(role).placements.get({ id: placementId }))).toBe(expected[role]);
  });

  it.each(roleNames)('list as %s', async (role) => {
    const result = await outcome(async () => {
      const page = await caller(role).placements.list({ groupId: f.groupId, limit: 100 });
      expect(page.items.some((p) => p.id === placementId)).toBe(role !== 'outsider');
    });
    expect(result).toBe(role === 'anonymous' ? 'UNAUTHORIZED' : 'OK');
  });

  it('shows outsiders nothing of the group, anywhere', async () => {
    const outsider = caller('outsider');
    const all = await outsider.placements.list({ limit: 100 });
    expect(all.items.filter((p) => p.groupId === f.groupId)).toEqual([]);
    const timeline = await outsider.placements.timeline({ from: addMonths(today, -1), to: addMonths(today, 12) });
    expect(timeline.items.filter((p) => p.groupId === f.groupId)).toEqual([]);
    const coverage = await outsider.placements.coverage();
    expect(coverage.covered.flatMap((u) => u.placements).filter((p) => p.groupId === f.groupId)).toEqual([]);
    expect(coverage.uncoveredKnown).toBe(false);
  });

  it('lets the person and the proposer see their own placement without a group', async () => {
    const own = await caller('admin').placements.propose(
      proposal({
        person: { kind: 'user', userId: f.candidate.userId },
        homeOrganisationId: politieId,
        hostOrganisationId: defensieId,
        groupId: null,
      }),
    );
    expect(await outcome(() => h.callerFor(f.candidate).placements.get({ id: own.id }))).toBe('OK');
    expect(await outcome(() => caller('member').placements.get({ id: own.id }))).toBe('NOT_FOUND');
    const mine = await h.callerFor(f.candidate).placements.list({});
    expect(mine.items.map((p) => p.id)).toEqual([own.id]);
  });

  it('tells each role what it may do', async () => {
    // Each organisation consents for itself: the Defensie chair for Defensie, Politie's member and management for Politie.
    expect((await caller('chair').placements.get({ id: placementId })).permissions).toMatchObject({
      canEdit: true,
      canConsent: true,
      consentFor: [defensieId],
      canAbort: true,
    });
    expect((await caller('member').placements.get({ id: placementId })).permissions).toMatchObject({
      canEdit: true,
      canConsent: true,
      consentFor: [politieId],
      canAbort: false,
    });
    expect((await caller('observer').placements.get({ id: placementId })).permissions).toMatchObject({
      canEdit: false,
      canConsent: false,
      consentFor: [],
    });
    expect((await caller('management').placements.get({ id: placementId })).permissions).toMatchObject({
      canEdit: true,
      canConsent: true,
      consentFor: [politieId],
    });
  });

  it('lets editors change the period only while it is proposed', async () => {
    const proposed = await caller('member').placements.get({ id: placementId });
    expect(proposed.permissions).toMatchObject({ canEdit: true, canEditPeriod: true });
    const approved = await approvedAsAdmin();
    expect((await caller('member').placements.get({ id: approved.id })).permissions).toMatchObject({
      canEdit: true,
      canEditPeriod: false,
      canConsent: false,
    });
    expect((await caller('chair').placements.get({ id: approved.id })).permissions).toMatchObject({
      canConsent: false,
      canActivate: true,
      canAbort: true,
    });
  });

  it('filters by organisation, unit, status and period, and pages without repeats', async () => {
    for (let i = 0; i < 4; i++)
      await proposeAsAdmin({
        hostUnit: 'Filtereenheid Noord',
        startDate: `2035-0${i + 1}-01`,
        endDate: `2035-0${i + 1}-28`,
      });
    const admin = caller('admin');
    const byUnit = await admin.placements.list({ unit: 'filtereenheid', limit: 100 });
    expect(byUnit.items).toHaveLength(4);
    const byPeriod = await admin.placements.list({
      unit: 'Filtereenheid',
      from: '2035-02-15',
      to: '2035-03-05',
      limit: 100,
    });
    expect(byPeriod.items.map((p) => p.startDate)).toEqual(['2035-02-01', '2035-03-01']);
    const byStatus = await admin.placements.list({ unit: 'Filtereenheid', status: 'actief', limit: 100 });
    expect(byStatus.items).toHaveLength(0);
    const byOrganisation = await admin.placements.list({
      unit: 'Filtereenheid',
      organisationId: politieId,
      limit: 100,
    });
    expect(byOrganisation.items).toHaveLength(4);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof admin.placements.list>> = await admin.placements.list({
        unit: 'Filtereenheid',
        limit: 3,
        cursor,
      });
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });
});

describe('timeline, coverage and person candidates', () => {
  it.each(roleNames)('timeline and coverage as %s', async (role) => {
    const expected = role === 'anonymous' ? 'UNAUTHORIZED' : 'OK';
    expect(
      await outcome(() => caller(role).placements.timeline({ from: addMonths(today, -1), to: addMonths(today, 11) })),
    ).toBe(expected);
    expect(await outcome(() => caller(role).placements.coverage())).toBe(expected);
    expect(await outcome(() => caller(role).placements.personCandidates({ search: '' }))).toBe(expected);
  });

  it('puts current placements per host unit and lists known units nobody covers', async () => {
    await activeAsAdmin({
      hostUnit: 'Dekkingseenheid Zuid',
      startDate: addMonths(today, -2),
      endDate: addMonths(today, 1),
    });
    await activeAsAdmin({
      hostUnit: 'Dekkingseenheid Zuid',
      startDate: addMonths(today, -2),
      endDate: addMonths(today, 8),
    });
    await proposeAsAdmin({
      hostUnit: 'Dekkingseenheid West',
      startDate: addMonths(today, 2),
      endDate: addMonths(today, 8),
    });
    const coverage = await caller('management').placements.coverage();
    const zuid = coverage.covered.find((u) => u.unit === 'Dekkingseenheid Zuid');
    expect(zuid?.placements).toHaveLength(2);
    expect(zuid?.endingSoonCount).toBe(1);
    expect(coverage.uncovered.map((u) => u.unit)).toContain('Dekkingseenheid West');
    expect(coverage.uncovered.map((u) => u.unit)).not.toContain('Dekkingseenheid Zuid');
  });

  it('counts an active placement past its end date as overdue, not as gone', async () => {
    const overdue = await activeAsAdmin({
      hostUnit: 'Dekkingseenheid Noord',
      startDate: addMonths(today, -6),
      endDate: addDays(today, -1),
    });
    // Approved but never started, and past its end: nobody is there.
    await approvedAsAdmin({
      hostUnit: 'Dekkingseenheid Oost',
      startDate: addMonths(today, -6),
      endDate: addDays(today, -1),
    });
    const coverage = await caller('chair').placements.coverage();
    const noord = coverage.covered.find((u) => u.unit === 'Dekkingseenheid Noord');
    expect(noord?.placements.map((p) => [p.id, p.overdue, p.endingSoon])).toEqual([[overdue.id, true, false]]);
    expect(noord?.overdueCount).toBe(1);
    expect(noord?.endingSoonCount).toBe(0);
    expect(coverage.covered.find((u) => u.unit === 'Dekkingseenheid Oost')).toBeUndefined();
    const completed = await caller('chair').placements.complete({ id: overdue.id, version: overdue.version });
    expect(completed.status).toBe('afgerond');
    const after = await caller('chair').placements.coverage();
    expect(after.covered.find((u) => u.unit === 'Dekkingseenheid Noord')).toBeUndefined();
  });

  it('limits the timeline window', async () => {
    await expect(caller('admin').placements.timeline({ from: '2026-01-01', to: '2030-01-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(caller('admin').placements.timeline({ from: '2026-01-01', to: '2026-01-01' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('offers members only themselves and their group mates as person', async () => {
    const forMember = await caller('member').placements.personCandidates({ search: '' });
    expect(forMember.map((u) => u.name).sort()).toEqual(['Lid Lars', 'Voorzitter Vera', 'Waarnemer Wim']);
    const forAdmin = await caller('admin').placements.personCandidates({ search: 'kandidaat' });
    expect(forAdmin.map((u) => u.name)).toEqual(['Kandidaat Kim']);
  });
});
