import ExcelJS from 'exceljs';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, findOrganisationByCode, glossaryTerms, memberships, sql } from '@srw/db';
import { buildGlossaryMatcher, type CreateGlossaryTermInput } from '@srw/domain';
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
import { seedGlossaryDemo } from '@srw/db';

let h: TestHarness;
let f: RoleFixture;
let defensieId: string;
let politieId: string;
let kmarId: string;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h, 'Begrippen');
  defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
  politieId = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
  kmarId = (await findOrganisationByCode(h.handle.db, 'KMAR'))?.id ?? '';
});
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));
let counter = 0;

type TermInput = Omit<Partial<CreateGlossaryTermInput>, 'definitions'> & {
  definitions?: { organisationId: string; text: string; source?: string }[];
};

/** A term with a Defensie and a Politie definition, created by the chair. */
async function createTerm(overrides: TermInput = {}, by: RoleName = 'chair') {
  counter += 1;
  return caller(by).glossary.create({
    prefLabel: `begrip ${counter}`,
    maintainingGroupId: f.groupId,
    definitions: [
      { organisationId: defensieId, text: `Defensie-betekenis ${counter}` },
      { organisationId: politieId, text: `Politie-betekenis ${counter}` },
    ],
    ...overrides,
  });
}

async function proposedTerm(overrides: TermInput = {}) {
  const term = await createTerm(overrides);
  return caller('chair').glossary.changeStatus({ id: term.id, version: term.version, status: 'voorgesteld' });
}

async function fullInput(id: string) {
  const term = await caller('chair').glossary.get({ id });
  return {
    id,
    version: term.version,
    prefLabel: term.prefLabel,
    abbreviations: term.abbreviations,
    synonyms: term.synonyms,
    hiddenLabels: term.hiddenLabels,
    definitions: term.definitions.map((d) => ({
      organisationId: d.organisationId,
      text: d.text,
      source: d.source,
      explanation: d.explanation,
      example: d.example,
    })),
    jointDefinition: term.jointDefinition,
    jointDefinitionSource: term.jointDefinitionSource,
    scopeNote: term.scopeNote,
    divergent: term.divergent,
    divergenceNote: term.divergenceNote,
    relations: term.relations.map((r) => ({ kind: r.kind, termId: r.termId })),
    validFrom: term.validFrom,
    validUntil: term.validUntil,
    reviewDate: term.reviewDate,
    classification: term.classification,
    maintainingGroupId: term.maintainingGroupId,
  };
}

const readersOnly: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'OK',
  observer: 'OK',
  member: 'OK',
  chair: 'OK',
  management: 'OK',
  admin: 'OK',
};

const editorsOnly: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'FORBIDDEN',
  observer: 'FORBIDDEN',
  member: 'OK',
  chair: 'OK',
  management: 'FORBIDDEN',
  admin: 'FORBIDDEN',
};

