import ExcelJS from 'exceljs';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganisationByCode } from '@srw/db';
import { addDays, todayInNetherlands, type CreateGlossaryTermInput } from '@srw/domain';
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
let defensieId: string;
let politieId: string;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h, 'Begrippen-uitvoer');
  defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
  politieId = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
});
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));
let counter = 0;

async function createTerm(overrides: Partial<CreateGlossaryTermInput> = {}) {
  counter += 1;
  return caller('chair').glossary.create({
    prefLabel: `uitvoerbegrip ${counter}`,
    maintainingGroupId: f.groupId,
    definitions: [
      { organisationId: defensieId, text: `Defensie-betekenis ${counter}`, source: 'AMAR' },
      { organisationId: politieId, text: `Politie-betekenis ${counter}` },
    ],
    ...overrides,
  });
}

const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DCT = 'http://purl.org/dc/terms/';

describe('SKOS export with each organisation definition', () => {
  it('gives a concept without a joint definition a skos:definition per organisation, with source, organisation and review date', async () => {
    const term = await createTerm({ prefLabel: 'inzetgereedheid', reviewDate: '2027-06-01' });
    const exported = await caller('outsider').glossary.export({ format: 'turtle' });
    // A real Turtle parser reads it.
    const quads: Quad[] = new Parser().parse(exported.content);
    const concept = `https://samenwerkingsruimte.example/begrippenlijst/id/begrip/${term.id}`;
    const objects = (subject: string, predicate: string) =>
      quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);
    const definitions = objects(concept, `${SKOS}definition`);
    expect(definitions).toHaveLength(2);
    const described = definitions.map((node) => {
      expect(node.termType).toBe('BlankNode');
      const [value] = quads.filter((q) => q.subject.equals(node) && q.predicate.value === `${RDF}value`);
      return {
        text: value?.object.value,
        language: value?.object.termType === 'Literal' ? value.object.language : null,
        creator: objects(node.value, `${DCT}creator`).map((o) => o.value),
        source: objects(node.value, `${DCT}source`).map((o) => o.value),
      };
    });
    expect(described.sort((a, b) => String(a.text).localeCompare(String(b.text)))).toEqual([
      {
        text: expect.stringMatching(/^Defensie-betekenis/),
        language: 'nl',
        creator: ['Ministerie van Defensie'],
        source: ['AMAR'],
      },
      { text: expect.stringMatching(/^Politie-betekenis/), language: 'nl', creator: ['Nationale Politie'], source: [] },
    ]);
    const review = objects(concept, 'https://samenwerkingsruimte.example/begrippenlijst/def#herzieningsdatum');
    expect(review.map((o) => o.value)).toEqual(['2027-06-01']);
  });
});

describe('CSV export with validity, relations and working group', () => {
  it('names the validity dates, relations and replacement by label, and the maintaining group', async () => {
    const broader = await createTerm({ prefLabel: 'bijstandsverlening' });
    const term = await createTerm({
      prefLabel: 'militaire bijstand',
      validFrom: '2026-01-01',
      validUntil: '2028-12-31',
      reviewDate: '2027-01-01',
      relations: [{ kind: 'broader', termId: broader.id }],
    });
    const exported = await caller('chair').glossary.export({ format: 'csv' });
    const lines = exported.content.replace(/^\uFEFF/, '').split('\r\n');
    const header = (lines[0] ?? '').split(';');
    const row = (label: string) => (lines.find((l) => l.startsWith(`${label};`)) ?? '').split(';');
    const cell = (label: string, column: string) => row(label)[header.indexOf(column)];
    expect(cell('militaire bijstand', 'geldig_vanaf')).toBe('2026-01-01');
    expect(cell('militaire bijstand', 'geldig_tot')).toBe('2028-12-31');
    expect(cell('militaire bijstand', 'herzieningsdatum')).toBe('2027-01-01');
    expect(cell('militaire bijstand', 'breder')).toBe('bijstandsverlening');
    expect(cell('bijstandsverlening', 'smaller')).toBe('militaire bijstand');
    expect(cell('militaire bijstand', 'werkgroep')).toBe('Begrippen-uitvoer Alfa');
    expect(term.id).toBeTruthy();

    // In Excel the dates are real dates.
    const xlsx = await caller('chair').glossary.export({ format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(xlsx.content, 'base64')).buffer);
    const sheet = workbook.getWorksheet('Begrippenlijst');
    const names = (sheet?.getRow(1).values ?? []) as unknown[];
    const sheetRow = sheet?.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(1).value === 'militaire bijstand');
    const value = (column: string) => sheetRow?.getCell(names.indexOf(column)).value;
    expect(value('herzieningsdatum')).toBeInstanceOf(Date);
    expect((value('geldig_vanaf') as Date).toISOString().slice(0, 10)).toBe('2026-01-01');
    expect(value('breder')).toBe('bijstandsverlening');
  });
});

