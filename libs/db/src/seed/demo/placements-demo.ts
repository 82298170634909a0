import { type Executor } from '../../client';
import { insertAuditEvent } from '../../queries/audit';
import { findOrganisationByCode } from '../../queries/organisations';
import { placementConsents } from '../../schema/placement-consents';
import { placementExtensions } from '../../schema/placement-extensions';
import { placementLessons } from '../../schema/placement-lessons';
import { placements } from '../../schema/placements';
import {
  addDays,
  addMonths,
  calendarDateInNetherlands,
  type AccessGrant,
  type ClearanceLevel,
  type PlacementStatus,
} from '@srw/domain';

/** Ids from the base demo seed: users by demo key, working groups by name. */
export interface DemoIds {
  users: Map<string, string>;
  groups: Map<string, string>;
}

interface DemoPlacement {
  person: { userKey: string } | { name: string };
  home: [string, string];
  host: [string, string];
  hostFunction: string;
  purpose: string;
  learningGoals: string;
  /** Months from today (start, end), so the demo stays current. */
  period: [number, number];
  hoursPerWeek: number;
  status: PlacementStatus;
  group: string | null;
  clearance?: { level: ClearanceLevel; expiresInMonths: number };
  accessGrants?: { system: string; expiresInMonths: number | null }[];
  abortReason?: string;
  debrief?: { whatWorked: string; whatDidNotWork: string; lessons: string[] };
  extension?: { toMonths: number; rationale: string };
  /** Who proposed it (demo key); management unless said otherwise. */
  proposer?: string;
  /** For a proposed placement: the organisations (codes) that already consented. */
  consentedBy?: string[];
}

const SEARCHES = 'Werkgroep Zoekacties en steunverzoeken';
const INFORMATION = 'Werkgroep Informatiedeling';

const demoPlacements: DemoPlacement[] = [
  {
    person: { userKey: 'pieter' },
    home: ['DEFENSIE', 'Staf Commando Landstrijdkrachten'],
    host: ['POLITIE', 'Eenheid Midden-Nederland – Operationeel Centrum'],
    hostFunction: 'Liaison militaire bijstand',
    purpose:
      'Meekijken hoe een steunverzoek aan de politiekant ontstaat, zodat aanvragen bij Defensie sneller compleet binnenkomen.',
    learningGoals:
      'De afweging kennen die de politie maakt vóór een verzoek om bijstand; contacten opbouwen in de meldkamer.',
    period: [-4, 2],
    hoursPerWeek: 24,
    status: 'actief',
    group: SEARCHES,
    clearance: { level: 'B', expiresInMonths: 1 },
    accessGrants: [{ system: 'Politie-intranet (leesrechten)', expiresInMonths: 2 }],
  },
  {
    person: { userKey: 'sanne' },
    home: ['POLITIE', 'Eenheid Rotterdam – Districtsrecherche'],
    host: ['DEFENSIE', 'Bureau Nationale Operaties'],
    hostFunction: 'Verbindingsofficier politie',
    purpose:
      'Als aanspreekpunt bij NatOps zorgen dat politieverzoeken direct bij de juiste militaire capaciteit terechtkomen.',
    learningGoals: 'Begrijpen hoe Defensie restcapaciteit bepaalt en inzet plant.',
    period: [1, 7],
    hoursPerWeek: 32,
    status: 'goedgekeurd',
    group: SEARCHES,
    clearance: { level: 'B', expiresInMonths: 18 },
  },
  {
    person: { name: 'Kapitein J. Hoekstra' },
    home: ['DEFENSIE', 'Commando Zeestrijdkrachten – Duikgroep'],
    host: ['POLITIE', 'Landelijke Eenheid – Team Duikers'],
    hostFunction: 'Meewerkend duikinstructeur',
    purpose:
      'Duikprocedures van beide kanten naast elkaar leggen, zodat gezamenlijke zoekacties onder water soepeler verlopen.',
    learningGoals: '',
    period: [3, 9],
    hoursPerWeek: 16,
    status: 'voorgesteld',
    group: SEARCHES,
    // Proposed by Pieter (Defensie); Defensie has consented, the placement waits for the host, Politie.
    proposer: 'pieter',
    consentedBy: ['DEFENSIE'],
  },
  {
    person: { userKey: 'ahmed' },
    home: ['POLITIE', 'Eenheid Oost-Nederland – Regionale Eenheid Zoeken'],
    host: ['DEFENSIE', 'Bureau Nationale Operaties'],
    hostFunction: 'Adviseur zoekacties',
    purpose: 'Samen met militaire planners draaiboeken opstellen voor grootschalige vermissingszaken.',
    learningGoals: 'Militaire planningsmethoden leren toepassen op zoekacties.',
    period: [-5, 5],
    hoursPerWeek: 20,
    status: 'actief',
    group: SEARCHES,
    extension: {
      toMonths: 11,
      rationale: 'De draaiboeken worden in het voorjaar in een oefening getest; de liaison moet daarbij zijn.',
    },
  },
  {
    person: { userKey: 'ruben' },
    home: ['KMAR', 'Brigade Schiphol – Informatieknooppunt'],
    host: ['POLITIE', 'Eenheid Noord-Holland – Informatieorganisatie'],
    hostFunction: 'Liaison informatie-uitwisseling',
    purpose: 'Nagaan welke informatie KMar en politie in de praktijk uitwisselen en waar dat stokt.',
    learningGoals: 'De spelregels voor informatiedeling in de praktijk zien werken.',
    period: [-8, 0],
    hoursPerWeek: 16,
    status: 'actief',
    group: INFORMATION,
    accessGrants: [{ system: 'Basisvoorziening Informatie (BVI)', expiresInMonths: 0 }],
  },
  {
    person: { userKey: 'eva' },
    home: ['POLITIE', 'Landelijke Eenheid – Team Digitale Opsporing'],
    host: ['DEFENSIE', 'Defensie Cyber Commando'],
    hostFunction: 'Uitwisselingsfunctionaris cyber',
    purpose: 'Kennis van digitale sporen delen en kijken waar gezamenlijke analyses mogelijk zijn.',
    learningGoals: 'Werkwijze van het cybercommando leren kennen.',
    period: [-14, -2],
    hoursPerWeek: 36,
    status: 'afgerond',
    group: INFORMATION,
    debrief: {
      whatWorked: 'Wekelijkse gezamenlijke analysesessies; snel contact over lopende vragen.',
      whatDidNotWork: 'Het regelen van toegang tot systemen kostte de eerste zes weken.',
      lessons: [
        'Regel screening en systeemtoegang vóórdat de plaatsing begint.',
        'Spreek vooraf af welke informatie de liaison mee terug mag nemen naar de eigen organisatie.',
      ],
    },
  },
  {
    person: { name: 'Inspecteur M. Bakker' },
    home: ['POLITIE', 'Eenheid Oost-Nederland – Operationeel Centrum'],
    host: ['DEFENSIE', 'Staf 43 Gemechaniseerde Brigade'],
    hostFunction: 'Liaison openbare orde',
    purpose: 'Gezamenlijke oefeningen voorbereiden rond de inzet bij grote evenementen.',
    learningGoals: '',
    period: [-6, 6],
    hoursPerWeek: 8,
    status: 'afgebroken',
    group: null,
    proposer: 'ahmed',
    abortReason: 'De inspecteur is teruggeroepen voor een langlopend onderzoek in de eigen eenheid.',
  },
];

