import { type Executor } from '../../client';
import { eq } from 'drizzle-orm';
import { replaceAssessmentScores, upsertAssessmentContribution } from '../../queries/assessments';
import { insertAuditEvent } from '../../queries/audit';
import { findOrganisationByCode } from '../../queries/organisations';
import { findRecommendationByCode } from '../../queries/recommendations';
import { conditionAssessments } from '../../schema/condition-assessments';
import { recommendationAddressees } from '../../schema/recommendation-addressees';
import { recommendationConditions } from '../../schema/recommendation-conditions';
import { recommendationEvents } from '../../schema/recommendation-events';
import { recommendations } from '../../schema/recommendations';
import { workingGroups } from '../../schema/working-groups';
import { thesisRecommendations } from '../thesis-recommendations';
import type { AddresseeState, RecommendationStatus, VerificationEvidence } from '@srw/domain';

export interface RecommendationsDemoIds {
  /** Demo user ids by their key in `demoUsers` (admin, management, pieter, sanne...). */
  users: ReadonlyMap<string, string>;
}

const GROUP_SEARCH = 'Werkgroep Zoekacties en steunverzoeken';
const GROUP_INFO = 'Werkgroep Informatiedeling';

interface HistoryStep {
  on: string;
  to?: RecommendationStatus;
  /** An addressee organisation recording its own state. */
  organisation?: string;
  state?: AddresseeState;
  note: string;
  reason?: string;
  evidence?: VerificationEvidence;
  by: string;
}

interface DemoPlan {
  group: string | null;
  owner: string;
  dueDate: string | null;
  priority?: boolean;
  addressees: string[];
  history: HistoryStep[];
}

const proposed = (by = 'management'): HistoryStep => ({
  on: '2025-11-12',
  to: 'voorgesteld',
  note: 'Overgenomen uit de scriptie als startpunt van het register.',
  by,
});

