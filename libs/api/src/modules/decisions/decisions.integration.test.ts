import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationByCode } from '@srw/db';
import type { CreateDecisionInput } from '@srw/domain';
import { createTestHarness, outcome, roleNames, seedRoleFixture, userOf, type RoleFixture, type RoleName, type TestHarness } from '../../testing';

let h: TestHarness;
let f: RoleFixture;
let defensieId: string;
let politieId: string;
let basis: Record<string, string>;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
  defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
  politieId = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
  const catalogue = await h.callerFor(f.admin).decisions.legalBases.list();
  basis = Object.fromEntries(catalogue.map((b) => [b.code, b.id]));
});
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));

type DraftInput = Partial<Omit<CreateDecisionInput, 'groupId'>> & { groupId?: string };

let counter = 0;
async function draft(overrides: DraftInput = {}) {
  counter += 1;
  return caller('chair').decisions.create({
    groupId: f.groupId,
    question: `Mogen militairen drones inzetten bij zoekactie ${counter}?`,
    context: 'Vermiste persoon in bosgebied.',
    cooperationLevel: 'ASSISTANCE',
    topic: 'Zoekacties',
    tags: ['drones'],
    outcome: 'ALLOWED_WITH_CONDITIONS',
    conditions: [
      { code: 'CAPACITY_EXHAUSTED', text: 'Politiecapaciteit aantoonbaar uitgeput' },
      { code: null, text: 'Beelden worden na afloop vernietigd' },
    ],
    legalBasisIds: [basis['PW2012-58'] ?? ''],
    organisationIds: [defensieId, politieId],
    ...overrides,
  });
}

async function version(id: string): Promise<number> {
  return (await caller('admin').decisions.get({ id })).version;
}

async function propose(id: string) {
  return caller('chair').decisions.changeStatus({ id, version: await version(id), status: 'voorgesteld' });
}

async function signBoth(id: string) {
  await caller('chair').decisions.signOff({ id, version: await version(id) });
  await caller('member').decisions.signOff({ id, version: await version(id) });
}

async function establish(id: string) {
  await propose(id);
  await signBoth(id);
  return caller('chair').decisions.changeStatus({ id, version: await version(id), status: 'vastgesteld' });
}

const readAll: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'OK',
  observer: 'OK',
  member: 'OK',
  chair: 'OK',
  management: 'OK',
  admin: 'OK',
};
const readDraft: Record<RoleName, string> = { ...readAll, outsider: 'NOT_FOUND' };
const contributors: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'NOT_FOUND',
  observer: 'FORBIDDEN',
  member: 'OK',
  chair: 'OK',
  management: 'FORBIDDEN',
  admin: 'FORBIDDEN',
};

describe('decisions.get and history', () => {
  it.each(roleNames)('a draft as %s', async (role) => {
    const { id } = await draft();
    expect(await outcome(() => caller(role).decisions.get({ id }))).toBe(readDraft[role]);
    expect(await outcome(() => caller(role).decisions.history({ id }))).toBe(readDraft[role]);
  });

  it.each(roleNames)('a vastgesteld decision as %s', async (role) => {
    const { id } = await draft();
    await establish(id);
    expect(await outcome(() => caller(role).decisions.get({ id }))).toBe(readAll[role]);
    expect(await outcome(() => caller(role).decisions.history({ id }))).toBe(readAll[role]);
  });

  it('keeps a draft withdrawn before it was ever vastgesteld with its group', async () => {
    const { id } = await draft();
    await caller('chair').decisions.changeStatus({ id, version: await version(id), status: 'ingetrokken', reason: 'Vraag vervalt' });
    expect(await outcome(() => caller('outsider').decisions.get({ id }))).toBe('NOT_FOUND');
    const established = await draft();
    await establish(established.id);
    await caller('admin').decisions.changeStatus({ id: established.id, version: await version(established.id), status: 'ingetrokken', reason: 'Achterhaald' });
    const seen = await caller('outsider').decisions.get({ id: established.id });
    expect(seen).toMatchObject({ status: 'ingetrokken', withdrawnReason: 'Achterhaald' });
  });

  it('tells each role what it may do', async () => {
    const { id } = await draft();
    await propose(id);
    const asMember = await caller('member').decisions.get({ id });
    expect(asMember.permissions).toMatchObject({ edit: true, signOff: true, establish: false, withdraw: false });
    expect(asMember.missingSignOffs.map((o) => o.code)).toEqual(['DEFENSIE', 'POLITIE']);
    const asObserver = await caller('observer').decisions.get({ id });
    expect(asObserver.permissions).toMatchObject({ edit: false, signOff: false, withdraw: false });
    const asManagement = await caller('management').decisions.get({ id });
    expect(Object.values(asManagement.permissions).every((allowed) => !allowed)).toBe(true);
    const asAdmin = await caller('admin').decisions.get({ id });
    expect(asAdmin.permissions).toMatchObject({ edit: false, signOff: false, withdraw: true });
  });
});

