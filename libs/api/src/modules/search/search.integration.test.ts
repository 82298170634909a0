import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildSearchDocuments } from '@srw/db';
import { snippetMarkStart, type SearchKind } from '@srw/domain';
import {
  caller,
  exerciseInput,
  scenarioInput,
  setUpScenarioWorld,
  type ScenarioWorld,
} from '../scenarios/scenarios.fixtures';
import { outcome, type RoleName } from '../../testing';

let w: ScenarioWorld;
/** Record ids by a short name, for the expectations below. */
const ids: Record<string, string> = {};

async function search(role: RoleName, q: string, filters: Record<string, string> = {}) {
  return caller(role).search.query({ q, ...filters });
}

async function decisionVersion(id: string) {
  return (await caller('admin').decisions.get({ id })).version;
}

/** Opens a found record through its module, as the searcher: the search may only return what this allows. */
async function open(role: RoleName, kind: SearchKind, id: string, groupId: string | null): Promise<string> {
  const c = caller(role);
  switch (kind) {
    case 'working_group':
      return outcome(() => c.workingGroups.get({ id }));
    case 'glossary_term':
      return outcome(() => c.glossary.get({ id }));
    case 'scenario':
      return outcome(() => c.scenarios.get({ id }));
    case 'exercise':
      return outcome(() => c.exercises.get({ id }));
    case 'decision':
      return outcome(() => c.decisions.get({ id }));
    case 'placement':
      return outcome(() => c.placements.get({ id }));
    case 'recommendation':
      return outcome(() => c.recommendations.get({ id }));
    case 'assessment':
      return outcome(() => c.assessments.list({ groupId: groupId ?? '' }));
  }
}

beforeAll(async () => {
  w = await setUpScenarioWorld({ classificationCeiling: 'DEPARTEMENTAAL_VERTROUWELIJK' });
  const { f, defensieId, politieId } = w;
  const chair = caller('chair');

  const scenario = await chair.scenarios.create(
    scenarioInput({ title: 'Kwartelkoning vermist in de duinen', problemStatement: 'Zoektocht met drones en honden.' }),
  );
  ids.scenario = scenario.id;
  await chair.scenarios.changeStatus({ id: scenario.id, version: scenario.version, status: 'gereed' });
  const exercise = await chair.exercises.create({
    ...exerciseInput(scenario.id),
    title: 'Oefening kwartelkoning',
    objectives: [{ description: 'Warmtebeeld van de drones delen', conditionIds: ['2.1.b'] }],
  });
  ids.exercise = exercise.id;

  ids.om = (
    await chair.glossary.create({
      prefLabel: 'Openbaar Ministerie',
      abbreviations: ['OM'],
      maintainingGroupId: f.groupId,
      definitions: [{ organisationId: politieId, text: 'Vervolgt strafbare feiten; gezag over de opsporing.' }],
    })
  ).id;
  ids.cds = (
    await chair.glossary.create({
      prefLabel: 'Commandant der Strijdkrachten',
      abbreviations: ['CDS'],
      maintainingGroupId: f.groupId,
      definitions: [
        { organisationId: defensieId, text: 'Hoogste militair; bepaalt waar de krijgsmacht wordt ingezet.' },
      ],
    })
  ).id;
  ids.secretTerm = (
    await chair.glossary.create({
      prefLabel: 'Kwartelkoning-protocol',
      maintainingGroupId: f.groupId,
      classification: 'DEPARTEMENTAAL_VERTROUWELIJK',
      definitions: [{ organisationId: defensieId, text: 'Vertrouwelijke werkwijze.' }],
    })
  ).id;

  const draft = await chair.decisions.create({
    groupId: f.groupId,
    question: 'Mogen militairen drones inzetten bij de kwartelkoning-zoekactie?',
    context: 'Vermiste persoon in de duinen.',
    cooperationLevel: 'ASSISTANCE',
    topic: 'Zoekacties',
    tags: ['drones'],
    outcome: 'ALLOWED_WITH_CONDITIONS',
    conditions: [{ code: null, text: 'Beelden van de kwartelkoning worden na afloop vernietigd' }],
    organisationIds: [defensieId, politieId],
  });
  ids.draftDecision = draft.id;
  const adopted = await chair.decisions.create({
    groupId: f.groupId,
    question: 'Mag de kwartelkoning-warmtecamera gedeeld worden?',
    cooperationLevel: 'ASSISTANCE',
    topic: 'Zoekacties',
    outcome: 'ALLOWED',
    organisationIds: [defensieId, politieId],
  });
  ids.adoptedDecision = adopted.id;
  await chair.decisions.changeStatus({ id: adopted.id, version: adopted.version, status: 'voorgesteld' });
  await chair.decisions.signOff({ id: adopted.id, version: await decisionVersion(adopted.id) });
  await caller('member').decisions.signOff({ id: adopted.id, version: await decisionVersion(adopted.id) });
  await chair.decisions.changeStatus({
    id: adopted.id,
    version: await decisionVersion(adopted.id),
    status: 'vastgesteld',
  });
  ids.otherDraft = (
    await caller('outsider').decisions.create({
      groupId: f.otherGroupId,
      question: 'Kwartelkoning-concept van Bravo',
      cooperationLevel: 'ASSISTANCE',
      topic: 'Zoekacties',
      outcome: 'UNCLEAR',
      organisationIds: [politieId],
    })
  ).id;

  const groupRecommendation = await chair.recommendations.create({
    title: 'Kwartelkoning-oefenkalender bijhouden',
    description: 'Beide organisaties plannen hun oefeningen in één kalender.',
    sourceType: 'working_group',
    level: 'operationeel',
    conditionIds: ['1.4.c'],
    addresseeOrganisationIds: [politieId],
    groupId: f.groupId,
  });
  ids.groupRecommendation = groupRecommendation.id;
  ids.groupRecommendationCode = groupRecommendation.code;
  ids.publicRecommendation = (
    await caller('management').recommendations.create({
      title: 'Kwartelkoning bestuurlijk verantwoorden',
      sourceType: 'working_group',
      level: 'bestuurlijk',
      conditionIds: ['1.4.c'],
      addresseeOrganisationIds: [defensieId],
      groupId: null,
    })
  ).id;

  ids.placement = (
    await caller('admin').placements.propose({
      person: { kind: 'named', name: 'Liaison Kwartelkoning' },
      homeOrganisationId: defensieId,
      homeUnit: 'Staf Landstrijdkrachten',
      hostOrganisationId: politieId,
      hostUnit: 'Eenheid Oost-Nederland',
      hostFunction: 'Liaison operaties',
      purpose: 'Werkwijze bij zoekacties leren kennen.',
      learningGoals: '',
      startDate: '2026-01-05',
      endDate: '2026-06-30',
      hoursPerWeek: 16,
      homeContact: '',
      hostContact: '',
      groupId: f.groupId,
      classification: 'ONGERUBRICEERD',
      clearanceLevel: 'geen',
      clearanceExpiresOn: null,
      accessGrants: [],
    })
  ).id;

  ids.assessment = (
    await chair.assessments.create({
      groupId: f.groupId,
      assessedOn: '2026-03-01',
      note: 'Eerste kwartelkoning-ronde',
      organisationId: defensieId,
      scores: [{ conditionId: '1.1.a', score: 4, evidence: 'Beide kanten noemen de ander onmisbaar.' }],
    })
  ).id;
}, 120_000);
afterAll(async () => w.h.close());