/** Plausible statuses and dated history for the thesis recommendations; the notes are ours. */
const plans: Record<string, DemoPlan> = {
  B1: {
    group: null,
    owner: 'management',
    dueDate: '2026-09-30',
    addressees: ['DEFENSIE', 'POLITIE'],
    history: [
      proposed(),
      {
        on: '2026-01-20',
        to: 'aanvaard',
        note: 'In het bestuurlijk overleg afgesproken om per vraagstuk te bepalen of samenwerking zinvol is.',
        by: 'management',
      },
      {
        on: '2026-06-03',
        note: 'Eerste lijst met vraagstukken opgesteld; de afstemming over bevoegdheden loopt nog.',
        by: 'management',
      },
    ],
  },
  B2: {
    group: GROUP_SEARCH,
    owner: 'pieter',
    dueDate: '2027-03-31',
    addressees: ['DEFENSIE', 'POLITIE'],
    history: [
      proposed(),
      {
        on: '2026-02-10',
        to: 'aanvaard',
        note: 'De werkgroep pakt dit op voor het thema zoekacties en rapporteert elk kwartaal aan de bestuurders.',
        by: 'pieter',
      },
      {
        on: '2026-05-14',
        note: 'Eerste kwartaalrapportage met knelpunten rond het steunverzoek besproken.',
        by: 'sanne',
      },
    ],
  },
  B3: {
    group: null,
    owner: 'management',
    dueDate: null,
    addressees: ['DEFENSIE'],
    history: [proposed()],
  },
  B4: {
    group: null,
    owner: 'management',
    dueDate: '2026-06-30',
    priority: true,
    addressees: ['DEFENSIE', 'POLITIE'],
    history: [
      proposed(),
      {
        on: '2025-12-15',
        to: 'aanvaard',
        note: 'Bestuurders stellen een klein budget beschikbaar voor initiatieven van de werkvloer.',
        by: 'management',
      },
      {
        on: '2026-02-01',
        to: 'in_uitvoering',
        note: 'Oproep voor initiatieven verstuurd in beide organisaties.',
        by: 'management',
      },
      {
        on: '2026-07-08',
        organisation: 'DEFENSIE',
        state: 'uitgevoerd',
        note: 'Twee initiatieven opgenomen in de reguliere planning.',
        by: 'admin',
      },
      {
        on: '2026-07-08',
        organisation: 'POLITIE',
        state: 'in_uitvoering',
        note: 'Borging in de bedrijfsvoering vraagt nog een besluit van de eenheidsleiding.',
        by: 'management',
      },
    ],
  },
  B5: {
    group: null,
    owner: 'management',
    dueDate: '2027-01-31',
    priority: true,
    addressees: ['DEFENSIE', 'POLITIE'],
    history: [
      proposed(),
      {
        on: '2026-01-20',
        to: 'aanvaard',
        note: 'Aanvaard, met de kanttekening dat capaciteit bij crises voorgaat.',
        by: 'management',
      },
      {
        on: '2026-04-02',
        to: 'in_uitvoering',
        note: 'Per werkgroep wordt bekeken hoeveel uren vrijgemaakt kunnen worden.',
        by: 'management',
      },
    ],
  },
  B6: {
    group: null,
    owner: 'management',
    dueDate: null,
    addressees: ['DEFENSIE', 'POLITIE'],
    history: [
      proposed(),
      {
        on: '2026-03-18',
        to: 'niet_aanvaard',
        note: 'Besproken met beide HR-afdelingen.',
        reason:
          'De arbeidsvoorwaarden verschillen te veel voor een gezamenlijk loopbaanpad; uitwisseling loopt voorlopig via liaisons.',
        by: 'management',
      },
    ],
  },
  O1: {
    group: GROUP_SEARCH,
    owner: 'sanne',
    dueDate: '2026-06-30',
    addressees: ['DEFENSIE', 'POLITIE'],
    history: [
      proposed('pieter'),
      {
        on: '2025-12-02',
        to: 'aanvaard',
        note: 'Werksessie gepland rond een vermissing in een uitgestrekt natuurgebied.',
        by: 'pieter',
      },
      { on: '2026-01-15', to: 'in_uitvoering', note: 'Draaiboek voor de sessie geschreven.', by: 'sanne' },
      {
        on: '2026-03-05',
        organisation: 'DEFENSIE',
        state: 'uitgevoerd',
        note: 'Defensie presenteerde haar inzetmogelijkheden met drones en duikers.',
        by: 'pieter',
      },
      {
        on: '2026-03-05',
        organisation: 'POLITIE',
        state: 'uitgevoerd',
        note: 'Politie liet zien hoe de zoekactie wordt geleid.',
        by: 'sanne',
      },
      {
        on: '2026-03-12',
        to: 'uitgevoerd',
        note: 'De werksessie is gehouden met twintig deelnemers van beide organisaties.',
        by: 'pieter',
      },
    ],
  },
  O2: {
    group: GROUP_SEARCH,
    owner: 'pieter',
    dueDate: '2026-09-30',
    addressees: ['DEFENSIE', 'POLITIE'],
    history: [
      proposed('pieter'),
      { on: '2025-12-02', to: 'aanvaard', note: 'Oefenkalender en twee liaisonplaatsen afgesproken.', by: 'pieter' },
      { on: '2026-01-10', to: 'in_uitvoering', note: 'Eerste liaison gestart bij de meldkamer.', by: 'pieter' },
      {
        on: '2026-04-20',
        organisation: 'DEFENSIE',
        state: 'uitgevoerd',
        note: 'Liaison geplaatst en twee oefeningen meegedaan.',
        by: 'pieter',
      },
      {
        on: '2026-04-22',
        organisation: 'POLITIE',
        state: 'uitgevoerd',
        note: 'Liaison van de politie draait mee bij de staf.',
        by: 'ahmed',
      },
      {
        on: '2026-04-25',
        to: 'uitgevoerd',
        note: 'Beide liaisons zijn geplaatst en de oefenkalender loopt.',
        by: 'pieter',
      },
      {
        on: '2026-10-02',
        to: 'geverifieerd',
        note: 'Bij de najaarsoefening bleek dat de liaisons het contact merkbaar versnelden.',
        evidence: {
          kind: 'exercise',
          reference: 'Evaluatieverslag najaarsoefening zoekactie 2026',
          recordId: null,
          date: '2026-09-24',
          note: 'De evaluatie noemt de liaisons als belangrijkste reden dat het steunverzoek binnen een uur rond was.',
        },
        // Verified by a second person: Pieter set it to uitgevoerd.
        by: 'sanne',
      },
    ],
  },
  O3: {
    group: GROUP_SEARCH,
    owner: 'lotte',
    dueDate: '2027-04-30',
    addressees: ['DEFENSIE', 'POLITIE'],
    history: [
      proposed('pieter'),
      {
        on: '2026-02-10',
        to: 'aanvaard',
        note: 'Training de-escalatie voor militairen in het civiele domein wordt ontwikkeld.',
        by: 'pieter',
      },
      { on: '2026-05-01', to: 'in_uitvoering', note: 'Pilottraining met een peloton gepland.', by: 'pieter' },
      {
        on: '2026-09-15',
        organisation: 'DEFENSIE',
        state: 'in_uitvoering',
        note: 'Eerste pilot gegeven; de evaluatie volgt.',
        by: 'pieter',
      },
    ],
  },
  O4: {
    group: GROUP_SEARCH,
    owner: 'ahmed',
    dueDate: '2027-06-30',
    addressees: ['DEFENSIE', 'POLITIE'],
    history: [
      proposed('pieter'),
      { on: '2026-08-19', note: 'Defensie inventariseert welke verzoeken oefenwaarde hebben.', by: 'pieter' },
    ],
  },
  O5: {
    group: GROUP_INFO,
    owner: 'sanne',
    dueDate: '2026-10-01',
    addressees: ['DEFENSIE', 'POLITIE', 'KMAR'],
    history: [
      proposed('sanne'),
      {
        on: '2026-01-28',
        to: 'aanvaard',
        note: 'Vaste agendapunt in de voorbespreking van elke gezamenlijke inzet.',
        by: 'sanne',
      },
      { on: '2026-03-11', to: 'in_uitvoering', note: 'Checklist bevoegdheden in concept klaar.', by: 'ruben' },
      {
        on: '2026-06-30',
        organisation: 'KMAR',
        state: 'uitgevoerd',
        note: 'KMar gebruikt de checklist al standaard.',
        by: 'ruben',
      },
    ],
  },
  O6: {
    group: GROUP_INFO,
    owner: 'sanne',
    dueDate: '2027-02-28',
    priority: true,
    addressees: ['DEFENSIE', 'POLITIE'],
    history: [
      proposed('sanne'),
      {
        on: '2026-02-04',
        to: 'aanvaard',
        note: 'Juristen van beide organisaties schrijven samen aan het afwegingskader.',
        by: 'sanne',
      },
      {
        on: '2026-09-09',
        note: 'Het deel over het delen van vertrouwelijke informatie wacht op een juridisch besluit.',
        by: 'ruben',
      },
    ],
  },
  O7: {
    group: GROUP_INFO,
    owner: 'ruben',
    dueDate: '2026-08-31',
    addressees: ['DEFENSIE', 'POLITIE'],
    history: [
      proposed('sanne'),
      {
        on: '2025-12-10',
        to: 'aanvaard',
        note: 'Begrippenlijst wordt in de samenwerkingsruimte bijgehouden.',
        by: 'sanne',
      },
      { on: '2026-01-05', to: 'in_uitvoering', note: 'Eerste vijftig begrippen verzameld.', by: 'ruben' },
      {
        on: '2026-06-12',
        organisation: 'DEFENSIE',
        state: 'uitgevoerd',
        note: 'Defensie heeft haar definities en afkortingen aangeleverd.',
        // Pieter only observes this group; Defensie's admin records Defensie's part.
        by: 'admin',
      },
      {
        on: '2026-06-20',
        organisation: 'POLITIE',
        state: 'uitgevoerd',
        note: 'Politie heeft de definities gecontroleerd en aangevuld.',
        by: 'sanne',
      },
      {
        on: '2026-06-25',
        to: 'uitgevoerd',
        note: 'De begrippenlijst staat online en beide organisaties verwijzen ernaar.',
        by: 'sanne',
      },
    ],
  },
};

