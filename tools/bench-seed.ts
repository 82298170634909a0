/**
 * The benchmark's data: a realistic volume written through the same tRPC callers
 * the integration tests use, so every row passed the services' rules (access,
 * overlap, workflow, audit). Two exceptions, both plain SQL on valid rows:
 * - users come from `TestHarness.createUser` (a direct insert, as in every test:
 *   hashing a password per user through the users service would add minutes);
 * - recommendations are moved back in time afterwards (`spreadRecommendationHistory`):
 *   the services stamp everything "now", while the register, dashboard trend and
 *   filters are only realistic with two years of proposals and status history.
 */
import { conditionNodes, eq, findOrganisationByCode, sql } from '@srw/db';
import type { SessionUser } from '@srw/api';
import type { TestHarness } from '@srw/api/testing';
import {
  addDays,
  addMonths,
  calendarDateInNetherlands,
  compareDates,
  exerciseTypes,
  threatTypes,
  type AddresseeState,
  type DecisionOutcome,
  type RecommendationLevel,
  type RecommendationSourceType,
} from '@srw/domain';

type Caller = ReturnType<TestHarness['callerFor']>;

/** The volumes at scale 1. */
export const baseVolumes = {
  groups: 12,
  recommendations: 2000,
  placements: 600,
  decisions: 300,
  glossaryTerms: 300,
  scenarios: 150,
  exercises: 300,
};
export type Volumes = typeof baseVolumes;

export function volumesAt(scale: number): Volumes {
  const at = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  return {
    groups: at(baseVolumes.groups, 3),
    recommendations: at(baseVolumes.recommendations, 10),
    placements: at(baseVolumes.placements, 10),
    decisions: at(baseVolumes.decisions, 5),
    glossaryTerms: at(baseVolumes.glossaryTerms, 5),
    scenarios: at(baseVolumes.scenarios, 3),
    exercises: at(baseVolumes.exercises, 3),
  };
}

/** The records the measurements read. */
export interface BenchData {
  management: SessionUser;
  /** An ordinary member (POLITIE) of three groups. */
  member: SessionUser;
  organisationIds: { DEFENSIE: string; POLITIE: string; KMAR: string; OM: string };
  /** The exercise with many injects and observations, in a group of `member`. */
  bigExerciseId: string;
  bigExerciseStartsAt: Date;
  counts: Record<string, number>;
}

/** Deterministic pseudo-random numbers (mulberry32), so runs seed the same data. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, Math.min(copy.length, int(min, max)));
  };
  return { next, int, pick, some, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof randomSource>;

interface Group {
  id: string;
  chair: SessionUser;
  /** A POLITIE member: the second organisation's sign-off and approval. */
  politie: SessionUser;
  members: SessionUser[];
}