/** What each viewpoint finds for "kwartelkoning", by record. */
const everything = [
  'scenario',
  'exercise',
  'secretTerm',
  'draftDecision',
  'adoptedDecision',
  'otherDraft',
  'groupRecommendation',
  'publicRecommendation',
  'placement',
  'assessment',
];
const alfa = everything.filter((name) => name !== 'otherDraft');
const expected: Record<Exclude<RoleName, 'anonymous'>, string[]> = {
  admin: everything,
  management: everything,
  chair: alfa,
  member: alfa,
  observer: alfa,
  // Bravo's chair: its own draft, the adopted decision and the group-less recommendation; no Alfa drafts.
  outsider: ['adoptedDecision', 'otherDraft', 'publicRecommendation'],
};

describe('search.query: access', () => {
  it('refuses anonymous callers and empty queries', async () => {
    expect(await outcome(() => search('anonymous', 'kwartelkoning'))).toBe('UNAUTHORIZED');
    expect(await outcome(() => search('member', '   '))).toBe('BAD_REQUEST');
    expect(await outcome(() => search('member', 'x'.repeat(201)))).toBe('BAD_REQUEST');
  });

  it.each(Object.keys(expected) as Exclude<RoleName, 'anonymous'>[])(
    'as %s finds exactly what it may open, and counts only that',
    async (role) => {
      const result = await search(role, 'kwartelkoning');
      const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
      const found = result.items.map((item) => byId.get(item.recordId) ?? `?${item.title}`).sort();
      expect(found).toEqual([...expected[role]].sort());
      for (const item of result.items) {
        expect(await open(role, item.kind, item.recordId, item.groupId), `${role} opens ${item.title}`).toBe('OK');
      }
      const perKind: Record<string, number> = {};
      for (const item of result.items) perKind[item.kind] = (perKind[item.kind] ?? 0) + 1;
      expect(result.counts).toEqual(perKind);
      expect(result.total).toBe(result.items.length);
    },
  );

  it('never counts what a kind filter leaves out as more than the reader may open', async () => {
    const outsider = await search('outsider', 'kwartelkoning', { kind: 'decision' });
    expect(outsider.items.map((item) => item.recordId).sort()).toEqual([ids.adoptedDecision, ids.otherDraft].sort());
    expect(outsider.counts).toEqual({ decision: 2, recommendation: 1 });
  });
});