/** Two scans of the search working group; the second shows some progress and the remaining weak spots. */
type DemoScores = Record<string, [number | null, string?]>;

/** Two rounds; in each, Defensie (Pieter) and Politie (Sanne) score for their own organisation, and differ on a few indicators. */
const assessments: {
  on: string;
  note: string;
  by: string;
  sides: { organisation: string; by: string; scores: DemoScores }[];
}[] = [
  {
    on: '2026-02-16',
    note: 'Eerste scan, kort na de start van de werkgroep.',
    by: 'pieter',
    sides: [
      {
        organisation: 'DEFENSIE',
        by: 'pieter',
        scores: {
          '1.1.a': [3],
          '1.2.a': [3],
          '1.2.b': [2],
          '1.3.a': [2],
          '1.3.e': [4],
          '1.4.a': [2, 'Politieafkortingen in de verslagen moeten we steeds opzoeken.'],
          '1.4.c': [2],
          '1.4.f': [2],
          '2.1.b': [2],
          '2.2.a': [null],
          '2.3.a': [3],
          '2.3.c': [3, 'Wij houden voor zoekacties een vaste pool achter de hand.'],
          '2.5.b': [3],
          '2.5.c': [2],
          '2.5.e': [2],
          '3.1.a': [3],
          '3.1.b': [2],
          '3.1.c': [1],
          '3.1.d': [3],
          '4.1.b': [2],
        },
      },
      {
        organisation: 'POLITIE',
        by: 'sanne',
        scores: {
          '1.1.a': [3],
          '1.2.a': [4, 'De eenheid ziet duidelijk wat Defensie toevoegt bij grote zoekacties.'],
          '1.2.b': [2],
          '1.3.a': [2],
          '1.3.e': [3],
          '1.4.a': [2],
          '1.4.c': [1, 'Weinig zicht op hoe een verzoek bij Defensie wordt afgewogen.'],
          '1.4.f': [2],
          '2.1.b': [2],
          '2.2.a': [null],
          '2.3.a': [3],
          '2.3.c': [1, 'Duikers en drones blijken bij een verzoek vaak al elders ingezet.'],
          '2.5.b': [3],
          '2.5.c': [2],
          '2.5.e': [2],
          '3.1.a': [3],
          '3.1.b': [2],
          '3.1.c': [1],
          '3.1.d': [3],
          '4.1.b': [2],
        },
      },
    ],
  },
  {
    on: '2026-09-28',
    note: 'Tweede scan na de werksessie en de najaarsoefening.',
    by: 'sanne',
    sides: [
      {
        organisation: 'DEFENSIE',
        by: 'pieter',
        scores: {
          '1.1.a': [4],
          '1.2.a': [4],
          '1.2.b': [3],
          '1.3.a': [3],
          '1.3.e': [4],
          '1.4.a': [4, 'In de overleggen pakken we de begrippenlijst er nu bij.'],
          '1.4.c': [4],
          '1.4.f': [3],
          '2.1.b': [3],
          '2.2.a': [null],
          '2.3.a': [3],
          '2.3.c': [3, 'De reservering voor de zomer is vastgelegd in de planning.'],
          '2.5.b': [4],
          '2.5.c': [3],
          '2.5.e': [3, 'Wij delen wat het informatieprotocol toestaat.'],
          '3.1.a': [3],
          '3.1.b': [2],
          '3.1.c': [1, 'Wacht op het afwegingskader.'],
          '3.1.d': [3],
          '4.1.b': [4],
        },
      },
      {
        organisation: 'POLITIE',
        by: 'sanne',
        scores: {
          '1.1.a': [4],
          '1.2.a': [4],
          '1.2.b': [3],
          '1.3.a': [3],
          '1.3.e': [2, 'Bij de eigen eenheden is de samenwerking nog weinig bekend.'],
          '1.4.a': [4],
          '1.4.c': [4, 'Sinds de werksessie weten we hoe de afweging bij Defensie loopt.'],
          '1.4.f': [3],
          '2.1.b': [3],
          '2.2.a': [null],
          '2.3.a': [3],
          '2.3.c': [1, 'Beter voorspelbaar, maar in de zomer is er nog bijna niets vrij.'],
          '2.5.b': [4],
          '2.5.c': [3],
          '2.5.e': [1, 'Het blijft onduidelijk wat wij terug mogen verwachten.'],
          '3.1.a': [3],
          '3.1.b': [3, 'De grondslag voor steunverzoeken is voor ons helder.'],
          '3.1.c': [1],
          '3.1.d': [3],
          '4.1.b': [4],
        },
      },
    ],
  },
];

