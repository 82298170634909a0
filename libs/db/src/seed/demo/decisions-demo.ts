import { type Executor } from '../../client';
import { and, eq } from 'drizzle-orm';
import { insertAuditEvent } from '../../queries/audit';
import {
  insertDecisionSignOff,
  replaceDecisionLegalBases,
  replaceDecisionOrganisations,
  replaceDecisionSharingRules,
} from '../../queries/decisions';
import { findOrganisationByCode } from '../../queries/organisations';
import { findUserView } from '../../queries/users';
import { decisions } from '../../schema/decisions';
import { legalBases } from '../../schema/legal-bases';
import { workingGroups } from '../../schema/working-groups';
import type { DecisionCondition, DecisionLevel, DecisionOutcome, DecisionStatus, SharingVerdict } from '@srw/domain';

/** Law and article for the catalogue entries the reference data ships with (title only there). */
const lawAndArticle: Record<string, [string, string]> = {
  'PW2012-58': ['Politiewet 2012', '58'],
  'PW2012-59': ['Politiewet 2012', '59'],
  WVR: ["Wet veiligheidsregio's", ''],
  MSOB: ['Regeling Militaire Steunverlening in het Openbaar Belang', ''],
  'GW-100': ['Grondwet', '100'],
  'RDSI-2': ['Regeling Dienst Speciale Interventies', '2'],
  'IB-MIT-2021': ['Instellingsbesluit Multidisciplinair Interventieteam', ''],
  'IB-STUURGROEP-2019': ['Instellingsbeschikking Stuurgroep Samenwerking Defensie en Politie', ''],
};

interface DemoDecision {
  key: string;
  group: string;
  question: string;
  context: string;
  cooperationLevel: string;
  topic: string;
  tags: string[];
  options: { title: string; pros: string; cons: string }[];
  outcome: DecisionOutcome;
  conditions: DecisionCondition[];
  legalBases: string[];
  organisations: string[];
  sharingRules: {
    dataCategory: string;
    from: string;
    to: string;
    legalGround: string;
    conditions: string;
    consentFrom: string;
    verdict: SharingVerdict;
  }[];
  decisionLevel: DecisionLevel | null;
  decidedBy: string;
  decisionDate: string | null;
  reviewDate: string | null;
  status: DecisionStatus;
  /** Who signed off, by demo user key (their organisation signs). */
  signedBy: string[];
  createdBy: string;
  daysAgo: number;
  supersedes?: string;
}

const ZOEK = 'Werkgroep Zoekacties en steunverzoeken';
const INFO = 'Werkgroep Informatiedeling';