const themes = [
  'Zoekacties en steunverzoeken',
  'Informatiedeling',
  'Grensbewaking',
  'Openbare orde en evenementen',
  'Cyberincidenten',
  'Terrorismebestrijding',
  'Crisisbeheersing',
  'Opleiden en trainen',
  'Ondermijning',
  'Natuurrampen',
  'Vitale infrastructuur',
  'Luchtruimbewaking',
];
const firstNames = [
  'Anna',
  'Bas',
  'Carla',
  'Daan',
  'Eva',
  'Femke',
  'Gert',
  'Hanna',
  'Ivo',
  'Joris',
  'Karin',
  'Lotte',
  'Mark',
  'Noor',
  'Olaf',
  'Petra',
  'Ruben',
  'Sanne',
  'Tom',
  'Vera',
];
const lastNames = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Dijk',
  'Dekker',
];
const units: Record<'DEFENSIE' | 'POLITIE' | 'KMAR', readonly string[]> = {
  DEFENSIE: [
    '11 Luchtmobiele Brigade',
    '13 Lichte Brigade',
    '43 Gemechaniseerde Brigade',
    'Korps Mariniers',
    'Defensie Cyber Commando',
    'Commando Luchtstrijdkrachten',
    'Bureau Nationale Operaties',
    'Explosieven Opruimingsdienst Defensie',
    'Joint ISTAR Commando',
    'Regionaal Militair Operationeel Centrum Noord',
    'Regionaal Militair Operationeel Centrum Zuid',
    'Defensie Helikopter Commando',
  ],
  POLITIE: [
    'Eenheid Amsterdam',
    'Eenheid Rotterdam',
    'Eenheid Den Haag',
    'Eenheid Midden-Nederland',
    'Eenheid Noord-Nederland',
    'Eenheid Oost-Nederland',
    'Eenheid Oost-Brabant',
    'Eenheid Zeeland-West-Brabant',
    'Eenheid Limburg',
    'Eenheid Noord-Holland',
    'Landelijke Eenheid – Dienst Speciale Interventies',
    'Landelijke Eenheid – Landelijke Recherche',
    'Politieacademie',
  ],
  KMAR: [
    'Brigade Schiphol',
    'Brigade Rotterdam',
    'Landelijk Tactisch Commando',
    'Brigade Bijzondere Beveiligingsopdrachten',
  ],
};
const adjectives = [
  'gezamenlijk',
  'operationeel',
  'tactisch',
  'bestuurlijk',
  'militair',
  'civiel',
  'regionaal',
  'landelijk',
  'bijzonder',
  'voorlopig',
  'integraal',
  'mobiel',
  'digitaal',
  'maritiem',
  'strategisch',
];
const nouns = [
  'steunverzoek',
  'commandopost',
  'informatiebeeld',
  'inzetplan',
  'lagebeeld',
  'verbindingsofficier',
  'zoekgebied',
  'meldkamer',
  'bijstandsaanvraag',
  'beveiligingsniveau',
  'dreigingsanalyse',
  'opschalingsniveau',
  'ordedienst',
  'inzetleider',
  'coördinatiecentrum',
  'crisisteam',
  'gezagsdriehoek',
  'rapportage',
  'evaluatie',
  'oefenscenario',
  'inzetregel',
  'liaison',
  'verzoek',
  'machtiging',
  'overdracht',
];
const topics = [
  'Zoekacties',
  'Informatiedeling',
  'Drones',
  'Bewaking en beveiliging',
  'Explosieven',
  'Evenementen',
  'Cyber',
  'Grenzen',
  'Luchtruim',
  'Opleiding',
  'Persoonsgegevens',
  'Inzet van militairen',
  'Vervoer',
  'Communicatie',
  'Nazorg',
];
const tags = [
  'drones',
  'nacht',
  'privacy',
  'camerabeelden',
  'bijstand',
  'spoed',
  'oefening',
  'grens',
  'explosieven',
  'cyber',
  'personeel',
  'materieel',
];
const sourceTypes: readonly RecommendationSourceType[] = ['thesis', 'working_group', 'working_group', 'audit', 'other'];
const levels: readonly RecommendationLevel[] = ['bestuurlijk', 'operationeel'];
const outcomes: readonly DecisionOutcome[] = [
  'ALLOWED',
  'ALLOWED_WITH_CONDITIONS',
  'ALLOWED_WITH_CONDITIONS',
  'NOT_ALLOWED',
  'UNCLEAR',
];
const vocabulary = [...nouns, ...adjectives, 'en', 'de', 'het', 'van', 'bij', 'met', 'voor', 'de politie', 'defensie'];
const text = (r: Random, words: number) => Array.from({ length: words }, () => r.pick(vocabulary)).join(' ');