const systemOrigin = { ip: null, userAgent: 'seed' };

/**
 * Who consents for an organisation in the demo, in order of preference: a
 * working member of the placement's group from that organisation, else its
 * management or (Defensie) admin; never the proposer or the person placed.
 * KMar has no one else, so the admin consents on its behalf, with a reason.
 */
const consenters: Record<string, Record<string, string[]>> = {
  DEFENSIE: { [SEARCHES]: ['pieter', 'admin'], other: ['admin'] },
  POLITIE: {
    [SEARCHES]: ['sanne', 'ahmed', 'management'],
    [INFORMATION]: ['sanne', 'management'],
    other: ['management'],
  },
};
const KMAR_ON_BEHALF =
  'KMar heeft geen eigen beheerder in de Samenwerkingsruimte; akkoord van de brigadecommandant per brief.';

function consenterFor(
  organisationCode: string,
  group: string | null,
  exclude: readonly string[],
): { key: string; onBehalfReason: string | null } {
  const byGroup = consenters[organisationCode];
  if (!byGroup) return { key: 'admin', onBehalfReason: KMAR_ON_BEHALF };
  const candidates = (group ? byGroup[group] : undefined) ?? byGroup.other ?? [];
  const key = candidates.find((candidate) => !exclude.includes(candidate)) ?? 'admin';
  return { key, onBehalfReason: null };
}

