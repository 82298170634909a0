import { eq, findOrganisationByCode, schema } from '@srw/db';
import type { CreateScenarioInput, ExerciseStatus } from '@srw/domain';
import type { ServerConfig } from '../../config';
import {
  createTestHarness,
  seedRoleFixture,
  userOf,
  type RoleFixture,
  type RoleName,
  type TestHarness,
} from '../../testing';

/**
 * The world of the scenario and exercise integration tests: a harness, a group
 * ('Scenario Alfa') with every role, and reference ids. Each test file sets up
 * its own in `beforeAll` (Vitest gives every file its own module instance).
 */
export interface ScenarioWorld {
  h: TestHarness;
  f: RoleFixture;
  defensieId: string;
  politieId: string;
  omId: string;
  legalBasisId: string;
}

let world: ScenarioWorld | null = null;

function current(): ScenarioWorld {
  if (!world) throw new Error('call setUpScenarioWorld() in beforeAll first');
  return world;
}

export async function setUpScenarioWorld(config: Partial<ServerConfig> = {}): Promise<ScenarioWorld> {
  const h = await createTestHarness(config);
  const f = await seedRoleFixture(h, 'Scenario');
  const idOf = async (code: string) => (await findOrganisationByCode(h.handle.db, code))?.id ?? '';
  const [basis] = await h.handle.db.select().from(schema.legalBases).where(eq(schema.legalBases.code, 'MSOB'));
  world = {
    h,
    f,
    defensieId: await idOf('DEFENSIE'),
    politieId: await idOf('POLITIE'),
    omId: await idOf('OM'),
    legalBasisId: basis?.id ?? '',
  };
  return world;
}

export const caller = (role: RoleName) => current().h.callerFor(userOf(current().f, role));
export const chair = () => caller('chair');

export const readExpected: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'NOT_FOUND',
  observer: 'OK',
  member: 'OK',
  chair: 'OK',
  management: 'OK',
  admin: 'OK',
};
/** Chairs and members edit; observers, management and admins without a group role only read. */
export const editExpected: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'NOT_FOUND',
  observer: 'FORBIDDEN',
  member: 'OK',
  chair: 'OK',
  management: 'FORBIDDEN',
  admin: 'FORBIDDEN',
};

export function scenarioInput(overrides: Partial<CreateScenarioInput> = {}) {
  const { f, politieId, defensieId, legalBasisId } = current();
  return {
    groupId: f.groupId,
    title: 'Vermiste wandelaar op de Veluwe',
    problemStatement: 'Een wandelaar is sinds gisteravond vermist in een groot bosgebied.',
    threatType: 'vermissing' as const,
    cooperationLevel: 'ASSISTANCE' as const,
    perspectives: [
      {
        organisationId: politieId,
        mandate: 'Politiewet art. 3',
        capabilities: 'Zoekteams',
        needsFromOther: 'Drones',
        chainOfCommand: 'OvD-P',
        expectedActions: 'Zoekgebied afbakenen',
      },
      {
        organisationId: defensieId,
        mandate: 'MSOB',
        capabilities: 'Drones',
        needsFromOther: 'Zoekgebied',
        chainOfCommand: 'NatOps',
        expectedActions: 'Drones inzetten',
      },
    ],
    legalBasisIds: [legalBasisId],
    conditionIds: ['2.3.c', '3.1.b'],
    ...overrides,
  };
}

export async function makeScenario(status: 'concept' | 'gereed' = 'gereed') {
  const scenario = await chair().scenarios.create(scenarioInput());
  if (status === 'concept') return scenario;
  return chair().scenarios.changeStatus({ id: scenario.id, version: scenario.version, status: 'gereed' });
}