describe('search.query: ranking and matching', () => {
  it('ranks an exact abbreviation first: "OM" finds Openbaar Ministerie before Commandant der Strijdkrachten', async () => {
    const result = await search('member', 'OM');
    expect(result.items[0]?.recordId).toBe(ids.om);
    const cds = result.items.findIndex((item) => item.recordId === ids.cds);
    expect(cds === -1 || cds > 0).toBe(true);
  });

  it('ranks an exact code first and finds a full title exactly', async () => {
    const code = ids.groupRecommendationCode ?? '';
    const byCode = await search('member', code.toLowerCase());
    expect(byCode.items[0]).toMatchObject({ recordId: ids.groupRecommendation, code, kind: 'recommendation' });
    expect(byCode.items[0]?.href).toBe(`/aanbevelingen/${ids.groupRecommendation}`);
    expect(byCode.jumpTo).toBe(`/aanbevelingen/${ids.groupRecommendation}`);
    expect((await search('member', 'OM')).jumpTo).toBeNull();
    const byTitle = await search('member', 'Commandant der Strijdkrachten');
    expect(byTitle.items[0]?.recordId).toBe(ids.cds);
  });

  it('tolerates a typo in a title', async () => {
    const result = await search('member', 'kwartelkonig');
    expect(result.items.map((item) => item.recordId)).toContain(ids.scenario);
    const typo = await search('member', 'Comandant');
    expect(typo.items.map((item) => item.recordId)).toContain(ids.cds);
    // Of two labels that hold the word equally, the one nearest as a whole comes first.
    const ministerie = await search('member', 'Openbar Ministerie');
    expect(ministerie.items[0]?.recordId).toBe(ids.om);
  });

  it('finds every kind, with Dutch stems, prefixes and a highlighted snippet', async () => {
    const kinds = new Set<SearchKind>();
    for (const q of ['kwartelkoning', 'Scenario Alfa']) {
      for (const item of (await search('admin', q)).items) kinds.add(item.kind);
    }
    expect([...kinds].sort()).toEqual(
      [
        'assessment',
        'decision',
        'exercise',
        'glossary_term',
        'placement',
        'recommendation',
        'scenario',
        'working_group',
      ].sort(),
    );
    const drones = await search('member', 'drone');
    expect(drones.items.map((item) => item.recordId)).toEqual(
      expect.arrayContaining([ids.scenario, ids.exercise, ids.draftDecision]),
    );
    const decision = drones.items.find((item) => item.recordId === ids.draftDecision);
    expect(decision?.groupName).toBe('Scenario Alfa');
    const vernietigd = (await search('member', 'vernietigd')).items.find((item) => item.recordId === ids.draftDecision);
    expect(vernietigd?.snippet).toContain(`${snippetMarkStart}vernietigd`);
  });

  it('filters by kind, group, organisation and status', async () => {
    const { f, politieId } = w;
    const decisions = await search('admin', 'kwartelkoning', { kind: 'decision' });
    expect(new Set(decisions.items.map((item) => item.kind))).toEqual(new Set(['decision']));
    expect(decisions.counts.scenario).toBe(1);
    const bravo = await search('admin', 'kwartelkoning', { groupId: f.otherGroupId });
    expect(bravo.items.map((item) => item.recordId)).toEqual([ids.otherDraft]);
    const adopted = await search('admin', 'kwartelkoning', { status: 'vastgesteld' });
    expect(adopted.items.map((item) => item.recordId)).toEqual([ids.adoptedDecision]);
    const politie = await search('admin', 'kwartelkoning', { kind: 'recommendation', organisationId: politieId });
    expect(politie.items.map((item) => item.recordId)).toEqual([ids.groupRecommendation]);
  });
});

describe('the search index stays current', () => {
  it('in the same transaction as a create, an update, a child row and a delete', async () => {
    const chair = caller('chair');
    const created = await chair.scenarios.create(scenarioInput({ title: 'Roerdomp in het riet' }));
    expect((await search('member', 'roerdomp')).items.map((item) => item.recordId)).toEqual([created.id]);

    const updated = await chair.scenarios.update({
      ...scenarioInput({ title: 'Grutto in het weiland' }),
      id: created.id,
      version: created.version,
    });
    expect((await search('member', 'roerdomp')).items).toEqual([]);
    expect((await search('member', 'grutto')).items.map((item) => item.recordId)).toEqual([created.id]);

    await chair.exercises.addInject({
      exerciseId: ids.exercise ?? '',
      offsetMinutes: 30,
      fromParty: 'Meldkamer',
      toParty: 'OvD-P',
      message: 'Melding van een ijsvogel bij de dijk',
      expectedAction: '',
    });
    expect((await search('member', 'ijsvogel')).items.map((item) => item.recordId)).toEqual([ids.exercise]);

    await chair.scenarios.delete({ id: created.id, version: updated.version });
    expect((await search('member', 'grutto')).items).toEqual([]);
  });

  it('is rebuilt whole by one call, with the same results', async () => {
    const before = await search('admin', 'kwartelkoning');
    const count = await rebuildSearchDocuments(w.h.handle.db);
    expect(count).toBeGreaterThanOrEqual(everything.length);
    const after = await search('admin', 'kwartelkoning');
    expect(after.items.map((item) => item.recordId)).toEqual(before.items.map((item) => item.recordId));
  });
});