describe('decisions.list and overview', () => {
  it('shows other groups vastgesteld decisions but never their drafts', async () => {
    const concept = await draft({ topic: 'Zichtbaarheid', tags: ['zichtbaarheid'] });
    const proposed = await draft({ topic: 'Zichtbaarheid', tags: ['zichtbaarheid'] });
    await propose(proposed.id);
    const established = await draft({ topic: 'Zichtbaarheid', tags: ['zichtbaarheid'] });
    await establish(established.id);
    const visible = async (role: RoleName) =>
      (await caller(role).decisions.list({ tag: 'zichtbaarheid', limit: 100 })).items.map((d) => d.id).sort();
    const all = [concept.id, proposed.id, established.id].sort();
    expect(await visible('outsider')).toEqual([established.id]);
    for (const role of ['observer', 'member', 'chair', 'management', 'admin'] as const) expect(await visible(role)).toEqual(all);
    expect(await outcome(() => caller('anonymous').decisions.list({}))).toBe('UNAUTHORIZED');

    const overview = await caller('outsider').decisions.overview({ tag: 'zichtbaarheid' });
    const ids = overview.sections.flatMap((s) => s.topics.flatMap((t) => t.decisions.map((d) => d.id)));
    expect(ids).toEqual([established.id]);
    expect(overview.sections[0]?.level.code).toBe('ASSISTANCE');
    expect(overview.sections[0]?.topics[0]?.topic).toBe('Zichtbaarheid');
    expect(overview.groups).toEqual([{ id: f.groupId, name: expect.any(String) }]);
    expect((await caller('chair').decisions.overview({ tag: 'zichtbaarheid', groupId: f.groupId })).total).toBe(3);
    expect((await caller('chair').decisions.overview({ tag: 'zichtbaarheid', groupId: f.otherGroupId })).total).toBe(0);
  });

  it.each(roleNames)('overview and reference conditions as %s', async (role) => {
    expect(await outcome(() => caller(role).decisions.overview({}))).toBe(readAll[role]);
    expect(await outcome(() => caller(role).decisions.referenceConditions())).toBe(readAll[role]);
  });

  it('highlights UNCLEAR questions as open work with their age, and filters', async () => {
    const open = await draft({ outcome: 'UNCLEAR', conditions: [], topic: 'Informatiedeling', cooperationLevel: 'PARTNERSHIP', tags: ['open'] });
    const overview = await caller('member').decisions.overview({ tag: 'open' });
    expect(overview.openQuestions).toEqual([expect.objectContaining({ id: open.id, ageDays: 0 })]);
    expect((await caller('member').decisions.overview({ outcome: 'ALLOWED', tag: 'open' })).total).toBe(0);
    expect((await caller('member').decisions.overview({ legalBasisId: basis['PW2012-58'], tag: 'open' })).total).toBe(1);
    expect((await caller('member').decisions.overview({ legalBasisId: basis['MSOB'], tag: 'open' })).total).toBe(0);
    expect((await caller('member').decisions.overview({ status: 'concept', tag: 'open' })).total).toBe(1);
    expect(overview.tags).toContain('open');
  });

  it('pages with a keyset cursor without repeats', async () => {
    for (let i = 0; i < 5; i++) await draft({ tags: ['paginering'] });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof caller>['decisions']['list']>> = await caller('member').decisions.list({ tag: 'paginering', limit: 2, cursor });
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });
});

