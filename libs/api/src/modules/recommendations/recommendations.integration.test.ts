import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationByCode, listRecommendationsWaitingForOrganisation, recommendationEvents, eq } from '@srw/db';
import type { CreateRecommendationInput } from '@srw/domain';
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
import { createRecommendationFromSource } from './recommendations-write.service';

let h: TestHarness;
let f: RoleFixture;
let defensieId: string;
let politieId: string;
/** One recommendation of group Alfa, one of group Bravo, one without a group. */
let groupRecId: string;
let otherRecId: string;
let managementRecId: string;

const caller = (role: RoleName) => h.callerFor(userOf(f, role));

function input(overrides: Partial<CreateRecommendationInput> = {}) {
  return {
    title: 'Gezamenlijke oefenkalender bijhouden',
    description: 'Beide organisaties plannen hun oefeningen in één kalender.',
    sourceType: 'working_group' as const,
    level: 'operationeel' as const,
    conditionIds: ['1.4.c', '2.5.b'],
    addresseeOrganisationIds: [defensieId, politieId],
    ...overrides,
  };
}

async function versionOf(id: string): Promise<number> {
  return (await caller('admin').recommendations.get({ id })).version;
}

async function freshGroupRec(
  status: 'voorgesteld' | 'aanvaard' = 'voorgesteld',
  groupId: string | null = f.groupId,
): Promise<string> {
  const creator =
    groupId === null ? caller('management') : groupId === f.groupId ? caller('chair') : caller('outsider');
  const rec = await creator.recommendations.create(input({ groupId }));
  if (status === 'aanvaard') {
    await creator.recommendations.changeStatus({
      id: rec.id,
      version: rec.version,
      status: 'aanvaard',
      note: 'Aanvaard in het overleg',
    });
  }
  return rec.id;
}

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
  defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
  politieId = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
  groupRecId = (await caller('chair').recommendations.create(input({ code: 'A1', groupId: f.groupId }))).id;
  otherRecId = (
    await caller('outsider').recommendations.create(
      input({ code: 'Z1', groupId: f.otherGroupId, addresseeOrganisationIds: [politieId] }),
    )
  ).id;
  managementRecId = (
    await caller('management').recommendations.create(input({ code: 'M1', level: 'bestuurlijk', groupId: null }))
  ).id;
});
afterAll(async () => h.close());

/** Editing a group's recommendation: its chairs and members, and admins. */
const groupEdit: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'NOT_FOUND',
  observer: 'FORBIDDEN',
  member: 'OK',
  chair: 'OK',
  management: 'FORBIDDEN',
  admin: 'OK',
};
/** Editing a group-less (management-level) recommendation: management and admins. */
const managementEdit: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'FORBIDDEN',
  observer: 'FORBIDDEN',
  member: 'FORBIDDEN',
  chair: 'FORBIDDEN',
  management: 'OK',
  admin: 'OK',
};