describe('vervangen door, both ways', () => {
  it('shows the replacement on the old term and "vervangt" on the new one', async () => {
    const old = await createTerm({ prefLabel: 'oud steunverzoek' });
    const replacement = await createTerm({ prefLabel: 'nieuw steunverzoek' });
    await caller('chair').glossary.changeStatus({
      id: old.id,
      version: old.version,
      status: 'vervangen',
      replacedById: replacement.id,
    });
    expect((await caller('outsider').glossary.get({ id: old.id })).replacement).toEqual({
      id: replacement.id,
      prefLabel: 'nieuw steunverzoek',
    });
    expect((await caller('outsider').glossary.get({ id: replacement.id })).replaces).toEqual([
      { id: old.id, prefLabel: 'oud steunverzoek', status: 'vervangen' },
    ]);
  });
});

describe('review dates', () => {
  it('flags a passed review date in the list and on the term, not a future one', async () => {
    const today = todayInNetherlands();
    const overdue = await createTerm({ prefLabel: 'verlopen herziening', reviewDate: addDays(today, -1) });
    const current = await createTerm({ prefLabel: 'lopende herziening', reviewDate: addDays(today, 30) });
    expect((await caller('member').glossary.get({ id: overdue.id })).reviewOverdue).toBe(true);
    expect((await caller('member').glossary.get({ id: current.id })).reviewOverdue).toBe(false);
    const list = await caller('member').glossary.list({ search: 'herziening' });
    const flags = Object.fromEntries(list.items.map((t) => [t.prefLabel, t.reviewOverdue]));
    expect(flags).toMatchObject({ 'verlopen herziening': true, 'lopende herziening': false });
  });
});

