import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, findOrganisationByCode, placementLessons, recommendations } from '@srw/db';
import { addDays, addMonths, calendarDateInNetherlands, type CreateLessonRecommendationInput, type ProposePlacementInput } from '@srw/domain';
import { formatErrorData } from '../../errors';
import { createTestHarness, outcome, roleNames, seedRoleFixture, userOf, type RoleFixture, type RoleName, type TestHarness } from '../../testing';

let h: TestHarness;
let f: RoleFixture;
let defensieId: string;
let politieId: string;
const today = calendarDateInNetherlands(new Date());

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h, 'Plaatsing');
  defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
  politieId = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
});
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));

let personCounter = 0;
/** A proposal for a new named person (so overlaps only happen on purpose), linked to the fixture's group. */
function proposal(overrides: Partial<ProposePlacementInput> = {}): ProposePlacementInput {
  personCounter += 1;
  return {
    person: { kind: 'named', name: `Liaison ${personCounter}` },
    homeOrganisationId: defensieId,
    homeUnit: 'Staf Landstrijdkrachten',
    hostOrganisationId: politieId,
    hostUnit: 'Eenheid Oost-Nederland',
    hostFunction: 'Liaison operaties',
    purpose: 'Elkaars werkwijze leren kennen bij zoekacties.',
    learningGoals: '',
    startDate: addDays(today, -7),
    endDate: addMonths(today, 6),
    hoursPerWeek: 16,
    homeContact: '',
    hostContact: '',
    groupId: f.groupId,
    classification: 'ONGERUBRICEERD',
    clearanceLevel: 'geen',
    clearanceExpiresOn: null,
    accessGrants: [],
    ...overrides,
  };
}

async function proposeAsAdmin(overrides: Partial<ProposePlacementInput> = {}) {
  return caller('admin').placements.propose(proposal(overrides));
}

async function approvedAsAdmin(overrides: Partial<ProposePlacementInput> = {}) {
  const created = await proposeAsAdmin(overrides);
  return caller('admin').placements.approve({ id: created.id, version: created.version });
}

async function activeAsAdmin(overrides: Partial<ProposePlacementInput> = {}) {
  const approved = await approvedAsAdmin(overrides);
  return caller('admin').placements.activate({ id: approved.id, version: approved.version });
}