export function exerciseInput(scenarioId: string) {
  const { f, politieId, defensieId } = current();
  return {
    scenarioId,
    title: 'Tabletop zoekactie',
    type: 'tabletop' as const,
    startsAt: new Date('2026-03-05T08:30:00Z'),
    endsAt: new Date('2026-03-05T16:00:00Z'),
    location: 'Ede',
    participantCounts: [
      { organisationId: defensieId, count: 6 },
      { organisationId: politieId, count: 8 },
    ],
    participantUserIds: [f.member.userId],
    plannerUserIds: [f.chair.userId],
    objectives: [
      { description: 'Steunverzoek binnen een uur rond', conditionIds: ['2.1.b'] },
      { description: 'Gezamenlijk beeld van het zoekgebied', conditionIds: ['2.5.d'] },
    ],
  };
}

const path: ExerciseStatus[] = ['in_voorbereiding', 'uitgevoerd'];

export async function makeExercise(status: ExerciseStatus = 'gepland') {
  const scenario = await makeScenario();
  let exercise = await chair().exercises.create(exerciseInput(scenario.id));
  if (status === 'geannuleerd') {
    return chair().exercises.changeStatus({
      id: exercise.id,
      version: exercise.version,
      status,
      cancellationReason: 'Weeralarm',
    });
  }
  for (const step of path) {
    if (exercise.status === status) break;
    exercise = await chair().exercises.changeStatus({ id: exercise.id, version: exercise.version, status: step });
  }
  if (status === 'geevalueerd') {
    await chair().exercises.addObservation({
      exerciseId: exercise.id,
      text: 'Goed',
      rating: 'P',
      kind: 'strength',
      conditionId: '1.4.a',
    });
    exercise = await chair().exercises.changeStatus({
      id: exercise.id,
      version: exercise.version,
      status: 'geevalueerd',
    });
  }
  return exercise;
}

export const injectInput = {
  offsetMinutes: 15,
  fromParty: 'Meldkamer',
  toParty: 'OvD-P',
  message: 'Melding vermissing',
  expectedAction: 'Zoekactie starten',
};

export async function makeInject(exerciseId?: string) {
  const id = exerciseId ?? (await makeExercise()).id;
  return chair().exercises.addInject({ exerciseId: id, ...injectInput });
}

export async function makeObservation(kind: 'strength' | 'improvement' = 'improvement') {
  const exercise = await makeExercise('uitgevoerd');
  return chair().exercises.addObservation({
    exerciseId: exercise.id,
    text: 'Het steunverzoek bleef twee uur liggen.',
    rating: kind === 'improvement' ? 'M' : 'P',
    kind,
    conditionId: '2.1.b',
  });
}

export async function makeAction() {
  const observation = await makeObservation();
  return chair().exercises.addImprovementAction({
    observationId: observation.id,
    action: 'Vooraf ingevuld steunverzoek',
    owner: 'Sanne',
    dueDate: '2026-06-01',
  });
}

export function recommendationInput(action: { id: string; version: number }, overrides: Record<string, unknown> = {}) {
  const { politieId, defensieId } = current();
  return {
    actionId: action.id,
    version: action.version,
    title: 'Model-steunverzoek voor zoekacties',
    description: 'Een vooraf ingevuld model versnelt het steunverzoek.',
    level: 'operationeel' as const,
    conditionIds: ['2.1.b'],
    addresseeOrganisationIds: [politieId, defensieId],
    dueDate: '2026-12-01',
    priority: false,
    ...overrides,
  };
}

export function observationRecommendationInput(
  observation: { id: string; version: number },
  overrides: Record<string, unknown> = {},
) {
  const { actionId: _unused, ...proposal } = recommendationInput(
    { id: observation.id, version: observation.version },
    overrides,
  );
  return { ...proposal, observationId: observation.id };
}

/** Recommendations in the register whose source is this improvement action or observation. */
export async function recommendationsFrom(sourceId: string) {
  return current()
    .h.handle.db.select()
    .from(schema.recommendations)
    .where(eq(schema.recommendations.sourceId, sourceId));
}