describe('back-links from decision conditions, sharing rules and recommendations', () => {
  it('lists a decision that uses the term only in a condition or a sharing rule, and a recommendation', async () => {
    const term = await createTerm({ prefLabel: 'nachtzicht' });
    const catalogue = await caller('admin').decisions.legalBases.list();
    const base = {
      groupId: f.groupId,
      context: 'Geen vermelding hier.',
      cooperationLevel: 'ASSISTANCE',
      topic: 'Bijstand',
      legalBasisIds: [catalogue[0]?.id ?? ''],
      organisationIds: [defensieId, politieId],
    };
    const byCondition = await caller('chair').decisions.create({
      ...base,
      question: 'Mag materieel worden uitgeleend?',
      outcome: 'ALLOWED_WITH_CONDITIONS',
      conditions: [{ code: null, text: 'Alleen met nachtzicht-apparatuur van Defensie' }],
    });
    const bySharing = await caller('chair').decisions.create({
      ...base,
      question: 'Mag beeldmateriaal worden gedeeld?',
      outcome: 'ALLOWED',
      sharingRules: [
        {
          dataCategory: 'Beelden van nachtzicht',
          fromOrganisationId: defensieId,
          toOrganisationId: politieId,
          verdict: 'YES',
        },
      ],
    });
    const recommendation = await caller('chair').recommendations.create({
      groupId: f.groupId,
      title: 'Gezamenlijke training met nachtzicht',
      sourceType: 'thesis',
      level: 'operationeel',
      conditionIds: ['1.4.c'],
      addresseeOrganisationIds: [defensieId],
    });
    const unrelated = await caller('chair').recommendations.create({
      groupId: f.groupId,
      title: 'Iets anders',
      sourceType: 'thesis',
      level: 'operationeel',
      conditionIds: ['1.4.c'],
      addresseeOrganisationIds: [defensieId],
    });
    const usages = await caller('member').glossary.usages({ id: term.id });
    const keys = usages.map((u) => `${u.module}:${u.id}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        `decision:${byCondition.id}`,
        `decision:${bySharing.id}`,
        `recommendation:${recommendation.id}`,
      ]),
    );
    expect(keys).not.toContain(`recommendation:${unrelated.id}`);
    expect(usages.find((u) => u.id === recommendation.id)).toMatchObject({
      href: `/aanbevelingen/${recommendation.id}`,
    });
    // An outsider does not see the group's drafts nor its recommendations.
    const outsiderKeys = (await caller('outsider').glossary.usages({ id: term.id })).map((u) => u.id);
    expect(outsiderKeys).not.toContain(byCondition.id);
    expect(outsiderKeys).not.toContain(recommendation.id);
  });
});

describe('a dispute becomes a decision', () => {
  const escalation = (role: RoleName, commentId: string) =>
    caller(role).glossary.escalateComment({ commentId, question: 'Welke betekenis geldt?' });

  it.each(roleNames)('escalate a comment as %s', async (role) => {
    const term = await createTerm();
    const comment = await caller('outsider').glossary.addComment({ termId: term.id, body: 'De definities botsen.' });
    const expected: Record<RoleName, string> = {
      anonymous: 'UNAUTHORIZED',
      outsider: 'NOT_FOUND',
      observer: 'FORBIDDEN',
      member: 'OK',
      chair: 'OK',
      management: 'FORBIDDEN',
      admin: 'FORBIDDEN',
    };
    expect(await outcome(() => escalation(role, comment.id))).toBe(expected[role]);
  });

  it('creates a concept decision linked both ways; the term shows it until it is decided', async () => {
    const term = await createTerm({ prefLabel: 'regie' });
    const comment = await caller('outsider').glossary.addComment({
      termId: term.id,
      kind: 'proposal',
      body: 'Bij Defensie betekent regie iets anders dan bij de politie.',
    });
    const before = await caller('member').glossary.comments({ id: term.id });
    expect(before[0]).toMatchObject({ canEscalate: true, decision: null });
    const { decisionId } = await escalation('member', comment.id);

    const decision = await caller('member').decisions.get({ id: decisionId });
    expect(decision).toMatchObject({
      status: 'concept',
      outcome: 'UNCLEAR',
      question: 'Welke betekenis geldt?',
      context: 'Bij Defensie betekent regie iets anders dan bij de politie.',
      group: { id: f.groupId },
      glossaryOrigins: [{ termId: term.id, prefLabel: 'regie', commentId: comment.id }],
    });
    expect(decision.organisations.map((o) => o.id).sort()).toEqual([defensieId, politieId].sort());

    const [after] = await caller('member').glossary.comments({ id: term.id });
    expect(after).toMatchObject({ canEscalate: false, decision: { id: decisionId, status: 'concept' } });
    expect((await caller('member').glossary.get({ id: term.id })).pendingDecisions).toEqual([
      { id: decisionId, status: 'concept', question: 'Welke betekenis geldt?' },
    ]);
    // An outsider sees that a decision is being prepared, not the draft itself.
    expect((await caller('outsider').glossary.get({ id: term.id })).pendingDecisions).toEqual([
      { id: decisionId, status: 'concept', question: null },
    ]);
    await expect(escalation('chair', comment.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'COMMENT_ALREADY_ESCALATED' },
    });

    // Decided (here: withdrawn with a reason): no longer "in voorbereiding".
    await caller('chair').decisions.changeStatus({
      id: decisionId,
      version: decision.version,
      status: 'ingetrokken',
      reason: 'Opgelost in de begrippenlijst zelf.',
    });
    expect((await caller('member').glossary.get({ id: term.id })).pendingDecisions).toEqual([]);
  });

  it('refuses a comment that was already resolved', async () => {
    const term = await createTerm();
    const comment = await caller('outsider').glossary.addComment({ termId: term.id, body: 'Klopt dit?' });
    await caller('chair').glossary.resolveComment({ id: comment.id, status: 'afgewezen' });
    await expect(escalation('chair', comment.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { code: 'COMMENT_ALREADY_RESOLVED' },
    });
  });
});