describe('reading procedures (every signed-in user, nobody anonymous)', () => {
  let termId: string;
  beforeAll(async () => {
    termId = (await createTerm()).id;
  });

  it.each(roleNames)('list, get, history, usages, comments, findInTexts and export as %s', async (role) => {
    const c = caller(role);
    expect(await outcome(() => c.glossary.list({}))).toBe(readersOnly[role]);
    expect(await outcome(() => c.glossary.get({ id: termId }))).toBe(readersOnly[role]);
    expect(await outcome(() => c.glossary.history({ id: termId }))).toBe(readersOnly[role]);
    expect(await outcome(() => c.glossary.usages({ id: termId }))).toBe(readersOnly[role]);
    expect(await outcome(() => c.glossary.comments({ id: termId }))).toBe(readersOnly[role]);
    expect(await outcome(() => c.glossary.findInTexts({ texts: ['De officier'] }))).toBe(readersOnly[role]);
    expect(await outcome(() => c.glossary.export({ format: 'turtle' }))).toBe(readersOnly[role]);
  });

  it('answers NOT_FOUND for a term that does not exist', async () => {
    expect(await outcome(() => caller('admin').glossary.get({ id: '6f1c2d7e-0000-4000-8000-000000000099' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('tells each role what it may do', async () => {
    const asChair = await caller('chair').glossary.get({ id: termId });
    expect(asChair.permissions).toMatchObject({
      canEdit: true,
      canChangeStatus: true,
      canApprove: false,
      canComment: true,
      canResolveComments: true,
    });
    expect(asChair.approval.refusal).toBe('NOT_APPROVABLE');
    const asOutsider = await caller('outsider').glossary.get({ id: termId });
    expect(asOutsider.permissions).toMatchObject({
      canEdit: false,
      canChangeStatus: false,
      canApprove: false,
      canComment: true,
      canResolveComments: false,
    });
    const asObserver = await caller('observer').glossary.get({ id: termId });
    expect(asObserver.permissions.canEdit).toBe(false);
    expect(asObserver.definitions.map((d) => d.organisationCode)).toEqual(['DEFENSIE', 'POLITIE']);
  });
});

describe('glossary.create', () => {
  it.each(roleNames)('as %s', async (role) => {
    const expected = { ...editorsOnly, outsider: 'NOT_FOUND' };
    expect(await outcome(() => createTerm({ prefLabel: `nieuw door ${role}` }, role))).toBe(expected[role]);
  });

  it('starts in bewerking, audits and records version 1', async () => {
    const created = await createTerm({ prefLabel: 'restcapaciteit', abbreviations: ['RC'] }, 'member');
    expect(created.status).toBe('in_bewerking');
    const history = await caller('outsider').glossary.history({ id: created.id });
    expect(history).toHaveLength(1);
    expect(history[0]?.changes.map((c) => c.field)).toContain('prefLabel');
    const audit = await caller('chair').audit.list({ groupId: f.groupId, entityId: created.id });
    expect(audit.items.map((e) => `${e.entityType}:${e.action}`)).toEqual(['glossary_term:create']);
  });

  it('keeps the preferred label unique ignoring case and accents', async () => {
    await createTerm({ prefLabel: 'Officier' });
    await expect(createTerm({ prefLabel: 'officíer' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'DUPLICATE_LABEL',
      cause: { code: 'DUPLICATE_LABEL', field: 'prefLabel' },
    });
    await expect(createTerm({ prefLabel: ' OFFICIER ' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses definitions of organisations outside the maintaining group, and a divergent flag with one definition', async () => {
    await expect(createTerm({ definitions: [{ organisationId: kmarId, text: 'x' }] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'ORGANISATION_NOT_IN_GROUP' },
    });
    await expect(
      createTerm({ divergent: true, definitions: [{ organisationId: defensieId, text: 'x' }] }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'DIVERGENT_NEEDS_TWO' },
    });
  });

  it('refuses a marking above the ceiling and field errors come as keys', async () => {
    await expect(createTerm({ classification: 'DEPARTEMENTAAL_VERTROUWELIJK' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(createTerm({ prefLabel: '  ' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('validation.required'),
    });
  });
});

describe('glossary.update', () => {
  it.each(roleNames)('as %s', async (role) => {
    const term = await createTerm();
    const input = await fullInput(term.id);
    expect(await outcome(() => caller(role).glossary.update({ ...input, scopeNote: `door ${role}` }))).toBe(
      editorsOnly[role],
    );
  });

  it('refuses a stale version with a conflict and changes nothing', async () => {
    const term = await createTerm();
    const input = await fullInput(term.id);
    await caller('chair').glossary.update({ ...input, scopeNote: 'Eerste wijziging' });
    await expect(
      caller('member').glossary.update({ ...input, scopeNote: 'Verouderde wijziging' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'VERSION_CONFLICT',
    });
    const after = await caller('member').glossary.get({ id: term.id });
    expect(after.scopeNote).toBe('Eerste wijziging');
    expect(after.version).toBe(input.version + 1);
  });

  it('stores relations from both sides and shows the inverse on the other term', async () => {
    const broader = await createTerm({ prefLabel: 'bijstand algemeen' });
    const narrower = await createTerm({
      prefLabel: 'militaire bijstand bij zoekacties',
      relations: [{ kind: 'broader', termId: broader.id }],
    });
    const other = await caller('observer').glossary.get({ id: broader.id });
    expect(other.relations).toEqual([expect.objectContaining({ kind: 'narrower', termId: narrower.id })]);
    await expect(
      caller('chair').glossary.update({
        ...(await fullInput(broader.id)),
        relations: [{ kind: 'related', termId: broader.id }],
      }),
    ).rejects.toMatchObject({
      cause: { code: 'SELF_RELATION' },
    });
  });
});

describe('co-approval', () => {
  it('becomes vastgesteld only when Defensie and Politie both approved the current version', async () => {
    const proposed = await proposedTerm({ prefLabel: 'eenheid', divergent: true, divergenceNote: 'Let op' });
    expect(proposed.status).toBe('voorgesteld');
    const afterDefensie = await caller('chair').glossary.approve({ id: proposed.id, version: proposed.version });
    expect(afterDefensie.status).toBe('voorgesteld');
    const half = await caller('member').glossary.get({ id: proposed.id });
    expect(half.approval.organisations.map((o) => [o.organisationCode, o.approval?.userName ?? null])).toEqual([
      ['DEFENSIE', 'Voorzitter Vera'],
      ['POLITIE', null],
    ]);
    expect(half.permissions.canApprove).toBe(true);
    const done = await caller('member').glossary.approve({ id: proposed.id, version: afterDefensie.version });
    expect(done.status).toBe('vastgesteld');

    // An edit that leaves the definitions alone keeps the status.
    const input = await fullInput(proposed.id);
    const minor = await caller('chair').glossary.update({ ...input, synonyms: ['organisatie-eenheid'] });
    expect(minor).toMatchObject({ status: 'vastgesteld', approvalsReset: false });

    // Changing a definition sends it back for re-approval; the history keeps the old approvals.
    const changed = await caller('member').glossary.update({
      ...(await fullInput(proposed.id)),
      definitions: input.definitions.map((d) =>
        d.organisationId === politieId ? { ...d, text: 'Een regionale eenheid van de politie.' } : d,
      ),
    });
    expect(changed).toMatchObject({ status: 'voorgesteld', approvalsReset: true });
    const reset = await caller('chair').glossary.get({ id: proposed.id });
    expect(reset.approval.complete).toBe(false);
    expect(reset.approval.organisations.every((o) => o.approval === null)).toBe(true);
    expect(reset.approval.history).toHaveLength(2);
    expect(reset.approval.history.map((a) => a.revision)).toEqual([1, 1]);
    const history = await caller('outsider').glossary.history({ id: proposed.id });
    expect(history[0]?.changes.map((c) => c.field)).toEqual(['status', 'definitions.POLITIE']);
  });

  it.each(roleNames)('approve as %s', async (role) => {
    const proposed = await proposedTerm();
    const expected = { ...editorsOnly };
    expect(await outcome(() => caller(role).glossary.approve({ id: proposed.id, version: proposed.version }))).toBe(
      expected[role],
    );
  });

  it('refuses a second approval from the same organisation, approval of a draft, and an organisation without a definition', async () => {
    const proposed = await proposedTerm({ definitions: [{ organisationId: politieId, text: 'alleen politie' }] });
    const omMember = await h.createUser({ name: 'Defensielid Dirk', organisation: 'DEFENSIE' });
    await h.handle.db.insert(memberships).values({ groupId: f.groupId, userId: omMember.userId, role: 'member' });
    await expect(
      h.callerFor(omMember).glossary.approve({ id: proposed.id, version: proposed.version }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'ORGANISATION_NOT_INVOLVED' },
    });
    const approved = await caller('member').glossary.approve({ id: proposed.id, version: proposed.version });
    expect(approved.status).toBe('vastgesteld');
    await expect(
      caller('member').glossary.approve({ id: proposed.id, version: approved.version }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'NOT_APPROVABLE' },
    });
    const draft = await createTerm();
    await expect(caller('chair').glossary.approve({ id: draft.id, version: draft.version })).rejects.toMatchObject({
      cause: { code: 'NOT_APPROVABLE' },
    });
    const twice = await proposedTerm();
    const first = await caller('chair').glossary.approve({ id: twice.id, version: twice.version });
    const otherDefensie = await h.createUser({ name: 'Tweede Defensielid', organisation: 'DEFENSIE' });
    await h.handle.db.insert(memberships).values({ groupId: f.groupId, userId: otherDefensie.userId, role: 'member' });
    await expect(
      h.callerFor(otherDefensie).glossary.approve({ id: twice.id, version: first.version }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'ALREADY_APPROVED' },
    });
  });

  it('refuses an approval of a version the approver did not see', async () => {
    const proposed = await proposedTerm();
    await caller('chair').glossary.update({ ...(await fullInput(proposed.id)), scopeNote: 'tussendoor' });
    expect(await outcome(() => caller('member').glossary.approve({ id: proposed.id, version: proposed.version }))).toBe(
      'CONFLICT',
    );
  });
});

describe('glossary.changeStatus', () => {
  it.each(roleNames)('as %s', async (role) => {
    const term = await createTerm();
    expect(
      await outcome(() =>
        caller(role).glossary.changeStatus({ id: term.id, version: term.version, status: 'voorgesteld' }),
      ),
    ).toBe(editorsOnly[role]);
  });

  it('never sets vastgesteld by hand and needs a definition to propose', async () => {
    const term = await createTerm({ definitions: [] });
    await expect(
      caller('chair').glossary.changeStatus({ id: term.id, version: term.version, status: 'voorgesteld' }),
    ).rejects.toMatchObject({
      cause: { code: 'NOTHING_TO_PROPOSE' },
    });
    expect(
      await outcome(() =>
        caller('chair').glossary.changeStatus({
          id: term.id,
          version: term.version,
          status: 'vastgesteld' as 'voorgesteld',
        }),
      ),
    ).toBe('BAD_REQUEST');
  });

  it('retires a term: vervangen needs a replacement; retired terms leave the default list but stay reachable', async () => {
    const old = await createTerm({ prefLabel: 'verouderd begrip' });
    const replacement = await createTerm({ prefLabel: 'opvolgend begrip' });
    await expect(
      caller('chair').glossary.changeStatus({ id: old.id, version: old.version, status: 'vervangen' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { code: 'REPLACEMENT_REQUIRED', field: 'replacedById' },
    });
    const retired = await caller('chair').glossary.changeStatus({
      id: old.id,
      version: old.version,
      status: 'vervangen',
      replacedById: replacement.id,
    });
    expect(retired.status).toBe('vervangen');
    const detail = await caller('outsider').glossary.get({ id: old.id });
    expect(detail.replacement).toEqual({ id: replacement.id, prefLabel: 'opvolgend begrip' });
    const list = await caller('outsider').glossary.list({ search: 'verouderd begrip' });
    expect(list.items.map((t) => t.id)).not.toContain(old.id);
    const all = await caller('outsider').glossary.list({ search: 'verouderd begrip', includeRetired: true });
    expect(all.items.map((t) => t.id)).toContain(old.id);
    await expect(caller('chair').glossary.update({ ...(await fullInput(old.id)) })).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'RETIRED_NOT_EDITABLE' },
    });
    const reopened = await caller('chair').glossary.changeStatus({
      id: old.id,
      version: retired.version,
      status: 'in_bewerking',
    });
    expect(reopened.status).toBe('in_bewerking');
    expect((await caller('chair').glossary.get({ id: old.id })).replacement).toBeNull();
  });

  it('refuses a stale version', async () => {
    const term = await createTerm();
    await caller('chair').glossary.changeStatus({ id: term.id, version: term.version, status: 'voorgesteld' });
    expect(
      await outcome(() =>
        caller('chair').glossary.changeStatus({ id: term.id, version: term.version, status: 'vervallen' }),
      ),
    ).toBe('CONFLICT');
  });
});

describe('search, filters and pagination', () => {
  let officierId: string;
  beforeAll(async () => {
    officierId = (
      await createTerm({
        prefLabel: 'officier van dienst',
        divergent: true,
        definitions: [
          { organisationId: defensieId, text: 'Militair die buiten kantooruren het gezag waarneemt.' },
          { organisationId: politieId, text: 'De aanklager die tijdens de dienst bereikbaar is.' },
        ],
      })
    ).id;
    await createTerm({
      prefLabel: 'Bureau Nationale Operaties',
      abbreviations: ['NatOps'],
      definitions: [{ organisationId: defensieId, text: 'Het loket voor steunverzoeken.' }],
    });
  });

  it('finds terms despite a typo, by abbreviation and by Dutch full text in definitions', async () => {
    const c = caller('outsider');
    expect((await c.glossary.list({ search: 'oficier van dienst' })).items[0]?.id).toBe(officierId);
    expect((await c.glossary.list({ search: 'oficier' })).items.map((t) => t.prefLabel)).toContain(
      'officier van dienst',
    );
    expect((await c.glossary.list({ search: 'natops' })).items.map((t) => t.prefLabel)).toEqual([
      'Bureau Nationale Operaties',
    ]);
    expect((await c.glossary.list({ search: 'aanklagers' })).items.map((t) => t.id)).toContain(officierId);
    expect((await c.glossary.list({ search: 'zzzxxyq' })).items).toEqual([]);
  });

  it('filters by divergent meaning, organisation, status, group and letter', async () => {
    const c = caller('member');
    const divergent = await c.glossary.list({ divergent: true, limit: 100 });
    expect(divergent.items.every((t) => t.divergent)).toBe(true);
    expect(divergent.items.map((t) => t.id)).toContain(officierId);
    const politie = await c.glossary.list({ organisationId: politieId, limit: 100 });
    expect(politie.items.map((t) => t.prefLabel)).not.toContain('Bureau Nationale Operaties');
    const letterB = await c.glossary.list({ letter: 'b', limit: 100 });
    expect(letterB.items.length).toBeGreaterThan(0);
    expect(letterB.items.every((t) => t.prefLabel.toLowerCase().startsWith('b'))).toBe(true);
    const inOther = await c.glossary.list({ groupId: f.otherGroupId });
    expect(inOther.items).toEqual([]);
    const drafts = await c.glossary.list({ status: 'in_bewerking', limit: 100 });
    expect(drafts.items.every((t) => t.status === 'in_bewerking')).toBe(true);
    expect(drafts.items.find((t) => t.id === officierId)).toMatchObject({
      organisationCodes: ['DEFENSIE', 'POLITIE'],
      maintainingGroupName: 'Begrippen Alfa',
    });
  });

  it('pages A–Z with a keyset cursor without repeats, and pages search results', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof caller>['glossary']['list']>> = await caller(
        'observer',
      ).glossary.list({ limit: 3, cursor });
      seen.push(...page.items.map((t) => t.prefLabel));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThan(6);
    expect(new Set(seen).size).toBe(seen.length);
    const first = await caller('observer').glossary.list({ search: 'begrip', limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await caller('observer').glossary.list({ search: 'begrip', limit: 2, cursor: first.nextCursor });
    expect(second.items.map((t) => t.id).some((id) => first.items.map((t) => t.id).includes(id))).toBe(false);
  });

  it('hides classified terms from readers outside the maintaining group', async () => {
    const secret = await createTerm({ prefLabel: 'gerubriceerd begrip' });
    await h.handle.db
      .update(glossaryTerms)
      .set({ classification: 'DEPARTEMENTAAL_VERTROUWELIJK' })
      .where(eq(glossaryTerms.id, secret.id));
    expect(await outcome(() => caller('outsider').glossary.get({ id: secret.id }))).toBe('NOT_FOUND');
    expect(
      (await caller('outsider').glossary.list({ search: 'gerubriceerd begrip' })).items.map((t) => t.id),
    ).not.toContain(secret.id);
    expect((await caller('observer').glossary.list({ search: 'gerubriceerd begrip' })).items[0]?.id).toBe(secret.id);
    expect(await outcome(() => caller('observer').glossary.get({ id: secret.id }))).toBe('OK');
    expect(await outcome(() => caller('management').glossary.get({ id: secret.id }))).toBe('OK');
  });
});

describe('terms in texts and back-links', () => {
  it('finds terms in texts with each organisation meaning of divergent ones', async () => {
    const term = await createTerm({ prefLabel: 'gereedstelling', divergent: true });
    const result = await caller('outsider').glossary.findInTexts({
      texts: ['De gereedstellingen liepen uit.', 'Niets hier.'],
    });
    expect(result.matches[0]).toEqual([expect.objectContaining({ termId: term.id, text: 'gereedstellingen' })]);
    expect(result.matches[1]).toEqual([]);
    expect(result.terms.find((t) => t.id === term.id)).toMatchObject({
      divergent: true,
      definitions: [{ organisationCode: 'DEFENSIE' }, { organisationCode: 'POLITIE' }],
    });
  });

  it('marks texts on the server with the domain matcher and sends only the terms found', async () => {
    const term = await createTerm({ prefLabel: 'inzetbevel', abbreviations: ['IBV'], divergent: true });
    const other = await createTerm({ prefLabel: 'nergens-genoemd-begrip' });
    const text = 'Het IBV en de inzetbevelen kwamen laat.';
    const server = await caller('outsider').glossary.findInTexts({ texts: [text] });
    const labels = [{ id: term.id, prefLabel: 'inzetbevel', abbreviations: ['IBV'] }];
    expect(server.matches[0]?.filter((m) => m.termId === term.id)).toEqual(buildGlossaryMatcher(labels)(text));
    expect(server.matches[0]?.filter((m) => m.termId === term.id)).toHaveLength(2);
    const entry = server.terms.find((t) => t.id === term.id);
    expect(entry).toMatchObject({ prefLabel: 'inzetbevel', abbreviations: ['IBV'], divergent: true });
    expect(entry?.definitions.map((d) => d.organisationCode)).toEqual(['DEFENSIE', 'POLITIE']);
    expect(server.terms.map((t) => t.id)).not.toContain(other.id);
  });

  it('sees a new or changed term at once (the cached index follows the glossary version)', async () => {
    const text = 'De wachtcommandant belde.';
    expect((await caller('outsider').glossary.findInTexts({ texts: [text] })).matches[0]).toEqual([]);
    const term = await createTerm({ prefLabel: 'wachtcommandant' });
    expect((await caller('outsider').glossary.findInTexts({ texts: [text] })).matches[0]).toEqual([
      expect.objectContaining({ termId: term.id, text: 'wachtcommandant' }),
    ]);
    const input = await fullInput(term.id);
    await caller('chair').glossary.update({ ...input, prefLabel: 'wachtmeester' });
    expect((await caller('outsider').glossary.findInTexts({ texts: [text] })).matches[0]).toEqual([]);
  });

  it('never marks a classified term for a reader outside its maintaining group', async () => {
    const open = await createTerm({ prefLabel: 'ploegleider' });
    const secret = await createTerm({ prefLabel: 'ploegleider nachtdienst' });
    // As an update would: the version moves with the change (the index's cache key).
    await h.handle.db
      .update(glossaryTerms)
      .set({ classification: 'DEPARTEMENTAAL_VERTROUWELIJK', version: sql`${glossaryTerms.version} + 1` })
      .where(eq(glossaryTerms.id, secret.id));
    const text = 'De ploegleider nachtdienst meldde zich.';
    const asOutsider = await caller('outsider').glossary.findInTexts({ texts: [text] });
    expect(asOutsider.matches[0]?.map((m) => [m.termId, m.text])).toEqual([[open.id, 'ploegleider']]);
    expect(asOutsider.terms.map((t) => t.id)).not.toContain(secret.id);
    for (const role of ['observer', 'management', 'admin'] as const) {
      const result = await caller(role).glossary.findInTexts({ texts: [text] });
      expect(result.matches[0]?.map((m) => [m.termId, m.text])).toEqual([[secret.id, 'ploegleider nachtdienst']]);
    }
  });

  it('lists other terms whose definitions use the term', async () => {
    const base = await createTerm({ prefLabel: 'steunverzoek' });
    const user = await createTerm({
      prefLabel: 'NatOps-loket',
      definitions: [{ organisationId: defensieId, text: 'Hier komen de steunverzoeken van de politie binnen.' }],
    });
    const usages = await caller('outsider').glossary.usages({ id: base.id });
    const usage = usages.find((u) => u.id === user.id);
    expect(usage).toMatchObject({ module: 'glossary', title: 'NatOps-loket', href: `/begrippenlijst/${user.id}` });
    expect(usage?.excerpt).toContain('steunverzoeken');
    expect(usages.map((u) => u.id)).not.toContain(base.id);
  });

  it('lists scenarios and decisions that use the term, each only to those who may read them', async () => {
    const term = await createTerm({ prefLabel: 'restcapaciteitsmelding' });
    const scenario = await caller('chair').scenarios.create({
      groupId: f.groupId,
      title: 'Bijstand uit restcapaciteit',
      problemStatement: 'Defensie doet een restcapaciteitsmelding aan de politie.',
      threatType: 'vermissing',
      cooperationLevel: 'ASSISTANCE',
    });
    const catalogue = await caller('admin').decisions.legalBases.list();
    const decisionInput = (question: string) => ({
      groupId: f.groupId,
      question,
      context: 'Na een restcapaciteitsmelding vraagt de politie om bijstand.',
      cooperationLevel: 'ASSISTANCE' as const,
      topic: 'Bijstand',
      outcome: 'ALLOWED_WITH_CONDITIONS' as const,
      conditions: [{ code: null, text: 'Alleen uit restcapaciteit' }],
      legalBasisIds: [catalogue[0]?.id ?? ''],
      organisationIds: [defensieId, politieId],
    });
    const draft = await caller('chair').decisions.create(decisionInput('Mag bijstand zonder apart verzoek?'));
    const adopted = await caller('chair').decisions.create(decisionInput('Mag bijstand na een melding?'));
    const version = async (id: string) => (await caller('admin').decisions.get({ id })).version;
    await caller('chair').decisions.changeStatus({
      id: adopted.id,
      version: await version(adopted.id),
      status: 'voorgesteld',
    });
    await caller('chair').decisions.signOff({ id: adopted.id, version: await version(adopted.id) });
    await caller('member').decisions.signOff({ id: adopted.id, version: await version(adopted.id) });
    await caller('chair').decisions.changeStatus({
      id: adopted.id,
      version: await version(adopted.id),
      status: 'vastgesteld',
    });

    const seenBy = async (role: RoleName) =>
      (await caller(role).glossary.usages({ id: term.id })).map((u) => `${u.module}:${u.id}`).sort();
    expect(await seenBy('observer')).toEqual(
      [`decision:${adopted.id}`, `decision:${draft.id}`, `scenario:${scenario.id}`].sort(),
    );
    // Someone from outside the group sees the adopted decision only.
    expect(await seenBy('outsider')).toEqual([`decision:${adopted.id}`]);
    const [usage] = (await caller('observer').glossary.usages({ id: term.id })).filter((u) => u.module === 'scenario');
    expect(usage).toMatchObject({ title: 'Bijstand uit restcapaciteit', href: `/scenarios/${scenario.id}` });
    expect(usage?.excerpt).toContain('restcapaciteitsmelding');
  });
});

describe('comments and proposals', () => {
  it.each(roleNames)('add a comment as %s', async (role) => {
    const term = await createTerm();
    expect(
      await outcome(() =>
        caller(role).glossary.addComment({ termId: term.id, kind: 'proposal', body: `Voorstel van ${role}` }),
      ),
    ).toBe(readersOnly[role]);
  });

  it.each(roleNames)('resolve a comment as %s', async (role) => {
    const term = await createTerm();
    const comment = await caller('outsider').glossary.addComment({
      termId: term.id,
      kind: 'proposal',
      body: 'Voeg een voorbeeld toe',
    });
    expect(await outcome(() => caller(role).glossary.resolveComment({ id: comment.id, status: 'verwerkt' }))).toBe(
      editorsOnly[role],
    );
  });

  it('shows comments with author and refuses resolving twice', async () => {
    const term = await createTerm();
    const comment = await caller('outsider').glossary.addComment({ termId: term.id, body: 'Klopt de bron?' });
    await caller('chair').glossary.resolveComment({ id: comment.id, status: 'afgewezen' });
    const comments = await caller('observer').glossary.comments({ id: term.id });
    expect(comments).toEqual([
      expect.objectContaining({
        body: 'Klopt de bron?',
        kind: 'comment',
        status: 'afgewezen',
        authorName: 'Buitenstaander Bo',
        resolvedByName: 'Voorzitter Vera',
      }),
    ]);
    expect(await outcome(() => caller('chair').glossary.resolveComment({ id: comment.id, status: 'verwerkt' }))).toBe(
      'CONFLICT',
    );
  });
});

describe('export and import', () => {
  it('exports SKOS Turtle that parses, with a concept per term and per organisation meaning', async () => {
    const term = await createTerm({
      prefLabel: 'beheerst geweld',
      divergent: true,
      abbreviations: ['BG'],
      scopeNote: 'Reikwijdte',
    });
    const exported = await caller('outsider').glossary.export({ format: 'turtle' });
    expect(exported.filename).toMatch(/\.ttl$/);
    const quads = new Parser().parse(exported.content);
    const concept = `https://samenwerkingsruimte.example/begrippenlijst/id/begrip/${term.id}`;
    const about = quads.filter((q) => q.subject.value === concept);
    const value = (p: string) => about.filter((q) => q.predicate.value === p).map((q) => q.object.value);
    expect(value('http://www.w3.org/1999/02/22-rdf-syntax-ns#type')).toEqual([
      'http://www.w3.org/2004/02/skos/core#Concept',
    ]);
    expect(value('http://www.w3.org/2004/02/skos/core#prefLabel')).toEqual(['beheerst geweld']);
    expect(value('http://www.w3.org/2004/02/skos/core#altLabel')).toEqual(['BG']);
    expect(value('http://www.w3.org/2004/02/skos/core#scopeNote')).toEqual(['Reikwijdte']);
    expect(value('http://www.w3.org/ns/adms#status')).toEqual([
      'https://samenwerkingsruimte.example/begrippenlijst/id/status/in_bewerking',
    ]);
    const orgConcepts = quads.filter(
      (q) => q.predicate.value === 'http://www.w3.org/2004/02/skos/core#relatedMatch' && q.object.value === concept,
    );
    expect(orgConcepts.map((q) => q.subject.value).sort()).toEqual([`${concept}/defensie`, `${concept}/politie`]);
  });

  it('exports JSON-LD with the same concepts', async () => {
    const term = await createTerm({ prefLabel: 'liaison' });
    const exported = await caller('member').glossary.export({ format: 'jsonld' });
    const doc = JSON.parse(exported.content) as {
      '@context': Record<string, string>;
      '@graph': { '@id': string; 'skos:prefLabel'?: { '@value': string }[] }[];
    };
    expect(doc['@context'].skos).toBe('http://www.w3.org/2004/02/skos/core#');
    const node = doc['@graph'].find((n) => n['@id'] === `begrip:${term.id}`);
    expect(node?.['skos:prefLabel']).toEqual([{ '@value': 'liaison', '@language': 'nl' }]);
  });

  it('round-trips CSV: export, then import into another group reports duplicates per row', async () => {
    const exported = await caller('chair').glossary.export({ format: 'csv' });
    expect(exported.content.split('\r\n')[0]).toContain('\uFEFFbegrip;afkortingen;');
    const report = await caller('chair').glossary.importCsv({
      maintainingGroupId: f.groupId,
      csv: exported.content,
      dryRun: true,
    });
    expect(report.valid).toBe(false);
    expect(report.rows.length).toBeGreaterThan(0);
    expect(report.rows.every((r) => r.errors.some((e) => e.code === 'termExists'))).toBe(true);
  });

  it('exports XLSX with the CSV columns that a spreadsheet library reads back', async () => {
    await createTerm({ prefLabel: 'restcapaciteit in Excel', abbreviations: ['=1+1'] });
    const exported = await caller('observer').glossary.export({ format: 'xlsx' });
    expect(exported).toMatchObject({ encoding: 'base64', filename: expect.stringMatching(/\.xlsx$/) });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(exported.content, 'base64')).buffer);
    const sheet = workbook.getWorksheet('Begrippenlijst');
    const header = sheet?.getRow(1).values;
    expect(Array.isArray(header) ? header.slice(1, 3) : []).toEqual(['begrip', 'afkortingen']);
    const labels: string[] = [];
    sheet?.eachRow((row) => labels.push(String(row.getCell(1).value)));
    expect(labels).toContain('restcapaciteit in Excel');
    const row = sheet?.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(1).value === 'restcapaciteit in Excel');
    // A value that looks like a formula stays a plain string.
    expect(row?.getCell(2).value).toBe('=1+1');
    // The shared layout: frozen header, a filter over the data, the classification marking.
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBeTruthy();
    // (Earlier tests in this file add a confidential term the observer may read.)
    expect(sheet?.headerFooter.oddHeader).toMatch(/^&CRubricering: (Ongerubriceerd|Departementaal vertrouwelijk)$/);
  });

  it.each(roleNames)('importCsv as %s', async (role) => {
    const csv = `begrip,definitie_DEFENSIE\nimport door ${role},Een definitie\n`;
    const expected = { ...editorsOnly, outsider: 'NOT_FOUND' };
    expect(
      await outcome(() => caller(role).glossary.importCsv({ maintainingGroupId: f.groupId, csv, dryRun: true })),
    ).toBe(expected[role]);
  });

  it('imports all rows or none', async () => {
    const bad =
      'begrip,definitie_DEFENSIE,definitie_KMAR\nimport een,Eerste,\nimport twee,Tweede,Niet in de groep\nimport een,Dubbel,\n';
    const report = await caller('member').glossary.importCsv({
      maintainingGroupId: f.groupId,
      csv: bad,
      dryRun: false,
    });
    expect(report).toMatchObject({ valid: false, imported: 0 });
    expect(report.rows.map((r) => r.errors.map((e) => `${e.line}:${e.column}`))).toEqual([
      [],
      ['3:definitie_KMAR'],
      ['4:begrip'],
    ]);
    expect(
      (await caller('member').glossary.list({ search: 'import een' })).items.map((t) => t.prefLabel),
    ).not.toContain('import een');

    const unclosed = await caller('member').glossary.importCsv({
      maintainingGroupId: f.groupId,
      csv: 'begrip;definitie_DEFENSIE\nimport vijf;"niet gesloten\n',
      dryRun: false,
    });
    expect(unclosed).toEqual({
      fileErrors: [{ code: 'unterminatedQuote', params: { line: 2 } }],
      rows: [],
      valid: false,
      imported: 0,
    });

    const good =
      'begrip;afkortingen;definitie_DEFENSIE;definitie_POLITIE;afwijkende_betekenis\nimport drie;I3;Drie;Trois;ja\nimport vier;;Vier;;nee\n';
    const preview = await caller('member').glossary.importCsv({
      maintainingGroupId: f.groupId,
      csv: good,
      dryRun: true,
    });
    expect(preview).toMatchObject({ valid: true, imported: 0 });
    const done = await caller('member').glossary.importCsv({ maintainingGroupId: f.groupId, csv: good, dryRun: false });
    expect(done).toMatchObject({ valid: true, imported: 2 });
    const found = await caller('outsider').glossary.list({ search: 'import drie' });
    expect(found.items[0]).toMatchObject({
      prefLabel: 'import drie',
      status: 'in_bewerking',
      divergent: true,
      abbreviations: ['I3'],
    });
  });
});

describe('demo seed', () => {
  it('loads the starter terms once, with officier showing both meanings', async () => {
    const sanne = await h.createUser({ name: 'Sanne Demo', organisation: 'POLITIE' });
    const lotte = await h.createUser({ name: 'Lotte Demo', organisation: 'DEFENSIE' });
    const groupId = await h.createGroup({
      name: 'Werkgroep Informatiedeling',
      organisations: ['DEFENSIE', 'POLITIE', 'KMAR'],
      members: [[sanne, 'chair']],
    });
    const userIds = new Map([
      ['sanne', sanne.userId],
      ['lotte', lotte.userId],
    ]);
    // Earlier tests used some of the starter labels; start from an empty glossary.
    await h.handle.db.delete(glossaryTerms).where(sql`true`);
    const first = await h.handle.db.transaction((tx) => seedGlossaryDemo(tx, { userIds }));
    expect(first).toBeGreaterThan(10);
    expect(await h.handle.db.transaction((tx) => seedGlossaryDemo(tx, { userIds }))).toBe(0);
    const list = await h.callerFor(lotte).glossary.list({ groupId, divergent: true, limit: 100 });
    const officier = list.items.find((t) => t.prefLabel === 'officier');
    expect(officier).toBeDefined();
    const detail = await h.callerFor(lotte).glossary.get({ id: officier?.id ?? '' });
    expect(detail.definitions.map((d) => d.organisationCode)).toEqual(['DEFENSIE', 'POLITIE']);
    expect(detail.status).toBe('voorgesteld');
    expect(detail.myRole).toBe('member');
    expect(detail.permissions.canApprove).toBe(true);
    const ovj = await h.callerFor(lotte).glossary.list({ search: 'OvJ', groupId });
    const ovjDetail = await h.callerFor(lotte).glossary.get({ id: ovj.items[0]?.id ?? '' });
    expect(ovjDetail.relations.map((r) => r.prefLabel)).toEqual(
      expect.arrayContaining(['officier', 'Openbaar Ministerie']),
    );
  });
});