// Written for this product; not taken from the thesis.
const demoDecisions: DemoDecision[] = [
  {
    key: 'drones-2025',
    group: ZOEK,
    question: 'Mogen militairen drones inzetten bij een zoekactie van de politie? (werkafspraak 2025)',
    context:
      'Eerste werkafspraak na een zoekactie in de duinen, waar de politie zelf geen drone met warmtecamera beschikbaar had.',
    cooperationLevel: 'ASSISTANCE',
    topic: 'Zoekacties',
    tags: ['drones', 'zoekactie'],
    options: [],
    outcome: 'ALLOWED_WITH_CONDITIONS',
    conditions: [
      { code: 'CAPACITY_EXHAUSTED', text: 'Politiecapaciteit is kwantitatief en kwalitatief uitgeput (aantoonbaar)' },
      { code: 'VIA_NATOPS', text: 'Verzoek loopt via Bureau Nationale Operaties (DOPS)' },
    ],
    legalBases: ['PW2012-58'],
    organisations: ['DEFENSIE', 'POLITIE'],
    sharingRules: [],
    decisionLevel: 'tactisch',
    decidedBy: 'Werkgroep Zoekacties, tactisch overleg',
    decisionDate: '2025-09-15',
    reviewDate: null,
    status: 'vervangen',
    signedBy: ['pieter', 'sanne'],
    createdBy: 'pieter',
    daysAgo: 420,
  },
  {
    key: 'drones',
    group: ZOEK,
    question: 'Mogen militairen van Defensie drones inzetten bij een zoekactie van de politie?',
    context:
      'Bij vermissingen in moeilijk begaanbaar terrein kan een drone met warmtecamera veel tijd schelen. De werkafspraak van 2025 ' +
      'regelde niet wat er met de opgenomen beelden gebeurt en onder wiens gezag de bemanning vliegt; deze versie vult dat aan.',
    cooperationLevel: 'ASSISTANCE',
    topic: 'Zoekacties',
    tags: ['drones', 'zoekactie', 'beeldmateriaal'],
    options: [
      {
        title: 'Alleen politiedrones',
        pros: 'Geen steunverzoek nodig',
        cons: 'Te weinig toestellen met warmtecamera, vooral ’s nachts',
      },
      {
        title: 'Militaire drones op steunverzoek',
        pros: 'Snel extra capaciteit met ervaren bemanning',
        cons: 'Afhankelijk van restcapaciteit bij Defensie',
      },
    ],
    outcome: 'ALLOWED_WITH_CONDITIONS',
    conditions: [
      { code: 'CAPACITY_EXHAUSTED', text: 'Politiecapaciteit is kwantitatief en kwalitatief uitgeput (aantoonbaar)' },
      { code: 'VIA_NATOPS', text: 'Verzoek loopt via Bureau Nationale Operaties (DOPS)' },
      {
        code: 'CIVIL_AUTHORITY',
        text: 'Militairen treden op onder civiel gezag en met de bevoegdheden die zij in het civiele domein hebben',
      },
      { code: null, text: 'Beelden die niets met de zoekactie te maken hebben, worden direct na afloop gewist' },
    ],
    legalBases: ['PW2012-58', 'MSOB'],
    organisations: ['DEFENSIE', 'POLITIE'],
    sharingRules: [
      {
        dataCategory: 'Dronebeelden van het zoekgebied',
        from: 'DEFENSIE',
        to: 'POLITIE',
        legalGround: 'Onderdeel van de verleende bijstand',
        conditions: 'Alleen beelden die voor de zoekactie relevant zijn',
        consentFrom: 'Leider van de zoekactie (politie)',
        verdict: 'UNDER_CONDITIONS',
      },
    ],
    decisionLevel: 'tactisch',
    decidedBy: 'Pieter Jansen (Defensie) en Sanne Visser (Politie) namens de werkgroep',
    decisionDate: '2026-06-02',
    reviewDate: '2027-06-01',
    status: 'vastgesteld',
    signedBy: ['pieter', 'sanne'],
    createdBy: 'sanne',
    daysAgo: 190,
    supersedes: 'drones-2025',
  },
  {
    key: 'duikers',
    group: ZOEK,
    question: 'Mogen duikers van Defensie worden gevraagd voordat is nagegaan of politieduikers beschikbaar zijn?',
    context: 'Regionale eenheden belden soms rechtstreeks een bekende duikploeg van Defensie om tijd te winnen.',
    cooperationLevel: 'ASSISTANCE',
    topic: 'Zoekacties',
    tags: ['duikers', 'zoekactie'],
    options: [],
    outcome: 'NOT_ALLOWED',
    conditions: [],
    legalBases: ['MSOB'],
    organisations: ['DEFENSIE', 'POLITIE'],
    sharingRules: [],
    decisionLevel: 'operationeel',
    decidedBy: 'Werkgroep Zoekacties',
    decisionDate: '2026-04-20',
    reviewDate: null,
    status: 'vastgesteld',
    signedBy: ['pieter', 'ahmed'],
    createdBy: 'ahmed',
    daysAgo: 230,
  },
  {
    key: 'oefenterrein',
    group: ZOEK,
    question: 'Mogen politie-eenheden meedoen aan een oefening op een militair oefenterrein zonder steunverzoek?',
    context: 'Gezamenlijk oefenen is laagdrempelig; de vraag was of daar een formeel verzoek voor nodig is.',
    cooperationLevel: 'TRAINING',
    topic: 'Gezamenlijk oefenen',
    tags: ['oefenen'],
    options: [],
    outcome: 'ALLOWED',
    conditions: [],
    legalBases: ['IB-STUURGROEP-2019'],
    organisations: ['DEFENSIE', 'POLITIE'],
    sharingRules: [],
    decisionLevel: 'operationeel',
    decidedBy: 'Werkgroep Zoekacties',
    decisionDate: '2026-02-10',
    reviewDate: null,
    status: 'vastgesteld',
    signedBy: ['pieter', 'sanne'],
    createdBy: 'pieter',
    daysAgo: 300,
  },
  {
    key: 'verdachten-inlichtingen',
    group: INFO,
    question: 'Mag de politie gegevens over verdachten delen met de militaire inlichtingendienst?',
    context:
      'Tijdens een gezamenlijke inzet kwam de vraag op of persoonsgegevens uit een opsporingsonderzoek met de militaire ' +
      'inlichtingendienst gedeeld mogen worden. Niemand in de werkgroep kon de grondslag met zekerheid aanwijzen.',
    cooperationLevel: 'PARTNERSHIP',
    topic: 'Informatiedeling',
    tags: ['informatiedeling', 'persoonsgegevens'],
    options: [],
    outcome: 'UNCLEAR',
    conditions: [],
    legalBases: [],
    organisations: ['POLITIE', 'KMAR'],
    sharingRules: [],
    decisionLevel: null,
    decidedBy: '',
    decisionDate: null,
    reviewDate: null,
    status: 'concept',
    signedBy: [],
    createdBy: 'sanne',
    daysAgo: 41,
  },
  {
    key: 'kentekens',
    group: INFO,
    question: 'Mogen KMar en politie tijdens een gezamenlijke controle kentekenhits direct met elkaar delen?',
    context: 'Bij gezamenlijke controles langs de grens kijken beide organisaties naar dezelfde voertuigen.',
    cooperationLevel: 'PARTNERSHIP',
    topic: 'Informatiedeling',
    tags: ['informatiedeling', 'kentekens'],
    options: [],
    outcome: 'ALLOWED_WITH_CONDITIONS',
    conditions: [{ code: null, text: 'Alleen hits die betrekking hebben op de lopende controle' }],
    legalBases: [],
    organisations: ['POLITIE', 'KMAR'],
    sharingRules: [
      {
        dataCategory: 'Kentekenhits',
        from: 'POLITIE',
        to: 'KMAR',
        legalGround: 'Nog vast te leggen',
        conditions: 'Alleen tijdens de gezamenlijke controle',
        consentFrom: 'Operationeel leider politie',
        verdict: 'UNDER_CONDITIONS',
      },
    ],
    decisionLevel: 'operationeel',
    decidedBy: '',
    decisionDate: null,
    reviewDate: null,
    status: 'voorgesteld',
    signedBy: ['sanne'],
    createdBy: 'ruben',
    daysAgo: 12,
  },
];