export async function seedBenchData(h: TestHarness, volumes: Volumes, log: (line: string) => void): Promise<BenchData> {
  const r = randomSource(20_240_601);
  const db = h.handle.db;
  const counts: Record<string, number> = {};
  const today = calendarDateInNetherlands(new Date());
  const organisation = async (code: string) => {
    const row = await findOrganisationByCode(db, code);
    if (!row) throw new Error(`organisation ${code} missing`);
    return row.id;
  };
  const orgs = {
    DEFENSIE: await organisation('DEFENSIE'),
    POLITIE: await organisation('POLITIE'),
    KMAR: await organisation('KMAR'),
    OM: await organisation('OM'),
  };
  const indicatorIds = (
    await db.select({ id: conditionNodes.id }).from(conditionNodes).where(eq(conditionNodes.kind, 'indicator'))
  ).map((row) => row.id);

  const step = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await fn();
    log(`  ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    return result;
  };

  // ---- People and groups --------------------------------------------------
  const admin = await h.createUser({ name: 'Bench Beheerder', organisation: 'DEFENSIE', globalRole: 'admin' });
  const management = await h.createUser({
    name: 'Bench Management',
    organisation: 'POLITIE',
    globalRole: 'management',
  });
  const member = await h.createUser({ name: 'Bench Lid', organisation: 'POLITIE' });
  const as = (user: SessionUser): Caller => h.callerFor(user);
  const personName = () => `${r.pick(firstNames)} ${r.pick(lastNames)}`;

  const groups: Group[] = await step(`${volumes.groups} werkgroepen met leden`, async () => {
    const result: Group[] = [];
    for (let i = 0; i < volumes.groups; i++) {
      const theme = themes[i % themes.length] ?? 'Samenwerking';
      const chair = await h.createUser({ name: `${personName()} (vz ${i + 1})`, organisation: 'DEFENSIE' });
      const withKmar = i % 3 === 2;
      const group = await as(admin).workingGroups.create({
        name: `Werkgroep ${theme}${i >= themes.length ? ` ${Math.floor(i / themes.length) + 1}` : ''}`,
        theme,
        description: `Gezamenlijke werkgroep van Defensie en Politie over ${theme.toLowerCase()}.`,
        organisationIds: withKmar ? [orgs.DEFENSIE, orgs.POLITIE, orgs.KMAR] : [orgs.DEFENSIE, orgs.POLITIE],
        chairUserId: chair.userId,
      });
      const members: SessionUser[] = [chair];
      const add = async (user: SessionUser, role: 'member' | 'observer') => {
        await as(admin).memberships.add({ groupId: group.id, userId: user.userId, role });
        members.push(user);
        return user;
      };
      await add(await h.createUser({ name: personName(), organisation: 'DEFENSIE' }), 'member');
      const politie = await add(await h.createUser({ name: personName(), organisation: 'POLITIE' }), 'member');
      for (let k = 0; k < 3; k++)
        await add(await h.createUser({ name: personName(), organisation: k % 2 ? 'DEFENSIE' : 'POLITIE' }), 'member');
      await add(await h.createUser({ name: personName(), organisation: 'POLITIE' }), 'observer');
      if (i < 3) await add(member, 'member');
      result.push({ id: group.id, chair, politie, members });
    }
    return result;
  });
  counts.groups = groups.length;
  const groupAt = (i: number): Group => groups[i % groups.length] as Group;

  // ---- Decisions ------------------------------------------------------------
  const legalBases = await as(admin).decisions.legalBases.list();
  const legalBasisIds = legalBases.map((b) => b.id);
  const establishedDecisions: string[] = await step(`${volumes.decisions} besluiten (afwegingskader)`, async () => {
    const established: string[] = [];
    for (let i = 0; i < volumes.decisions; i++) {
      const group = groupAt(i);
      const topic = r.pick(topics);
      const outcome = r.pick(outcomes);
      const decision = await as(group.chair).decisions.create({
        groupId: group.id,
        question: `Mag ${r.pick(['Defensie', 'de Politie', 'de KMar'])} ${text(r, 6)} (${topic.toLowerCase()}, vraag ${i + 1})?`,
        context: text(r, 40),
        cooperationLevel: r.pick(['TRAINING', 'ASSISTANCE', 'ASSISTANCE', 'PARTNERSHIP']),
        topic,
        tags: r.some(tags, 1, 3),
        options: [
          { title: 'Ja, onder voorwaarden', pros: text(r, 8), cons: text(r, 8) },
          { title: 'Nee', pros: text(r, 6), cons: text(r, 6) },
        ],
        outcome,
        // Conditions belong only to "allowed under conditions".
        conditions:
          outcome === 'ALLOWED_WITH_CONDITIONS'
            ? [{ code: 'CAPACITY_EXHAUSTED', text: 'Politiecapaciteit aantoonbaar uitgeput' }, { text: text(r, 10) }]
            : [],
        legalBasisIds: r.some(legalBasisIds, 1, 3),
        organisationIds: [orgs.DEFENSIE, orgs.POLITIE],
        decisionLevel: r.pick(['operationeel', 'tactisch', 'bestuurlijk'] as const),
        reviewDate: r.chance(0.3) ? addMonths(today, r.int(-3, 18)) : null,
      });
      const roll = r.next();
      if (roll < 0.3) continue;
      const proposed = await as(group.chair).decisions.changeStatus({
        id: decision.id,
        version: decision.version,
        status: 'voorgesteld',
      });
      if (roll < 0.5) continue;
      await as(group.chair).decisions.signOff({ id: decision.id, version: proposed.version });
      await as(group.politie).decisions.signOff({ id: decision.id, version: proposed.version });
      await as(group.chair).decisions.changeStatus({
        id: decision.id,
        version: proposed.version,
        status: 'vastgesteld',
      });
      established.push(decision.id);
    }
    return established;
  });
  counts.decisions = volumes.decisions;

  // ---- Recommendations ------------------------------------------------------
  const shifts = new Map<string, number>();
  await step(`${volumes.recommendations} aanbevelingen met geschiedenis en geadresseerden`, async () => {
    const addresseePool = [orgs.DEFENSIE, orgs.POLITIE, orgs.POLITIE, orgs.DEFENSIE, orgs.KMAR, orgs.OM];
    for (let i = 0; i < volumes.recommendations; i++) {
      const groupless = r.chance(0.1);
      const group = groupAt(i);
      const author = groupless ? management : group.chair;
      // Days before today that this recommendation was proposed (applied afterwards, see the file comment).
      const shift = r.int(0, 720);
      const proposedOn = addDays(today, -shift);
      const addressees = [...new Set(r.some(addresseePool, 1, 3))];
      const decisionId = establishedDecisions.length > 0 && r.chance(0.08) ? r.pick(establishedDecisions) : null;
      const created = await as(author).recommendations.create({
        groupId: groupless ? null : group.id,
        title: `${r.pick(['Borg', 'Verbeter', 'Leg vast', 'Oefen', 'Deel', 'Beleg', 'Onderzoek'])} ${text(r, 5)}`,
        description: text(r, 30),
        sourceType: decisionId ? 'legal_decision' : r.pick(sourceTypes),
        sourceReference: r.chance(0.5) ? `Rapport ${r.int(2019, 2025)}, § ${r.int(1, 9)}.${r.int(1, 9)}` : '',
        level: r.pick(levels),
        conditionIds: r.some(indicatorIds, 1, 3),
        addresseeOrganisationIds: addressees,
        ownerUserId: groupless ? null : r.pick(group.members).userId,
        dueDate: r.chance(0.85) ? addDays(proposedOn, r.int(60, 420)) : null,
        priority: r.chance(0.15),
        decisionId,
      });
      shifts.set(created.id, shift);
      let version = created.version;
      const status = async (
        to: 'aanvaard' | 'niet_aanvaard' | 'in_uitvoering' | 'uitgevoerd' | 'geverifieerd' | 'vervallen',
        extra: { reason?: string; evidence?: { kind: 'exercise'; reference: string; date: string; note: string } } = {},
      ) => {
        // Verification is for a second person: the admin, never the author who set it to uitgevoerd.
        const updated = await as(to === 'geverifieerd' ? admin : author).recommendations.changeStatus({
          id: created.id,
          version,
          status: to,
          note: text(r, 8),
          ...extra,
        });
        version = updated.version;
      };
      const progress = async (organisationId: string, state: AddresseeState) => {
        // Each organisation records only its own state; the bench's admin stands in for all, on behalf where needed.
        const updated = await as(admin).recommendations.recordAddresseeProgress({
          id: created.id,
          version,
          organisationId,
          state,
          note: text(r, 6),
          onBehalfReason: 'Benchmarkgegevens',
        });
        version = updated.version;
      };
      const roll = r.next();
      if (roll < 0.25) continue;
      if (roll < 0.3) {
        await status('niet_aanvaard', { reason: 'Valt buiten het mandaat van de werkgroep' });
        continue;
      }
      await status('aanvaard');
      if (roll < 0.35) {
        await status('vervallen', { reason: 'Achterhaald door nieuw beleid' });
        continue;
      }
      if (roll < 0.5) {
        if (r.chance(0.5)) await progress(r.pick(addressees), 'in_uitvoering');
        continue;
      }
      await status('in_uitvoering');
      if (roll < 0.75) {
        for (const organisationId of addressees)
          if (r.chance(0.5)) await progress(organisationId, r.pick(['in_uitvoering', 'uitgevoerd']));
        continue;
      }
      for (const organisationId of addressees) await progress(organisationId, 'uitgevoerd');
      await status('uitgevoerd');
      if (roll < 0.9) continue;
      await status('geverifieerd', {
        evidence: {
          kind: 'exercise',
          reference: `Oefening ${text(r, 3)}`,
          date: today,
          note: 'In de oefening bleek de maatregel te werken.',
        },
      });
    }
  });
  await step('aanbevelingen over twee jaar gespreid (SQL)', () => spreadRecommendationHistory(h, shifts));
  counts.recommendations = volumes.recommendations;

  // ---- Placements -----------------------------------------------------------
  await step(`${volumes.placements} plaatsingen (liaisons)`, async () => {
    let made = 0;
    let person = 0;
    // A user is the person of one chain only, so their periods never overlap.
    const placedUsers = new Set<string>();
    while (made < volumes.placements) {
      person += 1;
      const homeCode = r.pick(['DEFENSIE', 'DEFENSIE', 'POLITIE', 'POLITIE', 'KMAR'] as const);
      const hostCode = homeCode === 'POLITIE' ? r.pick(['DEFENSIE', 'KMAR'] as const) : 'POLITIE';
      const homeUnit = r.pick(units[homeCode]);
      const viaGroup = r.chance(0.4) ? groupAt(person) : null;
      // Some persons are users; the rest are named people without an account.
      const candidate = viaGroup ? r.pick(viaGroup.members) : null;
      const userPerson =
        candidate && candidate.organisationCode === homeCode && !placedUsers.has(candidate.userId) && r.chance(0.3)
          ? candidate
          : null;
      if (userPerson) placedUsers.add(userPerson.userId);
      const who = userPerson
        ? { kind: 'user' as const, userId: userPerson.userId }
        : { kind: 'named' as const, name: `${personName()} ${person}` };
      const proposer = viaGroup ? viaGroup.chair : management;
      // One to four consecutive periods per person: distinct persons or non-overlapping periods.
      let start = addDays(today, -r.int(0, 900) + 200);
      const chain = Math.min(r.int(1, 4), volumes.placements - made);
      for (let k = 0; k < chain; k++) {
        const end = addDays(addMonths(start, r.int(3, 12)), -1);
        const created = await as(proposer).placements.propose({
          person: who,
          homeOrganisationId: orgs[homeCode],
          homeUnit,
          hostOrganisationId: orgs[hostCode],
          hostUnit: r.pick(units[hostCode]),
          hostFunction: r.pick(['Liaison', 'Verbindingsofficier', 'Adviseur', 'Analist', 'Planner', 'Coördinator']),
          purpose: text(r, 20),
          learningGoals: text(r, 15),
          startDate: start,
          endDate: end,
          hoursPerWeek: r.pick([8, 16, 24, 32, 36]),
          homeContact: personName(),
          hostContact: personName(),
          groupId: viaGroup?.id ?? null,
          clearanceLevel: r.pick(['geen', 'C', 'B', 'A'] as const),
          clearanceExpiresOn: addMonths(end, r.int(-6, 24)),
          accessGrants: r.chance(0.5)
            ? [{ system: r.pick(['BVH', 'BlueView', 'Mercurius', 'NIVOS']), expiresOn: addMonths(end, r.int(-3, 6)) }]
            : [],
        });
        made += 1;
        let version = created.version;
        const ref = () => ({ id: created.id, version });
        const started = compareDates(start, today) <= 0;
        const ended = compareDates(end, today) < 0;
        const roll = r.next();
        if (!started ? roll < 0.5 : roll < 0.05) {
          // Still a proposal (mostly future placements).
        } else if (roll < 0.1) {
          version = (await as(management).placements.abort({ ...ref(), reason: 'Inzet elders nodig' })).version;
        } else {
          // Both organisations consent, never the proposer: the bench's admin, on behalf where needed.
          for (const organisationId of [orgs[homeCode], orgs[hostCode]]) {
            version = (
              await as(admin).placements.consent({ ...ref(), organisationId, onBehalfReason: 'Benchmarkgegevens' })
            ).version;
          }
          if (started) {
            version = (await as(management).placements.activate(ref())).version;
            // A few stay active past their end: overdue, to be closed.
            if (ended && r.chance(0.92)) version = (await as(management).placements.complete(ref())).version;
          }
        }
        start = addDays(end, r.int(1, 60));
      }
    }
  });
  counts.placements = volumes.placements;

  // ---- Glossary -------------------------------------------------------------
  await step(`${volumes.glossaryTerms} begrippen`, async () => {
    const labels = adjectives.flatMap((a) => nouns.map((n) => `${a} ${n}`));
    for (let i = 0; i < volumes.glossaryTerms; i++) {
      const group = groupAt(i);
      const label = labels[i % labels.length] ?? `begrip ${i}`;
      const prefLabel = i < labels.length ? label : `${label} ${Math.floor(i / labels.length) + 1}`;
      const divergent = r.chance(0.15);
      const term = await as(group.chair).glossary.create({
        prefLabel,
        maintainingGroupId: group.id,
        abbreviations: r.chance(0.3)
          ? [
              prefLabel
                .split(' ')
                .map((w) => w[0]?.toUpperCase() ?? '')
                .join('') +
                (i + 1),
            ]
          : [],
        synonyms: r.chance(0.3) ? [`${r.pick(nouns)} ${i + 1}`] : [],
        definitions: [
          {
            organisationId: orgs.DEFENSIE,
            text: `Bij Defensie: ${text(r, 18)}`,
            source: r.chance(0.5) ? 'Handboek Defensie' : '',
          },
          {
            organisationId: orgs.POLITIE,
            text: `Bij de Politie: ${text(r, 18)}`,
            source: r.chance(0.5) ? 'Politiewet 2012' : '',
          },
        ],
        jointDefinition: divergent ? '' : text(r, 20),
        scopeNote: r.chance(0.3) ? text(r, 15) : '',
        divergent,
        divergenceNote: divergent ? 'Zelfde woord, andere betekenis per organisatie.' : '',
      });
      const roll = r.next();
      if (roll < 0.4) continue;
      const proposed = await as(group.chair).glossary.changeStatus({
        id: term.id,
        version: term.version,
        status: 'voorgesteld',
      });
      if (roll < 0.6) continue;
      const half = await as(group.chair).glossary.approve({ id: term.id, version: proposed.version });
      await as(group.politie).glossary.approve({ id: term.id, version: half.version });
    }
  });
  counts.glossaryTerms = volumes.glossaryTerms;

  // ---- Scenarios, exercises, injects, observations ---------------------------
  const injectCsv = (n: number) =>
    [
      'tijd;van;aan;bericht;verwachte actie;verantwoordelijke',
      ...Array.from(
        { length: n },
        (_, k) =>
          `${k * 10};${r.pick(['Meldkamer', 'OvD-P', 'NatOps', 'Burgemeester', 'Pers'])};${r.pick(['OvD-P', 'Commandant', 'LOCC', 'Meldkamer'])};${text(r, 14)};${text(r, 8)};${r.pick(['DEFENSIE', 'POLITIE'])}`,
      ),
    ].join('\n');
  const observe = async (
    caller: Caller,
    exerciseId: string,
    objectiveIds: readonly string[],
    n: number,
    withActions: number,
  ) => {
    for (let k = 0; k < n; k++) {
      const improvement = r.chance(0.6);
      const observation = await caller.exercises.addObservation({
        exerciseId,
        text: text(r, 25),
        rating: improvement ? r.pick(['S', 'M', 'U'] as const) : 'P',
        kind: improvement ? 'improvement' : 'strength',
        conditionId: r.pick(indicatorIds),
        objectiveId: objectiveIds.length > 0 && r.chance(0.7) ? r.pick(objectiveIds) : null,
      });
      if (improvement && k < withActions) {
        await caller.exercises.addImprovementAction({
          observationId: observation.id,
          action: text(r, 10),
          owner: personName(),
          ownerOrganisationId: orgs.POLITIE,
          dueDate: addMonths(today, 3),
        });
      }
    }
    counts.observations = (counts.observations ?? 0) + n;
  };

  const planExercise = async (scenario: { id: string; group: Group }, startsAt: Date, objectives: number) => {
    const { group } = scenario;
    const exercise = await as(group.chair).exercises.create({
      scenarioId: scenario.id,
      title: `${r.pick(['Tabletop', 'Oefening', 'Drill', 'Werksessie'])} ${text(r, 3)}`,
      type: r.pick(exerciseTypes),
      startsAt,
      endsAt: new Date(startsAt.getTime() + r.int(2, 9) * 3_600_000),
      location: r.pick(['Ede', 'Den Haag', 'Zwolle', 'Assen', 'Eindhoven', 'Rotterdam']),
      participantCounts: [
        { organisationId: orgs.DEFENSIE, count: r.int(2, 40) },
        { organisationId: orgs.POLITIE, count: r.int(2, 40) },
      ],
      participantUserIds: r.some(group.members, 1, 4).map((m) => m.userId),
      plannerUserIds: [group.chair.userId],
      objectives: Array.from({ length: objectives }, () => ({
        description: text(r, 8),
        conditionIds: r.some(indicatorIds, 1, 2),
      })),
    });
    const detail = await as(group.chair).exercises.get({ id: exercise.id });
    counts.exercises = (counts.exercises ?? 0) + 1;
    return { id: exercise.id, version: exercise.version, objectiveIds: detail.objectives.map((o) => o.id) };
  };

  /** gepland → in_voorbereiding → uitgevoerd; returns the new version. */
  const hold = async (chair: SessionUser, exerciseId: string, version: number): Promise<number> => {
    const prepared = await as(chair).exercises.changeStatus({ id: exerciseId, version, status: 'in_voorbereiding' });
    const held = await as(chair).exercises.changeStatus({
      id: exerciseId,
      version: prepared.version,
      status: 'uitgevoerd',
    });
    return held.version;
  };

  const big = await step(
    `${volumes.scenarios} scenario's, ${volumes.exercises} oefeningen met injects en observaties`,
    async () => {
      const ready: { id: string; group: Group }[] = [];
      for (let i = 0; i < volumes.scenarios; i++) {
        const group = groupAt(i);
        const scenario = await as(group.chair).scenarios.create({
          groupId: group.id,
          title: `${r.pick(['Vermiste', 'Dreigende', 'Grootschalige', 'Onverwachte', 'Langdurige'])} ${text(r, 4)} (${i + 1})`,
          problemStatement: text(r, 80),
          threatType: r.pick(threatTypes),
          cooperationLevel: r.pick(['TRAINING', 'ASSISTANCE', 'PARTNERSHIP'] as const),
          perspectives: [
            {
              organisationId: orgs.POLITIE,
              mandate: text(r, 10),
              capabilities: text(r, 10),
              needsFromOther: text(r, 10),
              chainOfCommand: 'OvD-P',
              expectedActions: text(r, 12),
            },
            {
              organisationId: orgs.DEFENSIE,
              mandate: text(r, 10),
              capabilities: text(r, 10),
              needsFromOther: text(r, 10),
              chainOfCommand: 'NatOps',
              expectedActions: text(r, 12),
            },
          ],
          legalBasisIds: r.some(legalBasisIds, 1, 3),
          conditionIds: r.some(indicatorIds, 2, 5),
        });
        if (r.chance(0.2) && i > 0) continue;
        await as(group.chair).scenarios.changeStatus({ id: scenario.id, version: scenario.version, status: 'gereed' });
        ready.push({ id: scenario.id, group });
      }

      // The big one first: in a group of `member`, held a few days ago, with many injects and observations.
      const home = ready[0] as { id: string; group: Group };
      const bigStart = new Date(`${addDays(today, -3)}T08:00:00Z`);
      const bigExercise = await planExercise(home, bigStart, 6);
      await as(home.group.chair).exercises.importInjects({
        exerciseId: bigExercise.id,
        csv: injectCsv(Math.max(20, Math.round(250 * Math.min(1, volumes.exercises / baseVolumes.exercises)))),
      });
      await hold(home.group.chair, bigExercise.id, bigExercise.version);
      await observe(
        as(home.group.chair),
        bigExercise.id,
        bigExercise.objectiveIds,
        Math.max(10, Math.round(120 * Math.min(1, volumes.exercises / baseVolumes.exercises))),
        25,
      );

      for (let i = 1; i < volumes.exercises; i++) {
        const scenario = r.pick(ready);
        const startsAt = new Date(
          `${addDays(today, r.int(-365, 180))}T${String(r.int(7, 14)).padStart(2, '0')}:00:00Z`,
        );
        const exercise = await planExercise(scenario, startsAt, r.int(1, 4));
        const chair = as(scenario.group.chair);
        await chair.exercises.importInjects({ exerciseId: exercise.id, csv: injectCsv(r.int(5, 25)) });
        if (startsAt.getTime() > Date.now()) {
          if (r.chance(0.4))
            await chair.exercises.changeStatus({
              id: exercise.id,
              version: exercise.version,
              status: 'in_voorbereiding',
            });
          continue;
        }
        if (r.chance(0.05)) {
          await chair.exercises.changeStatus({
            id: exercise.id,
            version: exercise.version,
            status: 'geannuleerd',
            cancellationReason: 'Weeralarm',
          });
          continue;
        }
        const version = await hold(scenario.group.chair, exercise.id, exercise.version);
        await observe(chair, exercise.id, exercise.objectiveIds, r.int(3, 8), 2);
        if (r.chance(0.6)) await chair.exercises.changeStatus({ id: exercise.id, version, status: 'geevalueerd' });
      }
      return { id: bigExercise.id, startsAt: bigStart, groupId: home.group.id };
    },
  );
  counts.scenarios = volumes.scenarios;

  if (!groups.slice(0, 3).some((g) => g.id === big.groupId))
    throw new Error('the big exercise must be in a group of the benchmark member');
  return {
    management,
    member,
    organisationIds: orgs,
    bigExerciseId: big.id,
    bigExerciseStartsAt: big.startsAt,
    counts,
  };
}