/** Demo liaison placements across Defensie, KMar and Politie, in every lifecycle state. */
export async function seedPlacementsDemo(tx: Executor, ids: DemoIds): Promise<void> {
  const today = calendarDateInNetherlands(new Date());
  const userOf = (key: string) => ids.users.get(key) ?? null;
  const names: Record<string, string> = {
    pieter: 'Pieter Jansen',
    sanne: 'Sanne Visser',
    ahmed: 'Ahmed el Amrani',
    ruben: 'Ruben Smit',
    eva: 'Eva Mulder',
  };
  for (const demo of demoPlacements) {
    const home = await findOrganisationByCode(tx, demo.home[0]);
    const host = await findOrganisationByCode(tx, demo.host[0]);
    if (!home || !host) throw new Error('Referentiedata ontbreekt: organisaties voor plaatsingen');
    const userId = 'userKey' in demo.person ? (ids.users.get(demo.person.userKey) ?? null) : null;
    const personName =
      'userKey' in demo.person ? (names[demo.person.userKey] ?? demo.person.userKey) : demo.person.name;
    const personKey = userId ? `user:${userId}` : `named:${home.id}:${personName.toLowerCase()}`;
    const startDate = addMonths(today, demo.period[0]);
    // A period ending "now" ended yesterday: that placement is overdue.
    const endDate = demo.period[1] === 0 ? addDays(today, -1) : addMonths(today, demo.period[1]);
    const accessGrants: AccessGrant[] = (demo.accessGrants ?? []).map((grant) => ({
      system: grant.system,
      expiresOn: grant.expiresInMonths === null ? null : addMonths(today, grant.expiresInMonths),
    }));
    const approved = demo.status !== 'voorgesteld' && !(demo.status === 'afgebroken' && demo.period[0] > 0);
    const proposerKey = demo.proposer ?? 'management';
    const creator = userOf(proposerKey);
    const personKeyOf = 'userKey' in demo.person ? demo.person.userKey : null;
    // Both organisations for an approved placement; for a proposed one those that already consented.
    const consenting = approved ? [demo.home[0], demo.host[0]] : (demo.consentedBy ?? []);
    const consents = consenting.map((code) => ({
      code,
      ...consenterFor(code, demo.group, [proposerKey, ...(personKeyOf ? [personKeyOf] : [])]),
    }));
    const approver = approved ? consents.at(-1) : undefined;
    const [placement] = await tx
      .insert(placements)
      .values({
        personUserId: userId,
        personName,
        personKey,
        homeOrganisationId: home.id,
        homeUnit: demo.home[1],
        hostOrganisationId: host.id,
        hostUnit: demo.host[1],
        hostFunction: demo.hostFunction,
        purpose: demo.purpose,
        learningGoals: demo.learningGoals,
        startDate,
        endDate,
        hoursPerWeek: demo.hoursPerWeek,
        homeContact: '',
        hostContact: '',
        groupId: demo.group ? (ids.groups.get(demo.group) ?? null) : null,
        clearanceLevel: demo.clearance?.level ?? 'geen',
        clearanceExpiresOn: demo.clearance ? addMonths(today, demo.clearance.expiresInMonths) : null,
        accessGrants,
        status: demo.status,
        abortReason: demo.abortReason ?? null,
        approvedBy: approver ? userOf(approver.key) : null,
        approvedAt: approved ? new Date() : null,
        debriefWhatWorked: demo.debrief?.whatWorked ?? null,
        debriefWhatDidNotWork: demo.debrief?.whatDidNotWork ?? null,
        debriefedAt: demo.debrief ? new Date() : null,
        createdBy: creator,
      })
      .returning();
    if (!placement) throw new Error('insert returned no row');
    await insertAuditEvent(tx, {
      actorId: creator,
      action: 'create',
      entityType: 'placement',
      entityId: placement.id,
      groupId: placement.groupId,
      after: { personName, hostUnit: placement.hostUnit, status: placement.status, startDate, endDate },
      origin: systemOrigin,
    });
    for (const consent of consents) {
      const organisationId = consent.code === demo.home[0] ? home.id : host.id;
      const userId = userOf(consent.key);
      const [row] = await tx
        .insert(placementConsents)
        .values({
          placementId: placement.id,
          organisationId,
          userId,
          note: '',
          onBehalfReason: consent.onBehalfReason,
        })
        .returning();
      await insertAuditEvent(tx, {
        actorId: userId,
        action: 'update',
        entityType: 'placement',
        entityId: placement.id,
        groupId: placement.groupId,
        after: { consent: { organisationId, onBehalfReason: consent.onBehalfReason, id: row?.id } },
        origin: systemOrigin,
      });
    }
    if (demo.debrief) {
      await tx.insert(placementLessons).values(
        demo.debrief.lessons.map((lesson, position) => ({
          placementId: placement.id,
          position,
          lesson,
          createdBy: creator,
        })),
      );
    }
    if (demo.extension) {
      await tx.insert(placementExtensions).values({
        placementId: placement.id,
        previousEndDate: endDate,
        requestedEndDate: addMonths(today, demo.extension.toMonths),
        rationale: demo.extension.rationale,
        createdBy: userId ?? creator,
      });
    }
  }
}