describe('placements.propose', () => {
  const expected: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'OK',
    chair: 'OK',
    management: 'OK',
    admin: 'OK',
  };
  it.each(roleNames)('for the group, as %s', async (role) => {
    expect(await outcome(() => caller(role).placements.propose(proposal()))).toBe(expected[role]);
  });

  it('lets a member propose themselves without a group, but nobody else', async () => {
    const own = await caller('member').placements.propose(
      proposal({ person: { kind: 'user', userId: f.member.userId }, homeOrganisationId: politieId, hostOrganisationId: defensieId, groupId: null }),
    );
    expect(own.personName).toBe('Lid Lars');
    expect(own.status).toBe('voorgesteld');
    expect(
      await outcome(() =>
        caller('member').placements.propose(
          proposal({ person: { kind: 'user', userId: f.candidate.userId }, homeOrganisationId: politieId, hostOrganisationId: defensieId, groupId: null }),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await outcome(() => caller('member').placements.propose(proposal({ groupId: null })))).toBe('FORBIDDEN');
  });

  it('records who proposed it in the group history', async () => {
    const created = await caller('member').placements.propose(proposal());
    const history = await caller('chair').audit.list({ groupId: f.groupId, entityId: created.id });
    expect(history.items.map((e) => `${e.entityType}:${e.action}:${e.actorName}`)).toEqual(['placement:create:Lid Lars']);
  });

  it('refuses an end date on or before the start date, on the end date field', async () => {
    const error = await proposeAsAdmin({ startDate: '2027-03-01', endDate: '2027-03-01' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    const formatted = formatErrorData(error as TRPCError, { httpStatus: 400 });
    expect(formatted.message).toBe('PLACEMENT_END_BEFORE_START');
    expect(formatted.data).toMatchObject({ code: 'BAD_REQUEST', domainCode: 'PLACEMENT_END_BEFORE_START', fieldErrors: { endDate: ['errors.PLACEMENT_END_BEFORE_START'] } });
  });

  it('refuses impossible dates with a field key', async () => {
    const error = await proposeAsAdmin({ startDate: '2027-02-29' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(formatErrorData(error as TRPCError, { httpStatus: 400 }).data.fieldErrors).toEqual({ startDate: ['validation.date'] });
  });

  it('refuses a placement within the own organisation, and one marked above the ceiling', async () => {
    await expect(proposeAsAdmin({ hostOrganisationId: defensieId })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(proposeAsAdmin({ classification: 'DEPARTEMENTAAL_VERTROUWELIJK' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'CLASSIFICATION_ABOVE_CEILING',
    });
  });

  it('needs the home organisation of the account placed', async () => {
    await expect(
      proposeAsAdmin({ person: { kind: 'user', userId: f.chair.userId }, homeOrganisationId: politieId, hostOrganisationId: defensieId }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'HOME_ORGANISATION_NOT_PERSONS', cause: { params: { name: 'Voorzitter Vera' } } });
  });
});

describe('overlap', () => {
  it('refuses an overlapping placement for the same person and names the clash', async () => {
    const first = await proposeAsAdmin({ startDate: '2030-01-01', endDate: '2030-03-31', hostUnit: 'Eenheid Rotterdam' });
    const name = first.personName;
    await expect(
      proposeAsAdmin({ person: { kind: 'named', name: `  ${name.toUpperCase()} ` }, startDate: '2030-03-31', endDate: '2030-06-30' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'PLACEMENT_OVERLAP',
      cause: { params: { hostUnit: 'Eenheid Rotterdam', hostOrganisation: 'Nationale Politie', startDate: '2030-01-01', endDate: '2030-03-31' } },
    });
    // The day after the end is free; so is the same name at another home organisation.
    const next = await proposeAsAdmin({ person: { kind: 'named', name }, startDate: '2030-04-01', endDate: '2030-06-30' });
    expect(next.startDate).toBe('2030-04-01');
    const other = await proposeAsAdmin({
      person: { kind: 'named', name },
      homeOrganisationId: politieId,
      hostOrganisationId: defensieId,
      startDate: '2030-02-01',
      endDate: '2030-02-28',
    });
    expect(other.personKey).not.toBe(first.personKey);
  });

  it('frees the period of an aborted placement', async () => {
    const first = await proposeAsAdmin({ startDate: '2031-01-01', endDate: '2031-06-30' });
    await caller('admin').placements.abort({ id: first.id, version: first.version, reason: 'Gaat niet door.' });
    const again = await proposeAsAdmin({ person: { kind: 'named', name: first.personName }, startDate: '2031-02-01', endDate: '2031-05-31' });
    expect(again.status).toBe('voorgesteld');
  });

  it('checks moves of the period on update too', async () => {
    const first = await proposeAsAdmin({ startDate: '2032-01-01', endDate: '2032-02-29' });
    const second = await proposeAsAdmin({ person: { kind: 'named', name: first.personName }, startDate: '2032-03-01', endDate: '2032-06-30' });
    await expect(
      caller('admin').placements.update({ ...proposal(), id: second.id, version: second.version, startDate: '2032-02-29', endDate: '2032-06-30' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'PLACEMENT_OVERLAP', cause: { params: { startDate: '2032-01-01', endDate: '2032-02-29' } } });
  });

  it('lets exactly one of two racing proposals for one person through', async () => {
    for (const person of [
      { kind: 'named' as const, name: 'Racende Rik' },
      { kind: 'user' as const, userId: f.observer.userId },
    ]) {
      const input = proposal({ person, startDate: '2033-01-01', endDate: '2033-12-31' });
      const results = await Promise.all([
        outcome(() => caller('admin').placements.propose(input)),
        outcome(() => caller('management').placements.propose({ ...input, startDate: '2033-06-01', endDate: '2034-05-31' })),
      ]);
      expect(results.sort()).toEqual(['CONFLICT', 'OK']);
    }
    const list = await caller('admin').placements.list({ from: '2033-01-01', to: '2034-12-31', limit: 100 });
    expect(list.items.filter((p) => p.personName === 'Racende Rik')).toHaveLength(1);
    expect(list.items.filter((p) => p.personUserId === f.observer.userId)).toHaveLength(1);
  });
});

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
      proposal({ person: { kind: 'user', userId: f.candidate.userId }, homeOrganisationId: politieId, hostOrganisationId: defensieId, groupId: null }),
    );
    expect(await outcome(() => h.callerFor(f.candidate).placements.get({ id: own.id }))).toBe('OK');
    expect(await outcome(() => caller('member').placements.get({ id: own.id }))).toBe('NOT_FOUND');
    const mine = await h.callerFor(f.candidate).placements.list({});
    expect(mine.items.map((p) => p.id)).toEqual([own.id]);
  });

  it('tells each role what it may do', async () => {
    expect((await caller('chair').placements.get({ id: placementId })).permissions).toMatchObject({ edit: true, approve: true, abort: true });
    expect((await caller('member').placements.get({ id: placementId })).permissions).toMatchObject({ edit: true, approve: false, abort: false });
    expect((await caller('observer').placements.get({ id: placementId })).permissions).toMatchObject({ edit: false, approve: false });
    expect((await caller('management').placements.get({ id: placementId })).permissions).toMatchObject({ edit: true, approve: true });
  });

  it('filters by organisation, unit, status and period, and pages without repeats', async () => {
    for (let i = 0; i < 4; i++) await proposeAsAdmin({ hostUnit: 'Filtereenheid Noord', startDate: `2035-0${i + 1}-01`, endDate: `2035-0${i + 1}-28` });
    const admin = caller('admin');
    const byUnit = await admin.placements.list({ unit: 'filtereenheid', limit: 100 });
    expect(byUnit.items).toHaveLength(4);
    const byPeriod = await admin.placements.list({ unit: 'Filtereenheid', from: '2035-02-15', to: '2035-03-05', limit: 100 });
    expect(byPeriod.items.map((p) => p.startDate)).toEqual(['2035-02-01', '2035-03-01']);
    const byStatus = await admin.placements.list({ unit: 'Filtereenheid', status: 'actief', limit: 100 });
    expect(byStatus.items).toHaveLength(0);
    const byOrganisation = await admin.placements.list({ unit: 'Filtereenheid', organisationId: politieId, limit: 100 });
    expect(byOrganisation.items).toHaveLength(4);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof admin.placements.list>> = await admin.placements.list({ unit: 'Filtereenheid', limit: 3, cursor });
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });
});

describe('placements.update', () => {
  const expected: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'OK',
    chair: 'OK',
    management: 'OK',
    admin: 'OK',
  };
  it.each(roleNames)('as %s', async (role) => {
    const created = await proposeAsAdmin();
    const result = await outcome(() =>
      caller(role).placements.update({ ...proposal(), id: created.id, version: created.version, startDate: created.startDate, endDate: created.endDate, hostFunction: `Door ${role}` }),
    );
    expect(result).toBe(expected[role]);
  });

  it('refuses a stale version and changes nothing', async () => {
    const created = await proposeAsAdmin();
    const base = { ...proposal(), id: created.id, startDate: created.startDate, endDate: created.endDate };
    await caller('chair').placements.update({ ...base, version: created.version, hostFunction: 'Eerste wijziging' });
    await expect(caller('member').placements.update({ ...base, version: created.version, hostFunction: 'Verouderd' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'VERSION_CONFLICT',
    });
    const current = await caller('admin').placements.get({ id: created.id });
    expect(current.hostFunction).toBe('Eerste wijziging');
    expect(current.version).toBe(created.version + 1);
  });

  it('locks the period after approval', async () => {
    const approved = await approvedAsAdmin();
    await expect(
      caller('admin').placements.update({ ...proposal(), id: approved.id, version: approved.version, startDate: approved.startDate, endDate: addMonths(approved.endDate, 1) }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'PLACEMENT_PERIOD_LOCKED' });
  });
});

describe('lifecycle', () => {
  const approvers: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'FORBIDDEN',
    chair: 'OK',
    management: 'OK',
    admin: 'OK',
  };

  it.each(roleNames)('approve as %s', async (role) => {
    const created = await proposeAsAdmin();
    expect(await outcome(() => caller(role).placements.approve({ id: created.id, version: created.version }))).toBe(approvers[role]);
  });

  it.each(roleNames)('activate as %s', async (role) => {
    const approved = await approvedAsAdmin();
    expect(await outcome(() => caller(role).placements.activate({ id: approved.id, version: approved.version }))).toBe(approvers[role]);
  });

  it.each(roleNames)('complete as %s', async (role) => {
    const active = await activeAsAdmin({ startDate: addMonths(today, -6), endDate: today });
    expect(await outcome(() => caller(role).placements.complete({ id: active.id, version: active.version }))).toBe(approvers[role]);
  });

  it.each(roleNames)('abort as %s', async (role) => {
    const created = await proposeAsAdmin();
    expect(await outcome(() => caller(role).placements.abort({ id: created.id, version: created.version, reason: 'Capaciteit is nodig bij de eigen eenheid.' }))).toBe(
      approvers[role],
    );
  });

  it('cannot activate without approval or before the start date', async () => {
    const created = await proposeAsAdmin();
    await expect(caller('admin').placements.activate({ id: created.id, version: created.version })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'PLACEMENT_NOT_APPROVED',
    });
    const future = await approvedAsAdmin({ startDate: addDays(today, 1), endDate: addMonths(today, 6) });
    await expect(caller('admin').placements.activate({ id: future.id, version: future.version })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'PLACEMENT_NOT_STARTED',
      cause: { params: { startDate: addDays(today, 1) } },
    });
    const startsToday = await approvedAsAdmin({ startDate: today, endDate: addMonths(today, 6) });
    const active = await caller('chair').placements.activate({ id: startsToday.id, version: startsToday.version });
    expect(active.status).toBe('actief');
    const detail = await caller('chair').placements.get({ id: active.id });
    expect(detail.approvedByName).toBe('Admin Anja');
  });

  it('completes only from the end date, and shows an open placement past its end as overdue', async () => {
    const running = await activeAsAdmin({ startDate: addMonths(today, -2), endDate: addDays(today, 1) });
    await expect(caller('admin').placements.complete({ id: running.id, version: running.version })).rejects.toMatchObject({ code: 'CONFLICT' });
    const late = await activeAsAdmin({ startDate: addMonths(today, -3), endDate: addDays(today, -1) });
    const detail = await caller('admin').placements.get({ id: late.id });
    expect(detail.overdue).toBe(true);
    expect((await caller('admin').placements.get({ id: running.id })).overdue).toBe(false);
  });

  it('keeps the abort reason and refuses aborting without one', async () => {
    const created = await proposeAsAdmin();
    await expect(caller('admin').placements.abort({ id: created.id, version: created.version, reason: ' ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await caller('admin').placements.abort({ id: created.id, version: created.version, reason: 'Persoon is overgeplaatst.' });
    const detail = await caller('member').placements.get({ id: created.id });
    expect(detail).toMatchObject({ status: 'afgebroken', abortReason: 'Persoon is overgeplaatst.' });
    expect(detail.permissions.edit).toBe(false);
  });

  it('flags clearance and access that lapse before the end', async () => {
    const created = await proposeAsAdmin({
      endDate: addMonths(today, 6),
      clearanceLevel: 'B',
      clearanceExpiresOn: addMonths(today, 5),
      accessGrants: [
        { system: 'Politie-intranet', expiresOn: addMonths(today, 6) },
        { system: 'BVH', expiresOn: addMonths(today, 2) },
      ],
    });
    const detail = await caller('member').placements.get({ id: created.id });
    expect(detail.accessWarnings.map((w) => w.system ?? w.kind)).toEqual(['clearance', 'BVH']);
  });
});

describe('extensions', () => {
  const editors: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'OK',
    chair: 'OK',
    management: 'OK',
    admin: 'OK',
  };
  it.each(roleNames)('request on time as %s', async (role) => {
    const active = await activeAsAdmin({ endDate: addMonths(today, 6) });
    expect(
      await outcome(() =>
        caller(role).placements.requestExtension({ id: active.id, version: active.version, newEndDate: addMonths(today, 9), rationale: 'Project loopt door.' }),
      ),
    ).toBe(editors[role]);
  });

  it('refuses a late request with the deadline, unless an admin overrides with a reason', async () => {
    const end = addMonths(today, 2);
    const active = await activeAsAdmin({ startDate: addMonths(today, -1), endDate: end });
    const late = { id: active.id, version: active.version, newEndDate: addMonths(today, 6), rationale: 'Nog niet klaar.' };
    await expect(caller('chair').placements.requestExtension(late)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'EXTENSION_TOO_LATE',
      cause: { params: { deadline: addMonths(end, -3) } },
    });
    await expect(caller('management').placements.requestExtension({ ...late, overrideReason: 'Graag toch' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const extension = await caller('admin').placements.requestExtension({ ...late, overrideReason: 'Inzet bij grote oefening loopt uit.' });
    expect(extension).toMatchObject({ status: 'aangevraagd', overrideReason: 'Inzet bij grote oefening loopt uit.', previousEndDate: end });
    await expect(caller('admin').placements.requestExtension({ ...late, overrideReason: 'Nog een keer' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'EXTENSION_PENDING',
    });
  });

  const deciders: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'FORBIDDEN',
    chair: 'OK',
    management: 'OK',
    admin: 'OK',
  };
  it.each(roleNames)('decide as %s', async (role) => {
    const active = await activeAsAdmin({ endDate: addMonths(today, 6) });
    const extension = await caller('member').placements.requestExtension({ id: active.id, version: active.version, newEndDate: addMonths(today, 9), rationale: 'x' });
    expect(await outcome(() => caller(role).placements.decideExtension({ extensionId: extension.id, version: extension.version, approve: true, note: '' }))).toBe(
      deciders[role],
    );
  });

  it('moves the end date on approval, once, and not into another placement', async () => {
    const active = await activeAsAdmin({ endDate: addMonths(today, 6) });
    const newEnd = addMonths(today, 9);
    const extension = await caller('member').placements.requestExtension({ id: active.id, version: active.version, newEndDate: newEnd, rationale: 'Meer tijd nodig.' });
    const decided = await caller('chair').placements.decideExtension({ extensionId: extension.id, version: extension.version, approve: true, note: 'Akkoord.' });
    expect(decided.status).toBe('goedgekeurd');
    const detail = await caller('member').placements.get({ id: active.id });
    expect(detail.endDate).toBe(newEnd);
    expect(detail.extensions.map((e) => [e.status, e.decidedByName])).toEqual([['goedgekeurd', 'Voorzitter Vera']]);
    await expect(
      caller('chair').placements.decideExtension({ extensionId: extension.id, version: decided.version, approve: false, note: '' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const next = await proposeAsAdmin({ person: { kind: 'named', name: detail.personName }, startDate: addDays(newEnd, 1), endDate: addMonths(newEnd, 6) });
    expect(next.status).toBe('voorgesteld');
    const blocked = await caller('member').placements.requestExtension({ id: active.id, version: detail.version, newEndDate: addMonths(newEnd, 2), rationale: 'Nog langer.' });
    await expect(caller('chair').placements.decideExtension({ extensionId: blocked.id, version: blocked.version, approve: true, note: '' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'PLACEMENT_OVERLAP',
    });
    const rejected = await caller('chair').placements.decideExtension({ extensionId: blocked.id, version: blocked.version, approve: false, note: 'Volgt een nieuwe plaatsing.' });
    expect(rejected.status).toBe('afgewezen');
  });
});

describe('debrief', () => {
  it.each(roleNames)('save as %s', async (role) => {
    const created = await proposeAsAdmin();
    const aborted = await caller('admin').placements.abort({ id: created.id, version: created.version, reason: 'Vroegtijdig gestopt.' });
    const expected: Record<RoleName, string> = {
      anonymous: 'UNAUTHORIZED',
      outsider: 'NOT_FOUND',
      observer: 'FORBIDDEN',
      member: 'OK',
      chair: 'OK',
      management: 'OK',
      admin: 'OK',
    };
    expect(
      await outcome(() =>
        caller(role).placements.saveDebrief({ id: aborted.id, version: aborted.version, whatWorked: 'Korte lijnen.', whatDidNotWork: '', lessons: ['Eerder beginnen.'] }),
      ),
    ).toBe(expected[role]);
  });

  it('waits for the end, keeps lessons and their recommendation links', async () => {
    const active = await activeAsAdmin();
    await expect(
      caller('member').placements.saveDebrief({ id: active.id, version: active.version, whatWorked: 'x', whatDidNotWork: '', lessons: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'DEBRIEF_NOT_YET' });
    const aborted = await caller('chair').placements.abort({ id: active.id, version: active.version, reason: 'Reorganisatie.' });
    const saved = await caller('member').placements.saveDebrief({
      id: aborted.id,
      version: aborted.version,
      whatWorked: 'Meelopen met de meldkamer.',
      whatDidNotWork: 'Toegang tot systemen duurde weken.',
      lessons: ['Vraag toegang aan vóór de start.', 'Wijs een vaste begeleider aan.'],
    });
    const detail = await caller('observer').placements.get({ id: saved.id });
    expect(detail.lessons.map((l) => l.lesson)).toEqual(['Vraag toegang aan vóór de start.', 'Wijs een vaste begeleider aan.']);
    const [first] = detail.lessons;
    if (!first) throw new Error('no lesson');
    const { recommendation } = await caller('chair').placements.createLessonRecommendation({ ...recommendationFields(), lessonId: first.id, version: first.version });
    // Reordered, one lesson reworded: the converted lesson keeps its row and link.
    await caller('member').placements.saveDebrief({
      id: saved.id,
      version: saved.version,
      whatWorked: 'Meelopen met de meldkamer.',
      whatDidNotWork: 'Toegang tot systemen duurde weken.',
      lessons: ['Wijs vooraf een vaste begeleider aan.', 'Vraag toegang aan vóór de start.'],
    });
    const after = await caller('member').placements.get({ id: saved.id });
    expect(after.lessons.map((l) => [l.lesson, l.recommendation?.code ?? null])).toEqual([
      ['Wijs vooraf een vaste begeleider aan.', null],
      ['Vraag toegang aan vóór de start.', recommendation.code],
    ]);
    expect(after.lessons[1]?.id).toBe(first.id);
    expect(after.debriefWhatDidNotWork).toBe('Toegang tot systemen duurde weken.');
  });
});

/** What a user fills in when turning a lesson into a recommendation. */
function recommendationFields(): Omit<CreateLessonRecommendationInput, 'lessonId' | 'version'> {
  return {
    title: 'Regel systeemtoegang vóór de start van een plaatsing',
    description: 'Uit de debriefing: toegang duurde weken.',
    level: 'operationeel',
    addresseeOrganisationIds: [defensieId, politieId],
    dueDate: null,
    priority: false,
    conditionIds: ['2.5.b'],
  };
}

/** A closed placement with a debrief of the given lessons; returns its detail as the admin sees it. */
async function debriefedAsAdmin(lessons: string[], overrides: Partial<ProposePlacementInput> = {}) {
  const created = await proposeAsAdmin(overrides);
  const aborted = await caller('admin').placements.abort({ id: created.id, version: created.version, reason: 'Vroegtijdig gestopt.' });
  await caller('admin').placements.saveDebrief({ id: aborted.id, version: aborted.version, whatWorked: 'Korte lijnen.', whatDidNotWork: '', lessons });
  return caller('admin').placements.get({ id: created.id });
}

function firstLesson(detail: { lessons: { id: string; version: number }[] }) {
  const [lesson] = detail.lessons;
  if (!lesson) throw new Error('no lesson');
  return lesson;
}

describe('placements.createLessonRecommendation', () => {
  it.each(roleNames)('for a group placement, as %s', async (role) => {
    const lesson = firstLesson(await debriefedAsAdmin(['Eerder beginnen met de aanvraag.']));
    // Management edits every debrief, but the register lets only the group's chairs and members add to it.
    const expected: Record<RoleName, string> = {
      anonymous: 'UNAUTHORIZED',
      outsider: 'NOT_FOUND',
      observer: 'FORBIDDEN',
      member: 'OK',
      chair: 'OK',
      management: 'FORBIDDEN',
      admin: 'OK',
    };
    expect(
      await outcome(() => caller(role).placements.createLessonRecommendation({ ...recommendationFields(), lessonId: lesson.id, version: lesson.version })),
    ).toBe(expected[role]);
  });

  it('lets management turn a lesson of a placement without a group into a management-level recommendation', async () => {
    const lesson = firstLesson(await debriefedAsAdmin(['Plaats liaisons voor minstens een half jaar.'], { groupId: null }));
    expect(
      await outcome(() => caller('member').placements.createLessonRecommendation({ ...recommendationFields(), lessonId: lesson.id, version: lesson.version })),
    ).toBe('NOT_FOUND');
    const { recommendation } = await caller('management').placements.createLessonRecommendation({
      ...recommendationFields(),
      lessonId: lesson.id,
      version: lesson.version,
    });
    const inRegister = await caller('member').recommendations.get({ id: recommendation.id });
    expect(inRegister.groupId).toBeNull();
  });

  it('puts the recommendation in the register with its source, links the lesson and audits both', async () => {
    const detail = await debriefedAsAdmin(['Vraag toegang aan vóór de start.', 'Wijs een vaste begeleider aan.']);
    const lesson = firstLesson(detail);
    const result = await caller('member').placements.createLessonRecommendation({
      ...recommendationFields(),
      dueDate: addMonths(today, 3),
      priority: true,
      lessonId: lesson.id,
      version: lesson.version,
    });
    expect(result.lesson.recommendationId).toBe(result.recommendation.id);
    expect(result.lesson.version).toBe(lesson.version + 1);

    const inRegister = await caller('observer').recommendations.get({ id: result.recommendation.id });
    expect(inRegister).toMatchObject({
      code: result.recommendation.code,
      title: 'Regel systeemtoegang vóór de start van een plaatsing',
      status: 'voorgesteld',
      sourceType: 'liaison_debrief',
      sourceId: lesson.id,
      groupId: f.groupId,
      level: 'operationeel',
      priority: true,
      dueDate: addMonths(today, 3),
      conditionIds: ['2.5.b'],
    });
    expect(inRegister.sourceReference).toBe(
      `Debriefing liaisonplaatsing ${detail.personName} bij ${detail.hostUnit}, ${detail.startDate.split('-').reverse().map(Number).join('-')} t/m ${detail.endDate
        .split('-')
        .reverse()
        .map(Number)
        .join('-')}`,
    );
    expect(inRegister.addressees.map((a) => a.organisationId).sort()).toEqual([defensieId, politieId].sort());
    // The recommendation links back to the placement it came from.
    expect(inRegister.origins).toEqual([{ kind: 'placement', id: detail.id, label: detail.personName }]);
    const bySource = await caller('member').recommendations.list({ sourceType: 'liaison_debrief', limit: 100 });
    expect(bySource.items.map((r) => r.id)).toContain(result.recommendation.id);

    const after = await caller('observer').placements.get({ id: detail.id });
    expect(after.lessons.map((l) => [l.converted, l.recommendation])).toEqual([
      [true, { id: result.recommendation.id, code: result.recommendation.code, title: result.recommendation.title }],
      [false, null],
    ]);

    const lessonHistory = await caller('chair').audit.list({ groupId: f.groupId, entityId: lesson.id });
    expect(lessonHistory.items.map((e) => `${e.entityType}:${e.action}:${e.actorName}`)).toEqual(['placement_lesson:update:Lid Lars']);
    const recommendationHistory = await caller('chair').audit.list({ groupId: f.groupId, entityId: result.recommendation.id });
    expect(recommendationHistory.items.map((e) => `${e.entityType}:${e.action}:${e.actorName}`)).toEqual(['recommendation:create:Lid Lars']);
  });

  it('refuses a stale version and a second conversion', async () => {
    const lesson = firstLesson(await debriefedAsAdmin(['Maak afspraken over verlof.']));
    expect(
      await outcome(() => caller('chair').placements.createLessonRecommendation({ ...recommendationFields(), lessonId: lesson.id, version: lesson.version + 1 })),
    ).toBe('CONFLICT');
    const { lesson: linked } = await caller('chair').placements.createLessonRecommendation({
      ...recommendationFields(),
      lessonId: lesson.id,
      version: lesson.version,
    });
    await expect(
      caller('chair').placements.createLessonRecommendation({ ...recommendationFields(), lessonId: lesson.id, version: linked.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'LESSON_ALREADY_CONVERTED' });
    const fromLesson = await h.handle.db.select().from(recommendations).where(eq(recommendations.sourceId, lesson.id));
    expect(fromLesson).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous conversions through', async () => {
    const lesson = firstLesson(await debriefedAsAdmin(['Spreek een vast overleg af.']));
    const convert = (role: RoleName) => () =>
      caller(role).placements.createLessonRecommendation({ ...recommendationFields(), lessonId: lesson.id, version: lesson.version });
    const results = await Promise.all([outcome(convert('chair')), outcome(convert('member'))]);
    expect(results.sort()).toEqual(['CONFLICT', 'OK']);
    expect(await h.handle.db.select().from(recommendations).where(eq(recommendations.sourceId, lesson.id))).toHaveLength(1);
  });

  it('leaves the lesson and the register unchanged when the register refuses', async () => {
    const lesson = firstLesson(await debriefedAsAdmin(['Deel het dienstrooster vooraf.']));
    const unknownOrganisation = '6f1c2d7e-0000-4000-8000-000000000042';
    await expect(
      caller('chair').placements.createLessonRecommendation({
        ...recommendationFields(),
        addresseeOrganisationIds: [politieId, unknownOrganisation],
        lessonId: lesson.id,
        version: lesson.version,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller('chair').placements.createLessonRecommendation({ ...recommendationFields(), conditionIds: ['9.9.z'], lessonId: lesson.id, version: lesson.version }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const [row] = await h.handle.db.select().from(placementLessons).where(eq(placementLessons.id, lesson.id));
    expect(row).toMatchObject({ version: lesson.version, recommendationId: null });
    expect(await h.handle.db.select().from(recommendations).where(eq(recommendations.sourceId, lesson.id))).toHaveLength(0);
    const history = await caller('admin').audit.list({ entityId: lesson.id });
    expect(history.items).toHaveLength(0);
    // And it can still be converted afterwards.
    expect(
      await outcome(() => caller('chair').placements.createLessonRecommendation({ ...recommendationFields(), lessonId: lesson.id, version: lesson.version })),
    ).toBe('OK');
  });

  it('keeps a converted lesson in the debrief, and shows its recommendation only to who may read it', async () => {
    const detail = await debriefedAsAdmin(['Bespreek bevoegdheden vooraf.', 'Zorg voor een pas.'], {
      person: { kind: 'user', userId: f.candidate.userId },
      homeOrganisationId: politieId,
      hostOrganisationId: defensieId,
      startDate: '2036-01-01',
      endDate: '2036-06-30',
    });
    const lesson = firstLesson(detail);
    await caller('chair').placements.createLessonRecommendation({ ...recommendationFields(), lessonId: lesson.id, version: lesson.version });
    // The person placed reads the placement but not the group's register.
    const personView = await h.callerFor(f.candidate).placements.get({ id: detail.id });
    expect(personView.lessons.map((l) => [l.converted, l.recommendation])).toEqual([
      [true, null],
      [false, null],
    ]);
    expect(personView.permissions.debrief).toBe(true);
    expect(personView.permissions.convertLessons).toBe(false);
    const other = personView.lessons[1];
    if (!other) throw new Error('no second lesson');
    expect(
      await outcome(() => h.callerFor(f.candidate).placements.createLessonRecommendation({ ...recommendationFields(), lessonId: other.id, version: other.version })),
    ).toBe('FORBIDDEN');

    const current = await caller('admin').placements.get({ id: detail.id });
    await expect(
      caller('chair').placements.saveDebrief({ id: detail.id, version: current.version, whatWorked: '', whatDidNotWork: '', lessons: ['Zorg voor een pas.'] }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'LESSON_CONVERTED_LOCKED' });
  });

  it('tells each role whether it may convert', async () => {
    const detail = await debriefedAsAdmin(['Iets om te leren.']);
    const may: Partial<Record<RoleName, boolean>> = { observer: false, member: true, chair: true, management: false, admin: true };
    for (const [role, expected] of Object.entries(may)) {
      const view = await caller(role as RoleName).placements.get({ id: detail.id });
      expect([role, view.permissions.convertLessons]).toEqual([role, expected]);
    }
  });
});

describe('timeline, coverage and person candidates', () => {
  it.each(roleNames)('timeline and coverage as %s', async (role) => {
    const expected = role === 'anonymous' ? 'UNAUTHORIZED' : 'OK';
    expect(await outcome(() => caller(role).placements.timeline({ from: addMonths(today, -1), to: addMonths(today, 11) }))).toBe(expected);
    expect(await outcome(() => caller(role).placements.coverage())).toBe(expected);
    expect(await outcome(() => caller(role).placements.personCandidates({ search: '' }))).toBe(expected);
  });

  it('puts current placements per host unit and lists known units nobody covers', async () => {
    await activeAsAdmin({ hostUnit: 'Dekkingseenheid Zuid', startDate: addMonths(today, -2), endDate: addMonths(today, 1) });
    await activeAsAdmin({ hostUnit: 'Dekkingseenheid Zuid', startDate: addMonths(today, -2), endDate: addMonths(today, 8) });
    await proposeAsAdmin({ hostUnit: 'Dekkingseenheid West', startDate: addMonths(today, 2), endDate: addMonths(today, 8) });
    const coverage = await caller('management').placements.coverage();
    const zuid = coverage.covered.find((u) => u.unit === 'Dekkingseenheid Zuid');
    expect(zuid?.placements).toHaveLength(2);
    expect(zuid?.endingSoonCount).toBe(1);
    expect(coverage.uncovered.map((u) => u.unit)).toContain('Dekkingseenheid West');
    expect(coverage.uncovered.map((u) => u.unit)).not.toContain('Dekkingseenheid Zuid');
  });

  it('counts an active placement past its end date as overdue, not as gone', async () => {
    const overdue = await activeAsAdmin({ hostUnit: 'Dekkingseenheid Noord', startDate: addMonths(today, -6), endDate: addDays(today, -1) });
    // Approved but never started, and past its end: nobody is there.
    await approvedAsAdmin({ hostUnit: 'Dekkingseenheid Oost', startDate: addMonths(today, -6), endDate: addDays(today, -1) });
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
    await expect(caller('admin').placements.timeline({ from: '2026-01-01', to: '2030-01-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller('admin').placements.timeline({ from: '2026-01-01', to: '2026-01-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('offers members only themselves and their group mates as person', async () => {
    const forMember = await caller('member').placements.personCandidates({ search: '' });
    expect(forMember.map((u) => u.name).sort()).toEqual(['Lid Lars', 'Voorzitter Vera', 'Waarnemer Wim']);
    const forAdmin = await caller('admin').placements.personCandidates({ search: 'kandidaat' });
    expect(forAdmin.map((u) => u.name)).toEqual(['Kandidaat Kim']);
  });
});
