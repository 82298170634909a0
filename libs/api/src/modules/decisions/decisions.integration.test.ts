import { describe, expect, it } from 'vitest';
import { findOrganisationByCode } from '@srw/db';
import type { CreateDecisionInput } from '@srw/domain';
import { outcome, roleNames, type RoleName } from '../../testing';
import { contributors, readAll, readDraft, useDecisionsFixture } from './decisions.fixture';

const { s, caller, draft, version, propose, establish } = useDecisionsFixture();

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
    await caller('chair').decisions.changeStatus({
      id,
      version: await version(id),
      status: 'ingetrokken',
      reason: 'Vraag vervalt',
    });
    expect(await outcome(() => caller('outsider').decisions.get({ id }))).toBe('NOT_FOUND');
    const established = await draft();
    await establish(established.id);
    await caller('admin').decisions.changeStatus({
      id: established.id,
      version: await version(established.id),
      status: 'ingetrokken',
      reason: 'Achterhaald',
    });
    const seen = await caller('outsider').decisions.get({ id: established.id });
    expect(seen).toMatchObject({ status: 'ingetrokken', withdrawnReason: 'Achterhaald' });
  });

  it('tells each role what it may do', async () => {
    const { id } = await draft();
    await propose(id);
    const asMember = await caller('member').decisions.get({ id });
    expect(asMember.permissions).toMatchObject({
      canEdit: true,
      canSignOff: true,
      canEstablish: false,
      canWithdraw: false,
    });
    expect(asMember.missingSignOffs.map((o) => o.code)).toEqual(['DEFENSIE', 'POLITIE']);
    const asObserver = await caller('observer').decisions.get({ id });
    expect(asObserver.permissions).toMatchObject({ canEdit: false, canSignOff: false, canWithdraw: false });
    const asManagement = await caller('management').decisions.get({ id });
    expect(Object.values(asManagement.permissions).every((allowed) => !allowed)).toBe(true);
    const asAdmin = await caller('admin').decisions.get({ id });
    expect(asAdmin.permissions).toMatchObject({ canEdit: false, canSignOff: false, canWithdraw: true });
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
    for (const role of ['observer', 'member', 'chair', 'management', 'admin'] as const)
      expect(await visible(role)).toEqual(all);
    expect(await outcome(() => caller('anonymous').decisions.list({}))).toBe('UNAUTHORIZED');

    const overview = await caller('outsider').decisions.overview({ tag: 'zichtbaarheid' });
    const ids = overview.sections.flatMap((s) => s.topics.flatMap((t) => t.decisions.map((d) => d.id)));
    expect(ids).toEqual([established.id]);
    expect(overview.sections[0]?.level.code).toBe('ASSISTANCE');
    expect(overview.sections[0]?.topics[0]?.topic).toBe('Zichtbaarheid');
    expect(overview.groups).toEqual([{ id: s.f.groupId, name: expect.any(String) }]);
    // The printed framework's marking: the highest classification among its decisions.
    expect(overview.marking).toBe('ONGERUBRICEERD');
    expect((await caller('chair').decisions.overview({ tag: 'zichtbaarheid', groupId: s.f.groupId })).total).toBe(3);
    expect((await caller('chair').decisions.overview({ tag: 'zichtbaarheid', groupId: s.f.otherGroupId })).total).toBe(
      0,
    );
  });

  it.each(roleNames)('overview and reference conditions as %s', async (role) => {
    expect(await outcome(() => caller(role).decisions.overview({}))).toBe(readAll[role]);
    expect(await outcome(() => caller(role).decisions.referenceConditions())).toBe(readAll[role]);
  });

  it('highlights UNCLEAR questions as open work with their age, and filters', async () => {
    const open = await draft({
      outcome: 'UNCLEAR',
      conditions: [],
      topic: 'Informatiedeling',
      cooperationLevel: 'PARTNERSHIP',
      tags: ['open'],
    });
    const overview = await caller('member').decisions.overview({ tag: 'open' });
    expect(overview.openQuestions).toEqual([expect.objectContaining({ id: open.id, ageDays: 0 })]);
    expect((await caller('member').decisions.overview({ outcome: 'ALLOWED', tag: 'open' })).total).toBe(0);
    expect((await caller('member').decisions.overview({ legalBasisId: s.basis['PW2012-58'], tag: 'open' })).total).toBe(
      1,
    );
    expect((await caller('member').decisions.overview({ legalBasisId: s.basis['MSOB'], tag: 'open' })).total).toBe(0);
    expect((await caller('member').decisions.overview({ status: 'concept', tag: 'open' })).total).toBe(1);
    expect(overview.tags).toContain('open');
  });

  it('tells the overview which organisations each decision concerns and which signed off, for the organisation lens', async () => {
    const { id } = await draft({ tags: ['lens'] });
    await propose(id);
    await caller('chair').decisions.signOff({ id, version: await version(id) });
    const defensie = (await findOrganisationByCode(s.h.handle.db, 'DEFENSIE'))?.id ?? '';
    const politie = (await findOrganisationByCode(s.h.handle.db, 'POLITIE'))?.id ?? '';
    const overview = await caller('member').decisions.overview({ tag: 'lens' });
    const [row] = overview.sections.flatMap((section) => section.topics.flatMap((topic) => topic.decisions));
    expect(row?.id).toBe(id);
    expect([...(row?.concernedOrganisationIds ?? [])].sort()).toEqual([defensie, politie].sort());
    expect(row?.signedOrganisationIds).toEqual([
      (await caller('chair').decisions.get({ id })).signOffs[0]?.organisationId,
    ]);
    expect(row?.signedOrganisationIds).toHaveLength(1);
  });

  it('pages with a keyset cursor without repeats', async () => {
    for (let i = 0; i < 5; i++) await draft({ tags: ['paginering'] });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof caller>['decisions']['list']>> = await caller(
        'member',
      ).decisions.list({ tag: 'paginering', limit: 2, cursor });
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
        groupId: s.f.groupId,
        question: `Vraag van ${role}`,
        cooperationLevel: 'TRAINING',
        topic: 'Oefenen',
        outcome: 'ALLOWED',
        organisationIds: [s.defensieId],
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
      {
        sharingRules: [
          {
            dataCategory: 'Verdachtengegevens',
            fromOrganisationId: '',
            toOrganisationId: '',
            legalGround: '',
            conditions: '',
            consentFrom: '',
            verdict: 'NO' as const,
          },
        ],
      },
      'sharingRules.0.toOrganisationId',
    ],
    ['an organisation outside the group', { organisationIds: ['om'] }, 'organisationIds'],
    ['a marking above the ceiling', { classification: 'DEPARTEMENTAAL_VERTROUWELIJK' as const }, 'classification'],
  ])('refuses %s with a field error', async (_name, override, field) => {
    const om = (await findOrganisationByCode(s.h.handle.db, 'OM'))?.id ?? '';
    const patched = JSON.parse(
      JSON.stringify(override)
        .replaceAll('"om"', `"${om}"`)
        .replaceAll('"fromOrganisationId":""', `"fromOrganisationId":"${s.politieId}"`)
        .replaceAll('"toOrganisationId":""', `"toOrganisationId":"${s.politieId}"`),
    ) as Partial<CreateDecisionInput>;
    await expect(draft(patched)).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { field } });
  });

  it('stores information-sharing rules in order', async () => {
    const { id } = await draft({
      outcome: 'UNCLEAR',
      conditions: [],
      sharingRules: [
        {
          dataCategory: 'Verdachtengegevens',
          fromOrganisationId: s.politieId,
          toOrganisationId: s.defensieId,
          legalGround: 'Wpg art. 16',
          conditions: '',
          consentFrom: 'Officier van Justitie',
          verdict: 'UNDER_CONDITIONS',
        },
        {
          dataCategory: 'Dronebeelden',
          fromOrganisationId: s.defensieId,
          toOrganisationId: s.politieId,
          legalGround: '',
          conditions: '',
          consentFrom: '',
          verdict: 'YES',
        },
      ],
    });
    const detail = await caller('member').decisions.get({ id });
    expect(
      detail.sharingRules.map((r) => [r.dataCategory, r.fromOrganisationCode, r.toOrganisationCode, r.verdict]),
    ).toEqual([
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

  it('shows before and after of the changed fields in the history, without ids', async () => {
    const { id } = await draft();
    const before = await caller('admin').decisions.get({ id });
    await updateAs('chair', id, { context: 'Nieuwe toelichting' });
    const [edit] = await caller('chair').decisions.history({ id });
    expect(edit?.changes).toContainEqual({
      key: 'context',
      before: before.context || '—',
      after: 'Nieuwe toelichting',
    });
    expect(edit?.changes.some((c) => c.key === 'event' || /[0-9a-f]{8}-[0-9a-f]{4}-/.test(c.after))).toBe(false);
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
      caller('member').decisions.update({
        ...(await caller('member').decisions.get({ id })),
        id,
        version: stale,
        legalBasisIds: [],
        organisationIds: [s.defensieId],
        context: 'Verouderd',
        sharingRules: [],
      }),
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
      { legalBasisIds: [s.basis['PW2012-58'] ?? '', s.basis['MSOB'] ?? ''] },
      { outcome: 'NOT_ALLOWED' as const, conditions: [] },
    ]) {
      await caller('chair')
        .decisions.signOff({ id, version: await version(id) })
        .catch(() => undefined);
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
    expect(
      await outcome(async () =>
        caller(role).decisions.changeStatus({ id, version: await version(id), status: 'voorgesteld' }),
      ),
    ).toBe(contributors[role]);
  });

  it.each(roleNames)('sign off as %s', async (role) => {
    const { id } = await draft();
    await propose(id);
    const expected: Record<RoleName, string> = { ...contributors };
    expect(await outcome(async () => caller(role).decisions.signOff({ id, version: await version(id) }))).toBe(
      expected[role],
    );
  });

  it('refuses sign-off by an organisation the decision does not concern, and twice', async () => {
    const { id } = await draft({ organisationIds: [s.defensieId] });
    await propose(id);
    await expect(caller('member').decisions.signOff({ id, version: await version(id) })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'ORGANISATION_NOT_CONCERNED',
    });
    await caller('chair').decisions.signOff({ id, version: await version(id) });
    await expect(caller('chair').decisions.signOff({ id, version: await version(id) })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses sign-off of a concept and of a stale version', async () => {
    const { id } = await draft();
    await expect(caller('chair').decisions.signOff({ id, version: await version(id) })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'NOT_PROPOSED',
    });
    await propose(id);
    await expect(caller('chair').decisions.signOff({ id, version: 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('becomes vastgesteld only when each organisation has signed off', async () => {
    const { id } = await draft();
    await propose(id);
    await caller('chair').decisions.signOff({ id, version: await version(id) });
    await expect(
      caller('chair').decisions.changeStatus({ id, version: await version(id), status: 'vastgesteld' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'SIGN_OFFS_MISSING',
    });
    const result = await caller('member').decisions.signOff({ id, version: await version(id) });
    expect(result.missing).toEqual([]);
    const established = await caller('member').decisions.changeStatus({
      id,
      version: await version(id),
      status: 'vastgesteld',
    });
    expect(established.status).toBe('vastgesteld');
    expect(established.publishedAt).not.toBeNull();
    const history = await caller('member').decisions.history({ id });
    expect(history.map((e) => e.event).reverse()).toEqual(['create', 'status', 'signOff', 'signOff', 'status']);
  });

  it.each(roleNames)('withdraw a vastgesteld decision as %s', async (role) => {
    const { id } = await draft();
    await establish(id);
    const expected: Record<RoleName, string> = {
      ...readAll,
      outsider: 'FORBIDDEN',
      observer: 'FORBIDDEN',
      member: 'FORBIDDEN',
      management: 'FORBIDDEN',
    };
    expect(
      await outcome(async () =>
        caller(role).decisions.changeStatus({
          id,
          version: await version(id),
          status: 'ingetrokken',
          reason: 'Wet gewijzigd',
        }),
      ),
    ).toBe(expected[role]);
  });

  it('needs a reason to withdraw and keeps closed decisions closed', async () => {
    const { id } = await draft();
    await expect(
      caller('chair').decisions.changeStatus({ id, version: await version(id), status: 'ingetrokken' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await caller('chair').decisions.changeStatus({
      id,
      version: await version(id),
      status: 'ingetrokken',
      reason: 'Dubbel',
    });
    await expect(
      caller('chair').decisions.changeStatus({ id, version: await version(id), status: 'voorgesteld' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
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
    const otherGroups = await s.h
      .callerFor(s.f.outsider)
      .decisions.create({
        groupId: s.f.otherGroupId,
        question: 'Andere groep',
        cooperationLevel: 'TRAINING',
        topic: 'x',
        outcome: 'ALLOWED',
        organisationIds: [s.politieId],
        supersedesId: old.id,
      })
      .catch((error: unknown) => error);
    expect(otherGroups).toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('gevolgen (consequences)', () => {
  it('keeps the joint consequences and those of an organisation where they differ, and shows them to readers', async () => {
    const { id } = await draft({
      consequences: 'Zoekacties met drones worden vooraf gemeld bij de meldkamer.',
      organisationConsequences: [{ organisationId: s.defensieId, text: 'Defensie houdt een dronepiloot stand-by.' }],
    });
    await establish(id);
    const seen = await caller('outsider').decisions.get({ id });
    expect(seen.consequences).toBe('Zoekacties met drones worden vooraf gemeld bij de meldkamer.');
    expect(seen.organisations.map((o) => [o.code, o.consequences])).toEqual([
      ['DEFENSIE', 'Defensie houdt een dronepiloot stand-by.'],
      ['POLITIE', ''],
    ]);
  });

  it('refuses consequences for an organisation the decision does not concern, or twice for one', async () => {
    const refused = { code: 'BAD_REQUEST', message: 'CONSEQUENCE_ORGANISATION_NOT_CONCERNED' };
    await expect(
      draft({
        organisationIds: [s.politieId],
        organisationConsequences: [{ organisationId: s.defensieId, text: 'Niet betrokken.' }],
      }),
    ).rejects.toMatchObject(refused);
    await expect(
      draft({
        organisationConsequences: [
          { organisationId: s.politieId, text: 'Eén.' },
          { organisationId: s.politieId, text: 'Twee.' },
        ],
      }),
    ).rejects.toMatchObject(refused);
  });
});