describe('recommendations.list', () => {
  it('shows each role its groups and the group-less ones, never other groups', async () => {
    const codesOf = async (role: RoleName) =>
      (await caller(role).recommendations.list({ limit: 100 })).items
        .map((r) => r.code)
        .filter((c) => ['A1', 'Z1', 'M1'].includes(c))
        .sort();
    expect(await codesOf('member')).toEqual(['A1', 'M1']);
    expect(await codesOf('observer')).toEqual(['A1', 'M1']);
    expect(await codesOf('chair')).toEqual(['A1', 'M1']);
    expect(await codesOf('outsider')).toEqual(['M1', 'Z1']);
    expect(await codesOf('management')).toEqual(['A1', 'M1', 'Z1']);
    expect(await codesOf('admin')).toEqual(['A1', 'M1', 'Z1']);
    expect(await outcome(() => caller('anonymous').recommendations.list({}))).toBe('UNAUTHORIZED');
  });

  it('refuses filtering on a group the caller may not read', async () => {
    expect(await outcome(() => caller('outsider').recommendations.list({ groupId: f.groupId }))).toBe('NOT_FOUND');
    const none = await caller('member').recommendations.list({ groupId: 'none', limit: 100 });
    expect(none.items.every((r) => r.groupId === null)).toBe(true);
  });

  it('filters by condition category, level and organisation', async () => {
    const mogen = await caller('admin').recommendations.list({ condition: '3', limit: 100 });
    expect(mogen.items.map((r) => r.code)).not.toContain('A1');
    const willen = await caller('admin').recommendations.list({ condition: '1', limit: 100 });
    expect(willen.items.map((r) => r.code)).toEqual(expect.arrayContaining(['A1', 'M1', 'Z1']));
    const bestuurlijk = await caller('admin').recommendations.list({ level: 'bestuurlijk', limit: 100 });
    expect(bestuurlijk.items.map((r) => r.code)).toContain('M1');
    expect(bestuurlijk.items.map((r) => r.code)).not.toContain('A1');
    const defensie = await caller('admin').recommendations.list({ organisationId: defensieId, limit: 100 });
    expect(defensie.items.map((r) => r.code)).not.toContain('Z1');
  });

  it('lists those waiting on a decision, within the caller’s scope', async () => {
    const catalogue = await caller('admin').decisions.legalBases.list();
    const decision = await caller('chair').decisions.create({
      groupId: f.groupId,
      question: 'Mag de politie militaire beelden bewaren?',
      context: 'Beelden van een zoekactie.',
      cooperationLevel: 'ASSISTANCE',
      topic: 'Informatie',
      outcome: 'ALLOWED_WITH_CONDITIONS',
      conditions: [{ code: null, text: 'Alleen zolang het onderzoek loopt' }],
      legalBasisIds: [catalogue[0]?.id ?? ''],
      organisationIds: [defensieId, politieId],
    });
    const waiting = await caller('chair').recommendations.create(
      input({ groupId: f.groupId, decisionId: decision.id }),
    );
    const idsFor = async (role: RoleName) =>
      (await caller(role).recommendations.list({ decisionId: decision.id, limit: 100 })).items.map((r) => r.id);
    expect(await idsFor('member')).toEqual([waiting.id]);
    expect(await idsFor('management')).toEqual([waiting.id]);
    expect(await idsFor('outsider')).toEqual([]);
    expect(await caller('admin').recommendations.list({ decisionId: otherRecId, limit: 100 })).toMatchObject({
      items: [],
    });
    // Only a decision the author can read: not another group's draft, not one that does not exist.
    expect(
      await outcome(() =>
        caller('outsider').recommendations.create(input({ groupId: f.otherGroupId, decisionId: decision.id })),
      ),
    ).toBe('BAD_REQUEST');
    expect(
      await outcome(() =>
        caller('chair').recommendations.create(
          input({ groupId: f.groupId, decisionId: '0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001' }),
        ),
      ),
    ).toBe('BAD_REQUEST');
    const { version } = await caller('chair').recommendations.get({ id: waiting.id });
    const update = {
      ...input(),
      id: waiting.id,
      version,
      code: (await caller('chair').recommendations.get({ id: waiting.id })).code,
      ownerUserId: null,
      dueDate: null,
    };
    expect(
      await outcome(() =>
        caller('chair').recommendations.update({ ...update, decisionId: '0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001' }),
      ),
    ).toBe('BAD_REQUEST');
    expect(await outcome(() => caller('chair').recommendations.update({ ...update, decisionId: decision.id }))).toBe(
      'OK',
    );
  });

  it('pages with a keyset cursor without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof caller>['recommendations']['list']>> = await caller(
        'admin',
      ).recommendations.list({ limit: 2, cursor });
      seen.push(...page.items.map((r) => r.code));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });
});

describe('recommendations.get', () => {
  it.each(roleNames)('a group recommendation as %s', async (role) => {
    const expected: Record<RoleName, string> = { ...groupEdit, observer: 'OK', management: 'OK' };
    expect(await outcome(() => caller(role).recommendations.get({ id: groupRecId }))).toBe(expected[role]);
  });

  it.each(roleNames)('a group-less recommendation as %s', async (role) => {
    expect(await outcome(() => caller(role).recommendations.get({ id: managementRecId }))).toBe(
      role === 'anonymous' ? 'UNAUTHORIZED' : 'OK',
    );
  });

  it('tells each role what it may do and shows the history', async () => {
    const asChair = await caller('chair').recommendations.get({ id: groupRecId });
    expect(asChair.permissions).toMatchObject({ canEdit: true, canChangeStatus: true, canAddNote: true });
    expect(asChair.nextStatuses).toEqual(['aanvaard', 'niet_aanvaard', 'vervallen']);
    expect(asChair.addressees.map((a) => [a.code, a.state])).toEqual([
      ['DEFENSIE', 'open'],
      ['POLITIE', 'open'],
    ]);
    expect(asChair.history.map((e) => e.toStatus)).toEqual(['voorgesteld']);
    const asManagement = await caller('management').recommendations.get({ id: groupRecId });
    expect(asManagement.permissions).toEqual({
      canEdit: false,
      canChangeStatus: false,
      canAddNote: false,
      canRecordProgress: false,
      recordStateFor: [],
      recordStateOnBehalfFor: [],
      nextStatuses: [],
      verify: false,
      verifyRefusal: null,
    });
    expect(asManagement.nextStatuses).toEqual([]);
    const memberOnGroupless = await caller('member').recommendations.get({ id: managementRecId });
    expect(memberOnGroupless.permissions.canEdit).toBe(false);
  });
});

