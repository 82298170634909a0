import { type Executor } from '../../client';
import { insertAuditEvent } from '../../queries/audit';
import { replaceExerciseOrganisations, replaceExercisePeople } from '../../queries/exercises';
import { findOrganisationByCode } from '../../queries/organisations';
import {
  findLegalBasisIdsByCode,
  replaceScenarioConditions,
  replaceScenarioLegalBases,
  replaceScenarioPerspectives,
} from '../../queries/scenarios';
import { exerciseInjects } from '../../schema/exercise-injects';
import { exerciseObjectives } from '../../schema/exercise-objectives';
import { exerciseObservations } from '../../schema/exercise-observations';
import { exercises } from '../../schema/exercises';
import { improvementActions } from '../../schema/improvement-actions';
import { scenarios } from '../../schema/scenarios';
import type {
  CooperationLevelCode,
  ExerciseStatus,
  ExerciseType,
  InjectDeliveryStatus,
  ObservationKind,
  Rating,
  ScenarioStatus,
  ThreatType,
} from '@srw/domain';

export interface DemoIds {
  /** Demo user key (pieter, sanne...) → user id. */
  userIds: ReadonlyMap<string, string>;
  /** Demo group name → group id. */
  groupIds: ReadonlyMap<string, string>;
}

interface DemoPerspective {
  organisation: string;
  mandate: string;
  capabilities: string;
  needsFromOther: string;
  chainOfCommand: string;
  expectedActions: string;
}

interface DemoExercise {
  title: string;
  type: ExerciseType;
  /** Days from the seed date; negative is in the past. */
  dayOffset: number;
  hours: [number, number];
  /** Starts at the seed moment (rounded down to the quarter hour) so it can be run from the exercise-day page at once. */
  startsNow?: boolean;
  location: string;
  status: ExerciseStatus;
  counts: [string, number][];
  participants: string[];
  planners: string[];
  objectives: { description: string; conditionIds: string[] }[];
  injects: {
    offset: number;
    from: string;
    to: string;
    message: string;
    expected: string;
    responsible?: string;
    legalBasis?: string;
    /** What happened on the day: delivered so many minutes after the planned time by whom, or skipped with a reason. */
    delivery?: { status: InjectDeliveryStatus; lateMinutes?: number; by?: string; reason?: string };
  }[];
  observations: {
    objective: number | null;
    /** Index of the inject it was made after. */
    inject?: number;
    conditionId: string;
    rating: Rating;
    kind: ObservationKind;
    text: string;
    actions?: { action: string; owner: string; organisation: string; dueInDays: number }[];
  }[];
}

interface DemoScenario {
  group: string;
  title: string;
  problemStatement: string;
  threatType: ThreatType;
  cooperationLevel: CooperationLevelCode;
  status: ScenarioStatus;
  perspectives: DemoPerspective[];
  legalBases: string[];
  conditionIds: string[];
  exercises: DemoExercise[];
}

const SEARCH_GROUP = 'Werkgroep Zoekacties en steunverzoeken';
const INFO_GROUP = 'Werkgroep Informatiedeling';