const systemOrigin = { ip: null, userAgent: 'seed' };

function at(day: string): Date {
  return new Date(`${day}T09:00:00Z`);
}

/**
 * The thesis recommendations with plausible statuses and history, and two
 * condition assessments. Idempotent: codes that already exist are left alone.
 */
export async function seedRecommendationsDemo(tx: Executor, ids: RecommendationsDemoIds): Promise<void> {
  const userId = (key: string) => ids.users.get(key) ?? null;
  const groupIdOf = async (name: string | null) => {
    if (!name) return null;
    const [group] = await tx.select({ id: workingGroups.id }).from(workingGroups).where(eq(workingGroups.name, name));
    return group?.id ?? null;
  };
  const orgIdOf = async (code: string) => {
    const organisation = await findOrganisationByCode(tx, code);
    if (!organisation) throw new Error(`Referentiedata ontbreekt: organisatie ${code}`);
    return organisation.id;
  };

  for (const thesis of thesisRecommendations()) {
    if (await findRecommendationByCode(tx, thesis.code)) continue;
    const plan = plans[thesis.code];
    if (!plan) continue;
    const statusSteps = plan.history.filter((s) => s.to);
    const last = statusSteps.at(-1);
    const implemented = statusSteps.find((s) => s.to === 'uitgevoerd');
    const groupId = await groupIdOf(plan.group);
    const [created] = await tx
      .insert(recommendations)
      .values({
        code: thesis.code,
        title: thesis.title.nl,
        description: thesis.summary.nl,
        sourceType: 'thesis',
        sourceReference: `Scriptie ${thesis.source.replace('thesis ', '')}`,
        level: thesis.level,
        status: last?.to ?? 'voorgesteld',
        groupId,
        ownerUserId: userId(plan.owner),
        dueDate: plan.dueDate,
        priority: plan.priority ?? false,
        proposedOn: '2025-11-12',
        implementedOn: implemented?.on ?? null,
        statusChangedAt: at(last?.on ?? '2025-11-12'),
        createdBy: userId('management'),
        createdAt: at('2025-11-12'),
        updatedAt: at(plan.history.at(-1)?.on ?? '2025-11-12'),
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await tx
      .insert(recommendationConditions)
      .values(thesis.conditions.map((conditionId) => ({ recommendationId: created.id, conditionId })));
    for (const code of plan.addressees) {
      const step = plan.history.filter((s) => s.organisation === code).at(-1);
      await tx.insert(recommendationAddressees).values({
        recommendationId: created.id,
        organisationId: await orgIdOf(code),
        state: step?.state ?? 'open',
        note: step?.note ?? '',
        updatedAt: at(step?.on ?? '2025-11-12'),
        updatedBy: userId(step?.by ?? 'management'),
      });
    }
    let previous: RecommendationStatus | null = null;
    for (const step of plan.history) {
      await tx.insert(recommendationEvents).values({
        recommendationId: created.id,
        kind: step.to ? 'status' : step.organisation ? 'addressee' : 'progress',
        fromStatus: step.to ? previous : null,
        toStatus: step.to ?? null,
        organisationId: step.organisation ? await orgIdOf(step.organisation) : null,
        addresseeState: step.state ?? null,
        note: step.note,
        reason: step.reason ?? '',
        evidence: step.evidence ?? null,
        occurredAt: at(step.on),
        createdBy: userId(step.by),
      });
      if (step.to) previous = step.to;
    }
    await insertAuditEvent(tx, {
      actorId: userId('management'),
      action: 'create',
      entityType: 'recommendation',
      entityId: created.id,
      groupId,
      after: { code: created.code, title: created.title, status: created.status },
      origin: systemOrigin,
    });
  }

  const searchGroupId = await groupIdOf(GROUP_SEARCH);
  if (!searchGroupId) return;
  const existing = await tx
    .select({ id: conditionAssessments.id })
    .from(conditionAssessments)
    .where(eq(conditionAssessments.groupId, searchGroupId));
  if (existing.length > 0) return;
  for (const assessment of assessments) {
    const [created] = await tx
      .insert(conditionAssessments)
      .values({
        groupId: searchGroupId,
        assessedOn: assessment.on,
        note: assessment.note,
        createdBy: userId(assessment.by),
        createdAt: at(assessment.on),
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    for (const side of assessment.sides) {
      const organisationId = await orgIdOf(side.organisation);
      await replaceAssessmentScores(
        tx,
        created.id,
        organisationId,
        Object.entries(side.scores).map(([conditionId, [score, evidence]]) => ({
          conditionId,
          score,
          evidence: evidence ?? '',
        })),
      );
      const scoredBy = userId(side.by);
      if (scoredBy) {
        await upsertAssessmentContribution(tx, {
          assessmentId: created.id,
          organisationId,
          scoredBy,
          breakGlassReason: '',
          scoredAt: at(assessment.on),
        });
      }
    }
  }
}