const systemOrigin = { ip: null, userAgent: 'seed' };

/** Demo decisions in the demo groups; call inside seedDemoData's transaction. */
export async function seedDecisionsDemo(tx: Executor, ids: { userIds: ReadonlyMap<string, string> }): Promise<void> {
  for (const [code, [law, article]] of Object.entries(lawAndArticle)) {
    await tx
      .update(legalBases)
      .set({ law, article })
      .where(and(eq(legalBases.code, code), eq(legalBases.law, '')));
  }
  const basisIds = new Map(
    (await tx.select({ id: legalBases.id, code: legalBases.code }).from(legalBases)).map((b) => [b.code, b.id]),
  );
  const organisationId = async (code: string) => {
    const organisation = await findOrganisationByCode(tx, code);
    if (!organisation) throw new Error(`Referentiedata ontbreekt: organisatie ${code}`);
    return organisation;
  };
  const decisionIds = new Map<string, string>();
  for (const demo of demoDecisions) {
    const [group] = await tx
      .select({ id: workingGroups.id })
      .from(workingGroups)
      .where(eq(workingGroups.name, demo.group));
    if (!group) continue;
    const createdAt = new Date(Date.now() - demo.daysAgo * 24 * 60 * 60 * 1000);
    const published = demo.status === 'vastgesteld' || demo.status === 'vervangen';
    const [row] = await tx
      .insert(decisions)
      .values({
        groupId: group.id,
        question: demo.question,
        context: demo.context,
        cooperationLevel: demo.cooperationLevel,
        topic: demo.topic,
        tags: demo.tags,
        options: demo.options,
        outcome: demo.outcome,
        conditions: demo.conditions,
        decisionLevel: demo.decisionLevel,
        decidedBy: demo.decidedBy,
        decisionDate: demo.decisionDate,
        reviewDate: demo.reviewDate,
        status: demo.status,
        publishedAt: published ? createdAt : null,
        statusChangedAt: createdAt,
        supersedesId: demo.supersedes ? (decisionIds.get(demo.supersedes) ?? null) : null,
        createdBy: ids.userIds.get(demo.createdBy) ?? null,
        createdAt,
        updatedAt: createdAt,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    decisionIds.set(demo.key, row.id);
    if (demo.supersedes) {
      const previous = decisionIds.get(demo.supersedes);
      if (previous) await tx.update(decisions).set({ supersededById: row.id }).where(eq(decisions.id, previous));
    }
    const organisations = await Promise.all(demo.organisations.map(organisationId));
    await replaceDecisionOrganisations(
      tx,
      row.id,
      organisations.map((o) => o.id),
    );
    await replaceDecisionLegalBases(
      tx,
      row.id,
      demo.legalBases.flatMap((code) => basisIds.get(code) ?? []),
    );
    const rules = [];
    for (const rule of demo.sharingRules) {
      rules.push({
        dataCategory: rule.dataCategory,
        fromOrganisationId: (await organisationId(rule.from)).id,
        toOrganisationId: (await organisationId(rule.to)).id,
        legalGround: rule.legalGround,
        conditions: rule.conditions,
        consentFrom: rule.consentFrom,
        verdict: rule.verdict,
      });
    }
    await replaceDecisionSharingRules(tx, row.id, rules);
    for (const key of demo.signedBy) {
      const userId = ids.userIds.get(key);
      if (!userId) continue;
      const user = await findUserView(tx, userId);
      if (user) await insertDecisionSignOff(tx, { decisionId: row.id, organisationId: user.organisationId, userId });
    }
    await insertAuditEvent(tx, {
      actorId: ids.userIds.get(demo.createdBy) ?? null,
      action: 'create',
      entityType: 'decision',
      entityId: row.id,
      groupId: group.id,
      after: { question: row.question, outcome: row.outcome, status: row.status },
      origin: systemOrigin,
    });
  }
}