describe('decisions.create', () => {
  it.each(roleNames)('as %s', async (role) => {
    const result = await outcome(() =>
      caller(role).decisions.create({
        groupId: f.groupId,
        question: `Vraag van ${role}`,
        cooperationLevel: 'TRAINING',
        topic: 'Oefenen',
        outcome: 'ALLOWED',
        organisationIds: [defensieId],
      }),
    );
    expect(result).toBe(contributors[role]);
  });

  it('audits the creation', async () => {
    const { id } = await draft();
    const history = await caller('chair').decisions.history({ id });
    expect(history.map((e) => e.action)).toEqual(['create']);
    expect(history[0]?.actorName).toBe('Voorzitter Vera');
  });

  it.each([
    ['conditions missing', { conditions: [] }, 'conditions'],
    ['conditions with ALLOWED', { outcome: 'ALLOWED' as const }, 'conditions'],
    ['unknown reference condition', { conditions: [{ code: 'BESTAAT_NIET', text: 'x' }] }, 'conditions'],
    ['unknown cooperation level', { cooperationLevel: 'ONBEKEND' }, 'cooperationLevel'],
    ['unknown legal basis', { legalBasisIds: ['6f1c2d7e-0000-4000-8000-000000000009'] }, 'legalBasisIds'],
    [
      'sharing with itself',
      { sharingRules: [{ dataCategory: 'Verdachtengegevens', fromOrganisationId: '', toOrganisationId: '', legalGround: '', conditions: '', consentFrom: '', verdict: 'NO' as const }] },
      'sharingRules.0.toOrganisationId',
    ],
    ['an organisation outside the group', { organisationIds: ['om'] }, 'organisationIds'],
    ['a marking above the ceiling', { classification: 'DEPARTEMENTAAL_VERTROUWELIJK' as const }, 'classification'],
  ])('refuses %s with a field error', async (_name, override, field) => {
    const om = (await findOrganisationByCode(h.handle.db, 'OM'))?.id ?? '';
    const patched = JSON.parse(JSON.stringify(override).replaceAll('"om"', `"${om}"`).replaceAll('"fromOrganisationId":""', `"fromOrganisationId":"${politieId}"`).replaceAll('"toOrganisationId":""', `"toOrganisationId":"${politieId}"`)) as DraftInput;
    await expect(draft(patched)).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { field } });
  });

  it('stores information-sharing rules in order', async () => {
    const { id } = await draft({
      outcome: 'UNCLEAR',
      conditions: [],
      sharingRules: [
        { dataCategory: 'Verdachtengegevens', fromOrganisationId: politieId, toOrganisationId: defensieId, legalGround: 'Wpg art. 16', conditions: '', consentFrom: 'Officier van Justitie', verdict: 'UNDER_CONDITIONS' },
        { dataCategory: 'Dronebeelden', fromOrganisationId: defensieId, toOrganisationId: politieId, legalGround: '', conditions: '', consentFrom: '', verdict: 'YES' },
      ],
    });
    const detail = await caller('member').decisions.get({ id });
    expect(detail.sharingRules.map((r) => [r.dataCategory, r.fromOrganisationCode, r.toOrganisationCode, r.verdict])).toEqual([
      ['Verdachtengegevens', 'POLITIE', 'DEFENSIE', 'UNDER_CONDITIONS'],
      ['Dronebeelden', 'DEFENSIE', 'POLITIE', 'YES'],
    ]);
  });
});