// Demo content written for this product; invented places and events.
const demoScenarios: DemoScenario[] = [
  {
    group: SEARCH_GROUP,
    title: 'Vermiste wandelaar in een uitgestrekt bosgebied',
    problemStatement:
      'Een 74-jarige man met beginnende dementie is aan het eind van de middag niet teruggekeerd van een wandeling in een bosgebied ' +
      'van ruim 3.000 hectare. Het wordt binnen drie uur donker en er is nachtvorst voorspeld. De politie heeft na twee uur zoeken ' +
      'met eigen mensen en vrijwilligers onvoldoende capaciteit om het gebied snel af te dekken en overweegt militaire bijstand: ' +
      'drones met warmtebeeld, extra zoekteams en een commandopost.',
    threatType: 'vermissing',
    cooperationLevel: 'ASSISTANCE',
    status: 'gereed',
    perspectives: [
      {
        organisation: 'POLITIE',
        mandate:
          'De politie is verantwoordelijk voor de opsporing van vermiste personen en houdt het gezag over de zoekactie. ' +
          'Bijstand wordt aangevraagd via het gezag wanneer de eigen capaciteit aantoonbaar tekortschiet.',
        capabilities:
          'Zoekcoördinatie, hondengeleiders, een politiehelikopter (beperkt beschikbaar), lokale gebiedskennis.',
        needsFromOther:
          'Drones met warmtebeeld, mensen voor een linie-zoekactie in moeilijk terrein, verlichting en verbindingsmiddelen.',
        chainOfCommand:
          'Officier van dienst politie (OvD-P) leidt ter plaatse; de burgemeester en de officier van justitie vormen het gezag.',
        expectedActions:
          'Zoekgebied afbakenen, laatste waarneming vaststellen, steunverzoek opstellen en via het gezag indienen, ' +
          'militaire eenheden inpassen in de zoekorganisatie.',
      },
      {
        organisation: 'DEFENSIE',
        mandate:
          'Defensie levert alleen bijstand op verzoek en onder gezag van het civiele bevoegd gezag, uit restcapaciteit. ' +
          'De militaire commandant houdt de bevelvoering over de eigen eenheden.',
        capabilities:
          'Drones met warmtebeeld, een compagnie voor een linie-zoekactie, mobiele verbindingen, veldverlichting.',
        needsFromOther:
          'Een duidelijk omschreven opdracht en zoekgebied, een aanspreekpunt bij de politie en afspraken over de ' +
          'verantwoordelijkheid bij het vinden van de persoon.',
        chainOfCommand:
          'Het verzoek loopt via het Bureau Nationale Operaties; een liaison sluit aan in de commandopost van de politie.',
        expectedActions:
          'Beschikbaarheid toetsen, eenheid gereedstellen, liaison sturen, drones inzetten binnen de afgesproken luchtruimregels.',
      },
    ],
    legalBases: ['PW2012-58', 'MSOB'],
    conditionIds: ['2.3.c', '2.1.b', '2.5.c', '2.5.d', '3.1.d'],
    exercises: [
      {
        title: 'Tabletop: van melding tot militaire zoekteams',
        type: 'tabletop',
        dayOffset: -45,
        hours: [9, 16],
        location: 'Oefenzaal politiebureau, Apeldoorn',
        status: 'geevalueerd',
        counts: [
          ['POLITIE', 9],
          ['DEFENSIE', 7],
        ],
        participants: ['sanne', 'ahmed', 'lotte'],
        planners: ['pieter', 'sanne'],
        objectives: [
          {
            description:
              'Binnen een uur na het besluit ligt een volledig steunverzoek bij het Bureau Nationale Operaties.',
            conditionIds: ['2.1.b', '3.1.d'],
          },
          {
            description: 'Politie en Defensie werken vanuit één beeld van het zoekgebied.',
            conditionIds: ['2.5.d', '1.4.a'],
          },
        ],
        injects: [
          {
            offset: 0,
            from: 'Meldkamer politie',
            to: 'OvD-P',
            message: 'Familie meldt dat vader niet is teruggekeerd van een boswandeling.',
            expected: 'Vermissing beoordelen en eerste zoekactie starten.',
            responsible: 'POLITIE',
            delivery: { status: 'delivered', lateMinutes: 2, by: 'pieter' },
          },
          {
            offset: 120,
            from: 'OvD-P',
            to: 'Burgemeester',
            message: 'Eigen zoekcapaciteit raakt op; het wordt donker.',
            expected: 'Besluiten over een steunverzoek.',
            responsible: 'POLITIE',
            legalBasis: 'PW2012-58',
            delivery: { status: 'delivered', lateMinutes: 10, by: 'pieter' },
          },
          {
            offset: 150,
            from: 'Bureau Nationale Operaties',
            to: 'Kazerne',
            message: 'Verzoek om drones en een zoekcompagnie.',
            expected: 'Beschikbaarheid toetsen en gereedstellen.',
            responsible: 'DEFENSIE',
            legalBasis: 'MSOB',
            delivery: { status: 'delivered', lateMinutes: 35, by: 'sanne' },
          },
          {
            offset: 210,
            from: 'Drone-operator',
            to: 'Commandopost',
            message: 'Warmtebron gezien bij een greppel, 1,2 km ten noorden van de parkeerplaats.',
            expected: 'Zoekteam naar de locatie sturen.',
            responsible: 'DEFENSIE',
            delivery: { status: 'delivered', lateMinutes: 5, by: 'pieter' },
          },
          {
            offset: 240,
            from: 'Regionale omroep',
            to: 'Woordvoerder politie',
            message: 'Journalist vraagt of er militairen in het bos zoeken.',
            expected: 'Gezamenlijke woordvoering afstemmen.',
            responsible: 'POLITIE',
            delivery: { status: 'skipped', reason: 'Vermiste al gevonden; de oefening werd eerder beëindigd.' },
          },
        ],
        observations: [
          {
            objective: 1,
            inject: 2,
            conditionId: '2.5.c',
            rating: 'P',
            kind: 'strength',
            text: 'De liaison in de commandopost maakte dat vragen direct beantwoord werden.',
          },
          {
            objective: 0,
            inject: 1,
            conditionId: '2.1.b',
            rating: 'M',
            kind: 'improvement',
            text: 'Het opstellen van het steunverzoek kostte ruim anderhalf uur: niemand wist welke gegevens het Bureau Nationale Operaties nodig had.',
            actions: [
              {
                action: 'Een vooraf ingevuld model-steunverzoek voor zoekacties opstellen en verspreiden.',
                owner: 'Sanne Visser',
                organisation: 'POLITIE',
                dueInDays: 60,
              },
            ],
          },
          {
            objective: 1,
            inject: 3,
            conditionId: '2.5.d',
            rating: 'S',
            kind: 'improvement',
            text: 'De kaartbeelden van beide organisaties gebruikten een ander rastersysteem, wat tot één verkeerde zoekopdracht leidde.',
            actions: [
              {
                action: 'Afspreken welk kaart- en rastersysteem bij gezamenlijke zoekacties leidend is.',
                owner: 'Pieter Jansen',
                organisation: 'DEFENSIE',
                dueInDays: 90,
              },
            ],
          },
        ],
      },
      {
        title: 'Tabletop: herhaling steunverzoek bij een zoekactie',
        type: 'tabletop',
        dayOffset: 0,
        hours: [0, 4],
        startsNow: true,
        location: 'Oefenzaal kazerne, Ede',
        status: 'in_voorbereiding',
        counts: [
          ['POLITIE', 6],
          ['DEFENSIE', 6],
        ],
        participants: ['ahmed', 'lotte'],
        planners: ['pieter', 'sanne'],
        objectives: [
          {
            description:
              'Het model-steunverzoek ligt binnen een half uur na het besluit bij het Bureau Nationale Operaties.',
            conditionIds: ['2.1.b', '3.1.d'],
          },
          {
            description: 'Beide organisaties gebruiken hetzelfde kaart- en rastersysteem.',
            conditionIds: ['2.5.d'],
          },
        ],
        injects: [
          {
            offset: 0,
            from: 'Meldkamer politie',
            to: 'OvD-P',
            message: 'Een kind is na schooltijd niet thuisgekomen; laatst gezien bij de rand van het bos.',
            expected: 'Vermissing beoordelen en eerste zoekactie starten.',
            responsible: 'POLITIE',
          },
          {
            offset: 30,
            from: 'OvD-P',
            to: 'Burgemeester',
            message: 'Het zoekgebied is te groot voor de eigen teams.',
            expected: 'Besluiten over een steunverzoek met het model-steunverzoek.',
            responsible: 'POLITIE',
            legalBasis: 'PW2012-58',
          },
          {
            offset: 60,
            from: 'Bureau Nationale Operaties',
            to: 'Kazerne',
            message: 'Steunverzoek ontvangen: drones en een zoekpeloton gevraagd.',
            expected: 'Beschikbaarheid toetsen en gereedstellen.',
            responsible: 'DEFENSIE',
            legalBasis: 'MSOB',
          },
          {
            offset: 90,
            from: 'Drone-operator',
            to: 'Commandopost',
            message: 'Beelden van sector C staan klaar; welk raster gebruiken we?',
            expected: 'Het afgesproken rastersysteem toepassen.',
            responsible: 'DEFENSIE',
          },
          {
            offset: 120,
            from: 'Regionale omroep',
            to: 'Woordvoerder politie',
            message: 'Journalist vraagt naar de militaire inzet.',
            expected: 'Gezamenlijke woordvoering afstemmen.',
            responsible: 'POLITIE',
          },
        ],
        observations: [],
      },
      {
        title: 'Drill: inzet drones bij nacht',
        type: 'drill',
        dayOffset: 30,
        hours: [19, 23],
        location: 'Oefenterrein, Ede',
        status: 'gepland',
        counts: [
          ['POLITIE', 4],
          ['DEFENSIE', 6],
        ],
        participants: ['ahmed'],
        planners: ['pieter'],
        objectives: [
          {
            description: 'Dronebeelden komen binnen vijf minuten op het scherm van de commandopost.',
            conditionIds: ['2.5.d'],
          },
        ],
        injects: [
          {
            offset: 0,
            from: 'Leiding oefening',
            to: 'Drone-team',
            message: 'Start: zoekgebied sector B, zicht minder dan 50 meter.',
            expected: 'Opstijgen en beelden delen.',
            responsible: 'DEFENSIE',
          },
          {
            offset: 40,
            from: 'Commandopost',
            to: 'Drone-team',
            message: 'Beeld valt weg.',
            expected: 'Terugvalprocedure toepassen.',
            responsible: 'DEFENSIE',
          },
        ],
        observations: [],
      },
    ],
  },
  {
    group: INFO_GROUP,
    title: 'Rechtszittingsdag met verhoogd dreigingsniveau',
    problemStatement:
      'Bij de uitspraak in een groot strafproces tegen een criminele organisatie zijn aanwijzingen dat aanhangers de zitting willen ' +
      'verstoren en dat een getuige gevaar loopt. Politie, Koninklijke Marechaussee en Defensie moeten vooraf afspreken wie welke ' +
      'informatie met wie mag delen, wie de beveiliging van het gebouw, de transporten en de omgeving verzorgt, en wanneer ' +
      'aanvullende militaire middelen nodig zijn.',
    threatType: 'ondermijning',
    cooperationLevel: 'PARTNERSHIP',
    status: 'concept',
    perspectives: [
      {
        organisation: 'POLITIE',
        mandate:
          'Handhaving van de openbare orde rond het gerechtsgebouw onder gezag van de burgemeester; opsporing onder gezag van het OM.',
        capabilities: 'Mobiele eenheid, observatieteams, informatie-analisten, verkeersregelaars.',
        needsFromOther: 'Inzicht in de transportplanning en de beveiligingsmaatregelen binnen het gebouw.',
        chainOfCommand: 'Staf grootschalig en bijzonder optreden (SGBO) met een algemeen commandant.',
        expectedActions: 'Dreigingsbeeld opstellen, afzettingen inrichten, demonstraties in goede banen leiden.',
      },
      {
        organisation: 'KMAR',
        mandate: 'Beveiliging van het gerechtsgebouw en de bewaking en het vervoer van verdachten.',
        capabilities: 'Beveiligingseenheden, beveiligde transporten, toegangscontrole.',
        needsFromOther:
          'Actuele dreigingsinformatie over personen en voertuigen, ook als die als vertrouwelijk is aangemerkt.',
        chainOfCommand: 'District van de KMar, met een eigen commandant ter plaatse.',
        expectedActions:
          'Toegang tot het gebouw controleren, transporten beveiligen, incidenten in het gebouw afhandelen.',
      },
    ],
    legalBases: ['RDSI-2', 'PW2012-59'],
    conditionIds: ['3.1.c', '2.5.e', '1.4.a', '2.3.a'],
    exercises: [],
  },
];