describe('recommendations.create', () => {
  it.each(roleNames)('in a group as %s', async (role) => {
    expect(await outcome(() => caller(role).recommendations.create(input({ groupId: f.groupId })))).toBe(
      groupEdit[role],
    );
  });

  it.each(roleNames)('without a group as %s', async (role) => {
    expect(await outcome(() => caller(role).recommendations.create(input({ groupId: null })))).toBe(
      managementEdit[role],
    );
  });

  it('generates a code when none is given, refuses a taken one, and audits', async () => {
    const rec = await caller('chair').recommendations.create(input({ groupId: f.groupId }));
    expect(rec.code).toMatch(/^R-\d+$/);
    await expect(
      caller('chair').recommendations.create(input({ code: 'a1', groupId: f.groupId })),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const history = await caller('chair').audit.list({ groupId: f.groupId, entityId: rec.id });
    expect(history.items.map((e) => `${e.entityType}:${e.action}`)).toEqual(['recommendation:create']);
  });

  it('refuses unknown indicators, unknown organisations and a marking above the ceiling', async () => {
    await expect(
      caller('chair').recommendations.create(input({ groupId: f.groupId, conditionIds: ['9.9.z'] })),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller('chair').recommendations.create(
        input({ groupId: f.groupId, addresseeOrganisationIds: ['6f1c2d7e-0000-4000-8000-000000000001'] }),
      ),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller('chair').recommendations.create(
        input({ groupId: f.groupId, classification: 'DEPARTEMENTAAL_VERTROUWELIJK' }),
      ),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'CLASSIFICATION_ABOVE_CEILING' });
  });

  it('refuses edits in an archived group', async () => {
    const groupId = await h.createGroup({
      name: 'Archiefgroep',
      organisations: ['DEFENSIE'],
      members: [[f.chair, 'chair']],
    });
    const group = await caller('chair').workingGroups.changeStatus({ id: groupId, version: 1, status: 'gearchiveerd' });
    expect(group.status).toBe('gearchiveerd');
    await expect(
      caller('chair').recommendations.create(input({ groupId, addresseeOrganisationIds: [defensieId] })),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'GROUP_ARCHIVED',
    });
  });
});