describe('decisions.update', () => {
  const updateAs = async (role: RoleName, id: string, patch: Partial<CreateDecisionInput> = {}) => {
    const current = await caller('admin').decisions.get({ id });
    return caller(role).decisions.update({
      id,
      version: current.version,
      question: current.question,
      context: `${current.context} (bijgewerkt)`,
      cooperationLevel: current.cooperationLevel,
      topic: current.topic,
      tags: current.tags,
      options: current.options,
      outcome: current.outcome,
      conditions: current.conditions,
      legalBasisIds: current.legalBases.map((b) => b.id),
      sharingRules: current.sharingRules.map(({ fromOrganisationCode: _f, toOrganisationCode: _t, ...rule }) => rule),
      organisationIds: current.organisations.map((o) => o.id),
      decisionLevel: current.decisionLevel,
      decidedBy: current.decidedBy,
      decisionDate: current.decisionDate,
      reviewDate: current.reviewDate,
      classification: current.classification,
      ...patch,
    });
  };

  it.each(roleNames)('a draft as %s', async (role) => {
    const { id } = await draft();
    expect(await outcome(() => updateAs(role, id))).toBe(contributors[role]);
  });

  it('refuses other groups editing a vastgesteld decision they can read', async () => {
    const { id } = await draft();
    await establish(id);
    expect(await outcome(() => updateAs('outsider', id))).toBe('FORBIDDEN');
  });

  it('refuses a stale version with the conflict message and changes nothing', async () => {
    const { id } = await draft();
    const stale = await version(id);
    await updateAs('chair', id, { context: 'Eerste wijziging' });
    await expect(
      caller('member').decisions.update({ ...(await caller('member').decisions.get({ id })), id, version: stale, legalBasisIds: [], organisationIds: [defensieId], context: 'Verouderd', sharingRules: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'VERSION_CONFLICT' });
    const detail = await caller('member').decisions.get({ id });
    expect(detail.context).toBe('Eerste wijziging');
    expect(detail.version).toBe(stale + 1);
    expect((await caller('chair').decisions.history({ id })).length).toBe(2);
  });

  it('resets sign-off when outcome, conditions or legal bases change, not for other edits', async () => {
    const { id } = await draft();
    await propose(id);
    await caller('chair').decisions.signOff({ id, version: await version(id) });
    const kept = await updateAs('member', id, { context: 'Alleen de toelichting' });
    expect(kept.signOffsReset).toBe(false);
    expect((await caller('member').decisions.get({ id })).signOffs).toHaveLength(1);

    for (const patch of [
      { conditions: [{ code: null, text: 'Alleen overdag' }] },
      { legalBasisIds: [basis['PW2012-58'] ?? '', basis['MSOB'] ?? ''] },
      { outcome: 'NOT_ALLOWED' as const, conditions: [] },
    ]) {
      await caller('chair').decisions.signOff({ id, version: await version(id) }).catch(() => undefined);
      expect((await caller('member').decisions.get({ id })).signOffs.length).toBeGreaterThan(0);
      const result = await updateAs('member', id, patch);
      expect(result.signOffsReset).toBe(true);
      expect((await caller('member').decisions.get({ id })).signOffs).toHaveLength(0);
    }
  });

  it('sends a vastgesteld decision back to voorgesteld when its ruling changes', async () => {
    const { id } = await draft();
    await establish(id);
    const result = await updateAs('chair', id, { conditions: [{ code: 'VIA_NATOPS', text: 'Verzoek via NatOps' }] });
    expect(result.status).toBe('voorgesteld');
    expect(result.signOffsReset).toBe(true);
    const stillTheSame = await draft();
    await establish(stillTheSame.id);
    expect((await updateAs('chair', stillTheSame.id, { tags: ['drones', 'nacht'] })).status).toBe('vastgesteld');
  });
});

describe('lifecycle and sign-off', () => {
  it.each(roleNames)('propose as %s', async (role) => {
    const { id } = await draft();
    expect(await outcome(async () => caller(role).decisions.changeStatus({ id, version: await version(id), status: 'voorgesteld' }))).toBe(contributors[role]);
  });

  it.each(roleNames)('sign off as %s', async (role) => {
    const { id } = await draft();
    await propose(id);
    const expected: Record<RoleName, string> = { ...contributors };
    expect(await outcome(async () => caller(role).decisions.signOff({ id, version: await version(id) }))).toBe(expected[role]);
  });

  it('refuses sign-off by an organisation the decision does not concern, and twice', async () => {
    const { id } = await draft({ organisationIds: [defensieId] });
    await propose(id);
    await expect(caller('member').decisions.signOff({ id, version: await version(id) })).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'ORGANISATION_NOT_CONCERNED' });
    await caller('chair').decisions.signOff({ id, version: await version(id) });
    await expect(caller('chair').decisions.signOff({ id, version: await version(id) })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses sign-off of a concept and of a stale version', async () => {
    const { id } = await draft();
    await expect(caller('chair').decisions.signOff({ id, version: await version(id) })).rejects.toMatchObject({ code: 'CONFLICT', message: 'NOT_PROPOSED' });
    await propose(id);
    await expect(caller('chair').decisions.signOff({ id, version: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('becomes vastgesteld only when each organisation has signed off', async () => {
    const { id } = await draft();
    await propose(id);
    await caller('chair').decisions.signOff({ id, version: await version(id) });
    await expect(caller('chair').decisions.changeStatus({ id, version: await version(id), status: 'vastgesteld' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'SIGN_OFFS_MISSING',
    });
    const result = await caller('member').decisions.signOff({ id, version: await version(id) });
    expect(result.missing).toEqual([]);
    const established = await caller('member').decisions.changeStatus({ id, version: await version(id), status: 'vastgesteld' });
    expect(established.status).toBe('vastgesteld');
    expect(established.publishedAt).not.toBeNull();
    const history = await caller('member').decisions.history({ id });
    expect(history.map((e) => e.event).reverse()).toEqual(['create', 'status', 'signOff', 'signOff', 'status']);
  });

  it.each(roleNames)('withdraw a vastgesteld decision as %s', async (role) => {
    const { id } = await draft();
    await establish(id);
    const expected: Record<RoleName, string> = { ...readAll, outsider: 'FORBIDDEN', observer: 'FORBIDDEN', member: 'FORBIDDEN', management: 'FORBIDDEN' };
    expect(await outcome(async () => caller(role).decisions.changeStatus({ id, version: await version(id), status: 'ingetrokken', reason: 'Wet gewijzigd' }))).toBe(expected[role]);
  });

  it('needs a reason to withdraw and keeps closed decisions closed', async () => {
    const { id } = await draft();
    await expect(caller('chair').decisions.changeStatus({ id, version: await version(id), status: 'ingetrokken' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await caller('chair').decisions.changeStatus({ id, version: await version(id), status: 'ingetrokken', reason: 'Dubbel' });
    await expect(caller('chair').decisions.changeStatus({ id, version: await version(id), status: 'voorgesteld' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('supersede chain', () => {
  it('replaces a vastgesteld decision once its successor is vastgesteld, linked both ways', async () => {
    const old = await draft({ question: 'Drones bij zoekactie (2025)' });
    await establish(old.id);
    const successor = await draft({ question: 'Drones bij zoekactie (2026)', supersedesId: old.id });
    expect((await caller('outsider').decisions.get({ id: old.id })).status).toBe('vastgesteld');
    await establish(successor.id);
    const oldNow = await caller('outsider').decisions.get({ id: old.id });
    expect(oldNow).toMatchObject({ status: 'vervangen', supersededById: successor.id });
    const newNow = await caller('outsider').decisions.get({ id: successor.id });
    expect(newNow.supersedesId).toBe(old.id);
    expect(newNow.chain.map((c) => [c.id, c.status, c.current])).toEqual([
      [old.id, 'vervangen', false],
      [successor.id, 'vastgesteld', true],
    ]);
    await expect(draft({ supersedesId: old.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('hides a draft successor from other groups and refuses superseding a draft or another group', async () => {
    const old = await draft();
    await establish(old.id);
    const successor = await draft({ supersedesId: old.id });
    const asOutsider = await caller('outsider').decisions.get({ id: old.id });
    expect(asOutsider.chain.map((c) => c.id)).toEqual([old.id]);
    await expect(draft({ supersedesId: successor.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    const otherGroups = await h.callerFor(f.outsider).decisions.create({
      groupId: f.otherGroupId,
      question: 'Andere groep',
      cooperationLevel: 'TRAINING',
      topic: 'x',
      outcome: 'ALLOWED',
      organisationIds: [politieId],
      supersedesId: old.id,
    }).catch((error: unknown) => error);
    expect(otherGroups).toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('legal-basis catalogue and review flagging', () => {
  const adminOnly: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'FORBIDDEN',
    observer: 'FORBIDDEN',
    member: 'FORBIDDEN',
    chair: 'FORBIDDEN',
    management: 'FORBIDDEN',
    admin: 'OK',
  };

  it.each(roleNames)('list, create, update and mark changed as %s', async (role) => {
    expect(await outcome(() => caller(role).decisions.legalBases.list())).toBe(readAll[role]);
    const code = `TEST-${role.toUpperCase()}`;
    expect(await outcome(() => caller(role).decisions.legalBases.create({ code, law: 'Testwet', article: '1', title: 'Testartikel' }))).toBe(adminOnly[role]);
    const target = (await caller('admin').decisions.legalBases.list()).find((b) => b.code === 'WVR');
    if (!target) throw new Error('WVR missing');
    expect(
      await outcome(() => caller(role).decisions.legalBases.update({ id: target.id, version: target.version, law: "Wet veiligheidsregio's", article: '', title: target.title })),
    ).toBe(adminOnly[role]);
    const fresh = (await caller('admin').decisions.legalBases.list()).find((b) => b.code === 'WVR');
    if (!fresh) throw new Error('WVR missing');
    expect(await outcome(() => caller(role).decisions.legalBases.markChanged({ id: fresh.id, version: fresh.version, changeNote: 'Nieuwe versie' }))).toBe(adminOnly[role]);
  });

  it('flags exactly the open decisions citing a changed basis', async () => {
    const create = await caller('admin').decisions.legalBases.create({ code: 'TEST-FLAG', law: 'Wet flaggen', article: '3', title: 'Wet flaggen, artikel 3' });
    const citing = await draft({ legalBasisIds: [create.id] });
    const citingEstablished = await draft({ legalBasisIds: [create.id, basis['MSOB'] ?? ''] });
    await establish(citingEstablished.id);
    const citingWithdrawn = await draft({ legalBasisIds: [create.id] });
    await caller('chair').decisions.changeStatus({ id: citingWithdrawn.id, version: await version(citingWithdrawn.id), status: 'ingetrokken', reason: 'x' });
    const notCiting = await draft({ legalBasisIds: [basis['MSOB'] ?? ''] });

    const result = await caller('admin').decisions.legalBases.markChanged({ id: create.id, version: create.version, changeNote: 'Artikel 3 is herzien' });
    expect([...result.flaggedDecisionIds].sort()).toEqual([citing.id, citingEstablished.id].sort());
    const flagged = (await caller('member').decisions.list({ reviewNeeded: true, limit: 100 })).items.map((d) => d.id);
    expect(flagged).toEqual(expect.arrayContaining([citing.id, citingEstablished.id]));
    expect(flagged).not.toContain(citingWithdrawn.id);
    expect(flagged).not.toContain(notCiting.id);
    const detail = await caller('member').decisions.get({ id: citingEstablished.id });
    expect(detail.reviewReason).toContain('Artikel 3 is herzien');
    expect(detail.status).toBe('vastgesteld');

    // The group reviews it; only contributors may.
    expect(await outcome(async () => caller('observer').decisions.markReviewed({ id: citing.id, version: await version(citing.id) }))).toBe('FORBIDDEN');
    expect(await outcome(async () => caller('outsider').decisions.markReviewed({ id: citing.id, version: await version(citing.id) }))).toBe('NOT_FOUND');
    await caller('member').decisions.markReviewed({ id: citing.id, version: await version(citing.id) });
    expect((await caller('member').decisions.get({ id: citing.id })).reviewNeededAt).toBeNull();
    await expect(caller('member').decisions.markReviewed({ id: citing.id, version: await version(citing.id) })).rejects.toMatchObject({ code: 'CONFLICT' });
    const catalogue = await caller('member').decisions.legalBases.list();
    expect(catalogue.find((b) => b.id === create.id)).toMatchObject({ citedBy: 3, changeNote: 'Artikel 3 is herzien' });
  });

  it('refuses a stale catalogue version', async () => {
    const created = await caller('admin').decisions.legalBases.create({ code: 'TEST-STALE', law: 'Wet', title: 'Wet' });
    await caller('admin').decisions.legalBases.update({ id: created.id, version: created.version, law: 'Wet', title: 'Wet (nieuw)' });
    await expect(caller('admin').decisions.legalBases.update({ id: created.id, version: created.version, law: 'Wet', title: 'Oud' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

async function scenarioIn(groupId: string, as: RoleName = 'chair', title = `Scenario ${(counter += 1)}`) {
  return caller(as).scenarios.create({ groupId, title, problemStatement: 'Vermiste wandelaar in bosgebied.', threatType: 'vermissing', cooperationLevel: 'ASSISTANCE' });
}

async function exerciseIn(groupId: string, as: RoleName = 'chair') {
  const scenario = await scenarioIn(groupId, as);
  const ready = await caller(as).scenarios.changeStatus({ id: scenario.id, version: scenario.version, status: 'gereed' });
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
    const scenario = await scenarioIn(f.groupId);
    expect(await outcome(() => caller(role).decisions.recordTest({ decisionId: id, scenarioId: scenario.id, result: 'HELD' }))).toBe(recordInOwnGroup[role]);
  });

  it.each(roleNames)('in an exercise of the decision group as %s', async (role) => {
    const { id } = await draft();
    const exercise = await exerciseIn(f.groupId);
    expect(await outcome(() => caller(role).decisions.recordTest({ decisionId: id, exerciseId: exercise.id, result: 'FAILED' }))).toBe(recordInOwnGroup[role]);
  });

  it.each(roleNames)('in a scenario of another group, for a vastgesteld decision, as %s', async (role) => {
    const { id } = await draft();
    await establish(id);
    const scenario = await scenarioIn(f.otherGroupId, 'outsider');
    // Only the other group's chair (the outsider) works there; Alfa's roles cannot see its scenario.
    const expected: Record<RoleName, string> = { ...contributors, outsider: 'OK', observer: 'NOT_FOUND', member: 'NOT_FOUND', chair: 'NOT_FOUND' };
    expect(await outcome(() => caller(role).decisions.recordTest({ decisionId: id, scenarioId: scenario.id, result: 'HELD' }))).toBe(expected[role]);
  });

  it('refuses an outsider a scenario they cannot see, and a draft they cannot read', async () => {
    const { id } = await draft();
    const ownScenario = await scenarioIn(f.otherGroupId, 'outsider');
    expect(await outcome(() => caller('outsider').decisions.recordTest({ decisionId: id, scenarioId: ownScenario.id, result: 'HELD' }))).toBe('NOT_FOUND');
    await establish(id);
    const alfaScenario = await scenarioIn(f.groupId);
    const alfaExercise = await exerciseIn(f.groupId);
    expect(await outcome(() => caller('outsider').decisions.recordTest({ decisionId: id, scenarioId: alfaScenario.id, result: 'HELD' }))).toBe('NOT_FOUND');
    expect(await outcome(() => caller('outsider').decisions.recordTest({ decisionId: id, exerciseId: alfaExercise.id, result: 'HELD' }))).toBe('NOT_FOUND');
    const unknown = '6f1c2d7e-0000-4000-8000-00000000abcd';
    expect(await outcome(() => caller('chair').decisions.recordTest({ decisionId: id, scenarioId: unknown, result: 'HELD' }))).toBe('NOT_FOUND');
    expect((await caller('admin').decisions.get({ id })).testLinks).toEqual([]);
  });

  it('needs exactly one of scenario and exercise', async () => {
    const { id } = await draft();
    const exercise = await exerciseIn(f.groupId);
    const both = caller('chair').decisions.recordTest({ decisionId: id, scenarioId: exercise.scenarioId, exerciseId: exercise.id, result: 'HELD' });
    await expect(both).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { issues: [expect.objectContaining({ path: ['scenarioId'], message: 'validation.exactlyOne' })] } });
    expect(await outcome(() => caller('chair').decisions.recordTest({ decisionId: id, result: 'HELD' }))).toBe('BAD_REQUEST');
  });

  it('shows the links with their scenario or exercise, to those who can see it, and audits them', async () => {
    const { id } = await draft();
    await establish(id);
    const exercise = await exerciseIn(f.groupId);
    const otherScenario = await scenarioIn(f.otherGroupId, 'outsider', 'Bravo-scenario');
    await caller('member').decisions.recordTest({ decisionId: id, exerciseId: exercise.id, result: 'FAILED', note: 'Aanvraag via NatOps duurde te lang', testedOn: '2026-03-05' });
    await caller('outsider').decisions.recordTest({ decisionId: id, scenarioId: otherScenario.id, result: 'HELD' });

    const asChair = await caller('chair').decisions.get({ id });
    expect(asChair.testLinks).toEqual([
      expect.objectContaining({ exerciseId: exercise.id, scenarioId: null, result: 'FAILED', targetTitle: exercise.title, note: 'Aanvraag via NatOps duurde te lang', canRemove: true }),
    ]);
    const asObserver = await caller('observer').decisions.get({ id });
    expect(asObserver.testLinks.map((link) => link.canRemove)).toEqual([false]);
    const asOutsider = await caller('outsider').decisions.get({ id });
    expect(asOutsider.testLinks).toEqual([expect.objectContaining({ scenarioId: otherScenario.id, targetTitle: 'Bravo-scenario', canRemove: true })]);
    expect(asOutsider.permissions.recordTest).toBe(true);
    const asAdmin = await caller('admin').decisions.get({ id });
    expect(asAdmin.testLinks.map((link) => link.targetTitle).sort()).toEqual(['Bravo-scenario', exercise.title].sort());
    expect(asAdmin.testLinks.every((link) => !link.canRemove)).toBe(true);

    const history = await caller('chair').decisions.history({ id });
    expect(history.filter((event) => event.event === 'testRecorded').map((event) => event.detail).sort()).toEqual(['FAILED', 'HELD']);
  });
});

describe('decisions.removeTest', () => {
  async function linked() {
    const { id } = await draft();
    const scenario = await scenarioIn(f.groupId);
    const link = await caller('member').decisions.recordTest({ decisionId: id, scenarioId: scenario.id, result: 'HELD' });
    return { id, link };
  }

  it.each(roleNames)('as %s', async (role) => {
    const { id, link } = await linked();
    expect(await outcome(() => caller(role).decisions.removeTest({ id: link.id, version: link.version }))).toBe(recordInOwnGroup[role]);
    const left = (await caller('admin').decisions.get({ id })).testLinks;
    expect(left).toHaveLength(recordInOwnGroup[role] === 'OK' ? 0 : 1);
  });

  it('lets the other group remove its own link, not one it cannot see', async () => {
    const { id } = await draft();
    await establish(id);
    const bravo = await scenarioIn(f.otherGroupId, 'outsider');
    const theirs = await caller('outsider').decisions.recordTest({ decisionId: id, scenarioId: bravo.id, result: 'HELD' });
    const alfa = await scenarioIn(f.groupId);
    const ours = await caller('chair').decisions.recordTest({ decisionId: id, scenarioId: alfa.id, result: 'FAILED' });
    expect(await outcome(() => caller('outsider').decisions.removeTest({ id: ours.id, version: ours.version }))).toBe('NOT_FOUND');
    expect(await outcome(() => caller('outsider').decisions.removeTest({ id: theirs.id, version: theirs.version }))).toBe('OK');
  });

  it('refuses a stale version and audits the removal', async () => {
    const { id, link } = await linked();
    expect(await outcome(() => caller('chair').decisions.removeTest({ id: link.id, version: link.version + 1 }))).toBe('CONFLICT');
    await caller('chair').decisions.removeTest({ id: link.id, version: link.version });
    expect(await outcome(() => caller('chair').decisions.removeTest({ id: link.id, version: link.version }))).toBe('NOT_FOUND');
    const history = await caller('chair').decisions.history({ id });
    expect(history.map((event) => event.event)).toContain('testRemoved');
  });
});

describe('decisions.testedIn and testTargets', () => {
  it.each(roleNames)('testedIn a scenario as %s', async (role) => {
    const { id } = await draft();
    const scenario = await scenarioIn(f.groupId);
    await caller('chair').decisions.recordTest({ decisionId: id, scenarioId: scenario.id, result: 'HELD' });
    const expected: Record<RoleName, string> = { ...readDraft };
    expect(await outcome(() => caller(role).decisions.testedIn({ scenarioId: scenario.id }))).toBe(expected[role]);
  });

  it('lists only the decisions the caller may read', async () => {
    const charlie = await h.createGroup({ name: 'Groep Charlie', organisations: ['POLITIE'], members: [[f.outsider, 'chair'], [f.member, 'member']] });
    const exercise = await exerciseIn(charlie, 'outsider');
    const hidden = await draft();
    const shown = await draft();
    await establish(shown.id);
    await caller('member').decisions.recordTest({ decisionId: hidden.id, exerciseId: exercise.id, result: 'FAILED' });
    await caller('outsider').decisions.recordTest({ decisionId: shown.id, exerciseId: exercise.id, result: 'HELD', note: 'Werkte' });
    const asOutsider = await caller('outsider').decisions.testedIn({ exerciseId: exercise.id });
    expect(asOutsider).toEqual([expect.objectContaining({ decisionId: shown.id, result: 'HELD', note: 'Werkte', outcome: 'ALLOWED_WITH_CONDITIONS', status: 'vastgesteld' })]);
    const asMember = await caller('member').decisions.testedIn({ exerciseId: exercise.id });
    expect(asMember.map((row) => row.decisionId).sort()).toEqual([hidden.id, shown.id].sort());
    expect(await outcome(() => caller('chair').decisions.testedIn({ exerciseId: exercise.id }))).toBe('NOT_FOUND');
    expect(await outcome(() => caller('chair').decisions.testedIn({ scenarioId: exercise.scenarioId, exerciseId: exercise.id }))).toBe('BAD_REQUEST');
  });

  it('offers only scenarios and exercises the caller may link', async () => {
    const { id } = await draft();
    await establish(id);
    const alfa = await scenarioIn(f.groupId, 'chair', 'Doelwit Alfa');
    const bravo = await scenarioIn(f.otherGroupId, 'outsider', 'Doelwit Bravo');
    const titles = async (role: RoleName) => (await caller(role).decisions.testTargets({ decisionId: id, search: 'doelwit' })).map((t) => t.title).sort();
    expect(await titles('chair')).toEqual([alfa.title]);
    expect(await titles('outsider')).toEqual([bravo.title]);
    expect(await titles('observer')).toEqual([]);
    expect(await titles('management')).toEqual([]);
    const draftOnly = await draft();
    expect(await outcome(() => caller('outsider').decisions.testTargets({ decisionId: draftOnly.id }))).toBe('NOT_FOUND');
  });
});