const systemOrigin = { ip: null, userAgent: 'seed' };

function atUtc(base: Date, dayOffset: number, hour: number): Date {
  const date = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate() + dayOffset, hour, 0, 0));
  return date;
}

/** The start of the quarter hour before `base`: a demo exercise that is under way when the workspace opens. */
function quarterHourBefore(base: Date): Date {
  const quarter = 15 * 60_000;
  return new Date(Math.floor(base.getTime() / quarter) * quarter - quarter);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Two scenarios with both perspectives, an executed and evaluated exercise (with what happened to each inject), one running today, and a planned one. */
export async function seedScenariosDemo(tx: Executor, ids: DemoIds, now: Date = new Date()): Promise<void> {
  const legalBasisIds = await findLegalBasisIdsByCode(tx);
  const organisationIds = new Map<string, string>();
  for (const code of ['DEFENSIE', 'POLITIE', 'KMAR']) {
    const organisation = await findOrganisationByCode(tx, code);
    if (organisation) organisationIds.set(code, organisation.id);
  }
  const orgId = (code: string) => organisationIds.get(code) ?? null;
  const userId = (key: string) => ids.userIds.get(key);
  const creator = userId('pieter') ?? null;

  for (const demo of demoScenarios) {
    const groupId = ids.groupIds.get(demo.group);
    if (!groupId) continue;
    const [scenario] = await tx
      .insert(scenarios)
      .values({
        groupId,
        title: demo.title,
        problemStatement: demo.problemStatement,
        threatType: demo.threatType,
        cooperationLevel: demo.cooperationLevel,
        status: demo.status,
        createdBy: creator,
      })
      .returning();
    if (!scenario) throw new Error('insert returned no row');
    await replaceScenarioPerspectives(
      tx,
      scenario.id,
      demo.perspectives.flatMap((p) => {
        const organisationId = orgId(p.organisation);
        return organisationId ? [{ ...p, organisationId }] : [];
      }),
      creator,
    );
    await replaceScenarioLegalBases(
      tx,
      scenario.id,
      demo.legalBases.flatMap((code) => legalBasisIds.get(code) ?? []),
    );
    await replaceScenarioConditions(tx, scenario.id, demo.conditionIds);
    await insertAuditEvent(tx, {
      actorId: creator,
      action: 'create',
      entityType: 'scenario',
      entityId: scenario.id,
      groupId,
      after: { title: scenario.title, status: scenario.status },
      origin: systemOrigin,
    });

    for (const plan of demo.exercises) {
      const startsAt = plan.startsNow ? quarterHourBefore(now) : atUtc(now, plan.dayOffset, plan.hours[0]);
      const endsAt = plan.startsNow
        ? new Date(startsAt.getTime() + (plan.hours[1] - plan.hours[0]) * 3_600_000)
        : atUtc(now, plan.dayOffset, plan.hours[1]);
      const [exercise] = await tx
        .insert(exercises)
        .values({
          groupId,
          scenarioId: scenario.id,
          title: plan.title,
          type: plan.type,
          startsAt,
          endsAt,
          location: plan.location,
          status: plan.status,
          createdBy: creator,
        })
        .returning();
      if (!exercise) throw new Error('insert returned no row');
      await replaceExerciseOrganisations(
        tx,
        exercise.id,
        plan.counts.flatMap(([code, count]) => {
          const organisationId = orgId(code);
          return organisationId ? [{ organisationId, count }] : [];
        }),
      );
      await replaceExercisePeople(tx, exercise.id, {
        participantUserIds: plan.participants.flatMap((key) => userId(key) ?? []),
        plannerUserIds: plan.planners.flatMap((key) => userId(key) ?? []),
      });
      const objectiveIds: string[] = [];
      for (const [index, objective] of plan.objectives.entries()) {
        const [row] = await tx
          .insert(exerciseObjectives)
          .values({
            exerciseId: exercise.id,
            position: index + 1,
            description: objective.description,
            conditionIds: objective.conditionIds,
            createdBy: creator,
          })
          .returning();
        if (row) objectiveIds.push(row.id);
      }
      const injectIds: string[] = [];
      for (const [index, inject] of plan.injects.entries()) {
        const delivery = inject.delivery;
        const delivered = delivery?.status === 'delivered';
        const [row] = await tx
          .insert(exerciseInjects)
          .values({
            exerciseId: exercise.id,
            position: index + 1,
            offsetMinutes: inject.offset,
            fromParty: inject.from,
            toParty: inject.to,
            message: inject.message,
            expectedAction: inject.expected,
            responsibleOrganisationId: inject.responsible ? orgId(inject.responsible) : null,
            legalBasisId: inject.legalBasis ? (legalBasisIds.get(inject.legalBasis) ?? null) : null,
            deliveryStatus: delivery?.status ?? 'planned',
            deliveredAt: delivered
              ? new Date(startsAt.getTime() + (inject.offset + (delivery.lateMinutes ?? 0)) * 60_000)
              : null,
            deliveredBy: delivered && delivery.by ? (userId(delivery.by) ?? null) : null,
            deliveryReason: delivery?.reason ?? '',
            createdBy: creator,
          })
          .returning({ id: exerciseInjects.id });
        if (row) injectIds.push(row.id);
      }
      for (const observation of plan.observations) {
        const [row] = await tx
          .insert(exerciseObservations)
          .values({
            exerciseId: exercise.id,
            objectiveId: observation.objective === null ? null : (objectiveIds[observation.objective] ?? null),
            injectId: observation.inject === undefined ? null : (injectIds[observation.inject] ?? null),
            conditionId: observation.conditionId,
            rating: observation.rating,
            kind: observation.kind,
            text: observation.text,
            createdBy: creator,
          })
          .returning();
        if (!row) continue;
        for (const action of observation.actions ?? []) {
          await tx.insert(improvementActions).values({
            exerciseId: exercise.id,
            observationId: row.id,
            action: action.action,
            owner: action.owner,
            ownerOrganisationId: orgId(action.organisation),
            dueDate: isoDay(atUtc(now, action.dueInDays, 0)),
            createdBy: creator,
          });
        }
      }
      await insertAuditEvent(tx, {
        actorId: creator,
        action: 'create',
        entityType: 'exercise',
        entityId: exercise.id,
        groupId,
        after: { title: exercise.title, status: exercise.status },
        origin: systemOrigin,
      });
    }
  }
}