describe('createRecommendationFromSource (for other modules)', () => {
  it('links the new recommendation to its source record', async () => {
    const sourceId = '0b8d3a52-5f5e-4f3b-9a52-2d6f0c1e9a10';
    const ctx = {
      db: h.handle.db,
      origin: { ip: null, userAgent: 'test' },
      classificationCeiling: 'ONGERUBRICEERD' as const,
    };
    const chair = f.chair;
    const rec = await createRecommendationFromSource(ctx, chair, {
      ...input({ groupId: f.groupId }),
      sourceType: 'exercise_evaluation',
      sourceId,
      sourceReference: 'Evaluatie oefening Dijkwacht',
      note: 'Voortgekomen uit de evaluatie.',
    });
    expect(rec.code).toMatch(/^R-\d+$/);
    const detail = await caller('chair').recommendations.get({ id: rec.id });
    expect(detail.history[0]?.note).toBe('Voortgekomen uit de evaluatie.');
    expect(rec).toMatchObject({ sourceType: 'exercise_evaluation', sourceId, groupId: f.groupId });
    await expect(
      createRecommendationFromSource(ctx, f.outsider, {
        ...input({ groupId: f.groupId }),
        sourceType: 'exercise_evaluation',
        sourceId,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('recommendations.update', () => {
  const update = async (role: RoleName, id: string) =>
    caller(role).recommendations.update({
      ...input({ title: `Bijgewerkt door ${role}` }),
      id,
      version: await versionOf(id),
      code: (await caller('admin').recommendations.get({ id })).code,
      ownerUserId: null,
      dueDate: null,
      decisionId: null,
    });

  it.each(roleNames)('a group recommendation as %s', async (role) => {
    expect(await outcome(() => update(role, groupRecId))).toBe(groupEdit[role]);
  });

  it.each(roleNames)('a group-less recommendation as %s', async (role) => {
    expect(await outcome(() => update(role, managementRecId))).toBe(managementEdit[role]);
  });

  it('refuses a stale version with the conflict message and changes nothing', async () => {
    const version = await versionOf(groupRecId);
    const base = {
      ...input(),
      id: groupRecId,
      code: 'A1',
      ownerUserId: f.member.userId,
      dueDate: '2027-03-01',
      decisionId: null,
    };
    await caller('chair').recommendations.update({ ...base, version, title: 'Eerste wijziging' });
    await expect(
      caller('member').recommendations.update({ ...base, version, title: 'Verouderde wijziging' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'VERSION_CONFLICT',
    });
    const rec = await caller('chair').recommendations.get({ id: groupRecId });
    expect(rec).toMatchObject({
      title: 'Eerste wijziging',
      version: version + 1,
      ownerName: 'Lid Lars',
      dueDate: '2027-03-01',
    });
  });
});

describe('recommendations.changeStatus', () => {
  it.each(roleNames)('a group recommendation as %s', async (role) => {
    const id = await freshGroupRec();
    expect(
      await outcome(() =>
        caller(role).recommendations.changeStatus({ id, version: 1, status: 'aanvaard', note: 'Aanvaard' }),
      ),
    ).toBe(groupEdit[role]);
  });

  it.each(roleNames)('a group-less recommendation as %s', async (role) => {
    const id = await freshGroupRec('voorgesteld', null);
    expect(
      await outcome(() =>
        caller(role).recommendations.changeStatus({ id, version: 1, status: 'aanvaard', note: 'Aanvaard' }),
      ),
    ).toBe(managementEdit[role]);
  });

  it('refuses a stale version', async () => {
    const id = await freshGroupRec();
    await caller('chair').recommendations.changeStatus({ id, version: 1, status: 'aanvaard', note: 'Aanvaard' });
    await expect(
      caller('member').recommendations.changeStatus({ id, version: 1, status: 'vervallen', note: 'x', reason: 'y' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses niet_aanvaard without a reason and skipping steps', async () => {
    const id = await freshGroupRec();
    await expect(
      caller('chair').recommendations.changeStatus({ id, version: 1, status: 'niet_aanvaard', note: 'Besproken' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'REASON_REQUIRED',
    });
    await expect(
      caller('chair').recommendations.changeStatus({ id, version: 1, status: 'uitgevoerd', note: 'Klaar' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const rejected = await caller('chair').recommendations.changeStatus({
      id,
      version: 1,
      status: 'niet_aanvaard',
      note: 'Besproken',
      reason: 'Past niet in de opdracht',
    });
    expect(rejected.status).toBe('niet_aanvaard');
    await expect(
      caller('chair').recommendations.update({
        ...input(),
        id,
        version: rejected.version,
        code: rejected.code,
        ownerUserId: null,
        dueDate: null,
        decisionId: null,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'RECOMMENDATION_CLOSED' });
  });

  it('completes jointly: uitgevoerd only once every addressee has recorded its part, then verifies with evidence', async () => {
    const id = await freshGroupRec('aanvaard');
    const chair = caller('chair');
    let rec = await chair.recommendations.changeStatus({
      id,
      version: await versionOf(id),
      status: 'in_uitvoering',
      note: 'Gestart',
    });
    rec = await chair.recommendations.recordAddresseeProgress({
      id,
      version: rec.version,
      organisationId: defensieId,
      state: 'uitgevoerd',
      note: 'Defensie heeft haar deel gedaan',
    });
    await expect(
      chair.recommendations.changeStatus({ id, version: rec.version, status: 'uitgevoerd', note: 'Klaar' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'JOINT_COMPLETION_PENDING',
    });
    rec = await caller('member').recommendations.recordAddresseeProgress({
      id,
      version: rec.version,
      organisationId: politieId,
      state: 'uitgevoerd',
      note: 'Politie ook',
    });
    rec = await chair.recommendations.changeStatus({
      id,
      version: rec.version,
      status: 'uitgevoerd',
      note: 'Beide organisaties klaar',
    });
    expect(rec.status).toBe('uitgevoerd');
    expect(rec.implementedOn).not.toBeNull();

    // Whoever set it to uitgevoerd may not verify it: that is for a second person.
    await expect(
      chair.recommendations.changeStatus({
        id,
        version: rec.version,
        status: 'geverifieerd',
        note: 'Gecontroleerd',
        evidence: { kind: 'exercise', reference: 'Oefening', date: '2099-01-01', note: 'Zelf gecontroleerd' },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'SECOND_PERSON_REQUIRED' });
    const asImplementer = await chair.recommendations.get({ id });
    expect(asImplementer.permissions).toMatchObject({ verify: false, verifyRefusal: 'SECOND_PERSON_REQUIRED' });
    expect(asImplementer.waitingFor).toMatchObject([{ kind: 'second_person' }]);
    const verifier = caller('member');
    expect((await verifier.recommendations.get({ id })).permissions).toMatchObject({ verify: true });

    await expect(
      verifier.recommendations.changeStatus({
        id,
        version: rec.version,
        status: 'geverifieerd',
        note: 'Gecontroleerd',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'EVIDENCE_REQUIRED',
    });
    await expect(
      verifier.recommendations.changeStatus({
        id,
        version: rec.version,
        status: 'geverifieerd',
        note: 'Gecontroleerd',
        evidence: { kind: 'exercise', reference: 'Oefening', date: '2000-01-01', note: 'Te vroeg' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const verified = await verifier.recommendations.changeStatus({
      id,
      version: rec.version,
      status: 'geverifieerd',
      note: 'Gecontroleerd in een latere oefening',
      evidence: {
        kind: 'exercise',
        reference: 'Oefening Dijkwacht, evaluatie',
        date: '2099-01-01',
        note: 'De afspraak werkte in de praktijk.',
      },
    });
    expect(verified.status).toBe('geverifieerd');
    const detail = await chair.recommendations.get({ id });
    expect(detail.history.filter((e) => e.kind === 'status').map((e) => e.toStatus)).toEqual([
      'geverifieerd',
      'uitgevoerd',
      'in_uitvoering',
      'aanvaard',
      'voorgesteld',
    ]);
    expect(detail.history.filter((e) => e.kind === 'addressee').map((e) => e.organisationCode)).toEqual([
      'POLITIE',
      'DEFENSIE',
    ]);
    expect(detail.history[0]?.evidence).toMatchObject({ kind: 'exercise', reference: 'Oefening Dijkwacht, evaluatie' });
    expect(detail.nextStatuses).toEqual([]);
  });
});

describe('recommendations.addNote and recordAddresseeProgress', () => {
  it.each(roleNames)('adding a note to a group recommendation as %s', async (role) => {
    expect(
      await outcome(() => caller(role).recommendations.addNote({ id: groupRecId, note: `Voortgang volgens ${role}` })),
    ).toBe(groupEdit[role]);
  });

  it.each(roleNames)('adding a note to a group-less recommendation as %s', async (role) => {
    expect(await outcome(() => caller(role).recommendations.addNote({ id: managementRecId, note: 'Voortgang' }))).toBe(
      managementEdit[role],
    );
  });

  /**
   * Politie's own state: its working members in the group and its management; the Defensie
   * chair and observer may not; the (Defensie) admin only with a reason.
   */
  const politieState: Record<RoleName, string> = {
    anonymous: 'UNAUTHORIZED',
    outsider: 'NOT_FOUND',
    observer: 'FORBIDDEN',
    member: 'OK',
    chair: 'FORBIDDEN',
    management: 'OK',
    admin: 'BAD_REQUEST',
  };
  it.each(roleNames)('recording Politie’s state as %s', async (role) => {
    const id = await freshGroupRec('aanvaard');
    const version = await versionOf(id);
    expect(
      await outcome(() =>
        caller(role).recommendations.recordAddresseeProgress({
          id,
          version,
          organisationId: politieId,
          state: 'in_uitvoering',
          note: 'Bezig',
        }),
      ),
    ).toBe(politieState[role]);
  });

  it('refuses a member of the other organisation, and lets an admin record on behalf only with a reason', async () => {
    const id = await freshGroupRec('aanvaard');
    const version = await versionOf(id);
    const politieDone = { id, version, organisationId: politieId, state: 'uitgevoerd' as const, note: 'Gedaan' };
    await expect(caller('chair').recommendations.recordAddresseeProgress(politieDone)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'NOT_YOUR_ORGANISATION',
    });
    await expect(
      caller('member').recommendations.recordAddresseeProgress({ ...politieDone, organisationId: defensieId }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'NOT_YOUR_ORGANISATION',
    });
    await expect(caller('admin').recommendations.recordAddresseeProgress(politieDone)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'ON_BEHALF_REASON_REQUIRED',
    });
    await caller('admin').recommendations.recordAddresseeProgress({
      ...politieDone,
      onBehalfReason: 'Politie-contact bevestigde per mail',
    });
    const detail = await caller('member').recommendations.get({ id });
    expect(detail.addressees.map((a) => [a.code, a.state, a.onBehalfReason])).toEqual([
      ['DEFENSIE', 'open', null],
      ['POLITIE', 'uitgevoerd', 'Politie-contact bevestigde per mail'],
    ]);
    expect(detail.waitingFor).toEqual([{ kind: 'organisation', organisationId: defensieId }]);
    const history = await caller('admin').audit.list({ entityId: id });
    expect(JSON.stringify(history.items[0]?.after)).toContain('Politie-contact bevestigde per mail');
  });

  it('lists the recommendations waiting for an organisation', async () => {
    const id = await freshGroupRec('aanvaard');
    const version = await versionOf(id);
    await caller('chair').recommendations.recordAddresseeProgress({
      id,
      version,
      organisationId: defensieId,
      state: 'uitgevoerd',
      note: 'Klaar',
    });
    const forPolitie = await listRecommendationsWaitingForOrganisation(h.handle.db, politieId);
    const forDefensie = await listRecommendationsWaitingForOrganisation(h.handle.db, defensieId);
    expect(forPolitie.map((r) => r.id)).toContain(id);
    expect(forDefensie.map((r) => r.id)).not.toContain(id);
    // Proposed ones wait for nobody yet.
    expect(forPolitie.map((r) => r.id)).not.toContain(groupRecId);
  });

  it('refuses progress for a non-addressee or before acceptance, and a stale version', async () => {
    const id = await freshGroupRec();
    await expect(
      caller('chair').recommendations.recordAddresseeProgress({
        id,
        version: 1,
        organisationId: defensieId,
        state: 'uitgevoerd',
        note: 'x',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const accepted = await caller('chair').recommendations.changeStatus({
      id,
      version: 1,
      status: 'aanvaard',
      note: 'Aanvaard',
    });
    const om = (await findOrganisationByCode(h.handle.db, 'OM'))?.id ?? '';
    await expect(
      caller('chair').recommendations.recordAddresseeProgress({
        id,
        version: accepted.version,
        organisationId: om,
        state: 'uitgevoerd',
        note: 'x',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller('chair').recommendations.recordAddresseeProgress({
        id,
        version: 1,
        organisationId: defensieId,
        state: 'uitgevoerd',
        note: 'x',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'VERSION_CONFLICT' });
  });
});

describe('recommendations.dashboard', () => {
  it('marks the figures with the highest classification it counts and names the owners of overdue ones', async () => {
    const groupId = await h.createGroup({
      name: 'Rubriceringsgroep',
      organisations: ['DEFENSIE', 'POLITIE'],
      members: [[f.member, 'chair']],
    });
    await caller('member').recommendations.create(
      input({ code: 'RUB-1', groupId, level: 'bestuurlijk', dueDate: '2020-01-01', ownerUserId: f.member.userId }),
    );
    expect((await caller('management').recommendations.dashboard({ groupId })).marking).toBe('ONGERUBRICEERD');
    const ctx = {
      db: h.handle.db,
      origin: { ip: null, userAgent: 'test' },
      classificationCeiling: 'DEPARTEMENTAAL_VERTROUWELIJK' as const,
    };
    await createRecommendationFromSource(ctx, f.member, {
      ...input({ code: 'RUB-2', groupId, classification: 'DEPARTEMENTAAL_VERTROUWELIJK' }),
      sourceType: 'exercise_evaluation',
      sourceId: '0b8d3a52-5f5e-4f3b-9a52-2d6f0c1e9a11',
    });
    const dash = await caller('management').recommendations.dashboard({ groupId });
    expect(dash.marking).toBe('DEPARTEMENTAAL_VERTROUWELIJK');
    expect(dash.overdue.map((r) => [r.code, r.ownerName])).toEqual([['RUB-1', expect.any(String)]]);
    expect(dash.overdue[0]?.ownerName).not.toBe('');
    // A filter that leaves the confidential one out lowers the marking again.
    expect((await caller('management').recommendations.dashboard({ groupId, level: 'bestuurlijk' })).marking).toBe(
      'ONGERUBRICEERD',
    );
  });

  it.each(roleNames)('as %s', async (role) => {
    expect(await outcome(() => caller(role).recommendations.dashboard({}))).toBe(
      role === 'anonymous' ? 'UNAUTHORIZED' : 'OK',
    );
  });

  it('hides other groups from the figures and refuses their filter', async () => {
    expect(await outcome(() => caller('outsider').recommendations.dashboard({ groupId: f.groupId }))).toBe('NOT_FOUND');
    const asMember = await caller('member').recommendations.dashboard({});
    expect(asMember.byGroup.map((g) => g.key)).not.toContain(f.otherGroupId);
    const asManagement = await caller('management').recommendations.dashboard({});
    expect(asManagement.byGroup.map((g) => g.key)).toEqual(expect.arrayContaining([f.groupId, f.otherGroupId, 'none']));
  });

  it('computes exact figures on a fixed dataset', async () => {
    const groupId = await h.createGroup({
      name: 'Dashboardgroep',
      organisations: ['DEFENSIE', 'POLITIE'],
      members: [[f.member, 'chair']],
    });
    const lead = caller('member');
    const make = async (code: string, extra: Partial<CreateRecommendationInput>) =>
      lead.recommendations.create(input({ code, groupId, ...extra }));
    // D1: voorgesteld, overdue, mogen (3.1.b), Defensie only, bestuurlijk
    await make('D1', {
      conditionIds: ['3.1.b'],
      addresseeOrganisationIds: [defensieId],
      level: 'bestuurlijk',
      dueDate: '2020-01-01',
    });
    // D2: aanvaard, overdue, mogen twice (3.1.a + 3.1.b), both
    const d2 = await make('D2', { conditionIds: ['3.1.a', '3.1.b'], dueDate: '2020-06-01' });
    await lead.recommendations.changeStatus({ id: d2.id, version: 1, status: 'aanvaard', note: 'Aanvaard' });
    // D3: uitgevoerd, past due date but not overdue, willen (1.4.c), Politie only
    const d3 = await make('D3', {
      conditionIds: ['1.4.c'],
      addresseeOrganisationIds: [politieId],
      dueDate: '2020-01-01',
      sourceType: 'thesis',
    });
    let v = (await lead.recommendations.changeStatus({ id: d3.id, version: 1, status: 'aanvaard', note: 'a' })).version;
    v = (await lead.recommendations.changeStatus({ id: d3.id, version: v, status: 'in_uitvoering', note: 'b' }))
      .version;
    v = (
      await lead.recommendations.recordAddresseeProgress({
        id: d3.id,
        version: v,
        organisationId: politieId,
        state: 'uitgevoerd',
        note: 'c',
      })
    ).version;
    await lead.recommendations.changeStatus({ id: d3.id, version: v, status: 'uitgevoerd', note: 'd' });
    // D4: vervallen, willen + kunnen
    const d4 = await make('D4', { conditionIds: ['1.4.a', '2.3.c'] });
    await lead.recommendations.changeStatus({
      id: d4.id,
      version: 1,
      status: 'vervallen',
      note: 'x',
      reason: 'Ingehaald door beleid',
    });

    const dash = await caller('management').recommendations.dashboard({ groupId });
    expect(dash.total).toMatchObject({
      total: 4,
      open: 2,
      implemented: 1,
      dropped: 1,
      overdue: 2,
      percentImplemented: 33,
    });
    expect(dash.total.byStatus).toMatchObject({ voorgesteld: 1, aanvaard: 1, uitgevoerd: 1, vervallen: 1 });
    expect(dash.byLevel.map((l) => [l.key, l.total])).toEqual([
      ['bestuurlijk', 1],
      ['operationeel', 3],
    ]);
    expect(Object.fromEntries(dash.bySource.map((s) => [s.key, s.total]))).toEqual({ thesis: 1, working_group: 3 });
    const byOrg = Object.fromEntries(dash.byOrganisation.map((o) => [o.key, [o.total, o.implemented, o.overdue]]));
    expect(byOrg[defensieId]).toEqual([3, 0, 2]);
    expect(byOrg[politieId]).toEqual([3, 1, 1]);
    expect(dash.byGroup).toHaveLength(1);
    const category = Object.fromEntries(
      dash.conditions.map((c) => [c.id, [c.summary.total, c.summary.implemented, c.summary.overdue]]),
    );
    expect(category).toEqual({ '1': [2, 1, 0], '2': [1, 0, 0], '3': [2, 0, 2], '4': [0, 0, 0] });
    const mogen = dash.conditions.find((c) => c.id === '3');
    expect(mogen?.indicators.find((i) => i.id === '3.1.b')?.summary.total).toBe(2);
    expect(mogen?.indicators.find((i) => i.id === '3.1.e')?.summary.total).toBe(0);
    expect(dash.overdue.map((r) => r.code)).toEqual(['D1', 'D2']);
    const thisMonth = dash.trend.at(-1);
    expect(thisMonth).toMatchObject({ open: 2, implemented: 1 });
    expect(dash.trend).toHaveLength(12);

    const filtered = await caller('management').recommendations.dashboard({ groupId, condition: '3' });
    expect(filtered.total).toMatchObject({ total: 2, overdue: 2 });
    const defensieOnly = await caller('management').recommendations.dashboard({
      groupId,
      organisationId: defensieId,
      level: 'operationeel',
    });
    expect(defensieOnly.total.total).toBe(2);
  });

  it('builds the trend from the dated status history', async () => {
    const groupId = await h.createGroup({
      name: 'Trendgroep',
      organisations: ['POLITIE'],
      members: [[f.member, 'chair']],
    });
    const lead = caller('member');
    const rec = await lead.recommendations.create(
      input({ code: 'T1', groupId, addresseeOrganisationIds: [politieId] }),
    );
    // Move its proposal back to January 2026 and its acceptance to March 2026.
    await h.handle.db
      .update(recommendationEvents)
      .set({ occurredAt: new Date('2026-01-15T10:00:00Z') })
      .where(eq(recommendationEvents.recommendationId, rec.id));
    let v = (await lead.recommendations.changeStatus({ id: rec.id, version: 1, status: 'aanvaard', note: 'a' }))
      .version;
    v = (await lead.recommendations.changeStatus({ id: rec.id, version: v, status: 'in_uitvoering', note: 'b' }))
      .version;
    v = (
      await lead.recommendations.recordAddresseeProgress({
        id: rec.id,
        version: v,
        organisationId: politieId,
        state: 'uitgevoerd',
        note: 'c',
      })
    ).version;
    await lead.recommendations.changeStatus({ id: rec.id, version: v, status: 'uitgevoerd', note: 'd' });
    const events = await lead.recommendations.get({ id: rec.id });
    const done = events.history.find((e) => e.toStatus === 'uitgevoerd');
    if (!done) throw new Error('no uitgevoerd event');
    await h.handle.db
      .update(recommendationEvents)
      .set({ occurredAt: new Date('2026-03-10T10:00:00Z') })
      .where(eq(recommendationEvents.id, done.id));
    const dash = await caller('admin').recommendations.dashboard({ groupId, from: '2025-12-01', to: '2026-04-30' });
    expect(dash.trend).toEqual([
      { month: '2025-12', open: 0, implemented: 0 },
      { month: '2026-01', open: 1, implemented: 0 },
      { month: '2026-02', open: 1, implemented: 0 },
      { month: '2026-03', open: 0, implemented: 1 },
      { month: '2026-04', open: 0, implemented: 1 },
    ]);
  });
});

describe('other groups stay invisible', () => {
  it('answers NOT_FOUND for every procedure on another group’s recommendation', async () => {
    const outsider = caller('outsider');
    expect(await outcome(() => outsider.recommendations.get({ id: groupRecId }))).toBe('NOT_FOUND');
    expect(await outcome(() => outsider.recommendations.addNote({ id: groupRecId, note: 'x' }))).toBe('NOT_FOUND');
    expect(
      await outcome(() =>
        outsider.recommendations.changeStatus({ id: groupRecId, version: 1, status: 'aanvaard', note: 'x' }),
      ),
    ).toBe('NOT_FOUND');
    expect(await outcome(() => caller('member').recommendations.get({ id: otherRecId }))).toBe('NOT_FOUND');
  });
});