/**
 * Moves each recommendation `shift` days back: proposal, creation and the first
 * status entry on that day, later entries spread evenly up to today, and the
 * implementation date on the day of its entry. Order, workflow and
 * "evidence not before implementation" all still hold.
 */
async function spreadRecommendationHistory(h: TestHarness, shifts: ReadonlyMap<string, number>): Promise<void> {
  const ids = [...shifts.keys()].join(',');
  const days = [...shifts.values()].join(',');
  await h.handle.db.transaction(async (tx) => {
    await tx.execute(sql`
      with shift as (select unnest(string_to_array(${ids}, ','))::uuid as id, unnest(string_to_array(${days}, ','))::int as days),
      ranked as (
        select e.id, s.days, row_number() over (partition by e.recommendation_id order by e.occurred_at, e.id) - 1 as rank,
               count(*) over (partition by e.recommendation_id) as total
        from recommendation_events e join shift s on s.id = e.recommendation_id
      )
      update recommendation_events e
      set occurred_at = e.occurred_at - make_interval(days => ranked.days) + make_interval(days => (ranked.days * ranked.rank / ranked.total)::int)
      from ranked where ranked.id = e.id`);
    await tx.execute(sql`
      with shift as (select unnest(string_to_array(${ids}, ','))::uuid as id, unnest(string_to_array(${days}, ','))::int as days)
      update recommendations r
      set proposed_on = (r.proposed_on - shift.days),
          created_at = r.created_at - make_interval(days => shift.days),
          implemented_on = (select (e.occurred_at at time zone 'UTC')::date from recommendation_events e
                            where e.recommendation_id = r.id and e.to_status = 'uitgevoerd' order by e.occurred_at desc limit 1),
          status_changed_at = coalesce((select max(e.occurred_at) from recommendation_events e where e.recommendation_id = r.id and e.kind = 'status'), r.status_changed_at)
      from shift where shift.id = r.id`);
  });
}
