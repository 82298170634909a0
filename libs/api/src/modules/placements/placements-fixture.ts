import { afterAll, beforeAll } from 'vitest';
import { findOrganisationByCode } from '@srw/db';
import {
  addDays,
  addMonths,
  calendarDateInNetherlands,
  type CreateLessonRecommendationInput,
  type ProposePlacementInput,
} from '@srw/domain';
import {
  createTestHarness,
  seedRoleFixture,
  userOf,
  type RoleFixture,
  type RoleName,
  type TestHarness,
} from '../../testing';

/*
 * What the placements integration tests share: one harness per test file (set
 * up by usePlacementsHarness), the fixture's roles, and helpers that propose,
 * approve, activate and debrief placements as the admin.
 */

// Filled in by the harness's beforeAll; the tests read them after it (live bindings).
export let h: TestHarness;
export let f: RoleFixture;
export let defensieId: string;
export let politieId: string;
export const today = calendarDateInNetherlands(new Date());

/** Starts the test database with a group and a user per role before the file's tests, and closes it after them. */
export function usePlacementsHarness(): void {
  beforeAll(async () => {
    h = await createTestHarness();
    f = await seedRoleFixture(h, 'Plaatsing');
    defensieId = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
    politieId = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
  });
  afterAll(async () => h.close());
}

export const caller = (role: RoleName) => h.callerFor(userOf(f, role));

let personCounter = 0;
/** A proposal for a new named person (so overlaps only happen on purpose), linked to the fixture's group. */
export function proposal(overrides: Partial<ProposePlacementInput> = {}): ProposePlacementInput {
  personCounter += 1;
  return {
    person: { kind: 'named', name: `Liaison ${personCounter}` },
    homeOrganisationId: defensieId,
    homeUnit: 'Staf Landstrijdkrachten',
    hostOrganisationId: politieId,
    hostUnit: 'Eenheid Oost-Nederland',
    hostFunction: 'Liaison operaties',
    purpose: 'Elkaars werkwijze leren kennen bij zoekacties.',
    learningGoals: '',
    startDate: addDays(today, -7),
    endDate: addMonths(today, 6),
    hoursPerWeek: 16,
    homeContact: '',
    hostContact: '',
    groupId: f.groupId,
    classification: 'ONGERUBRICEERD',
    clearanceLevel: 'geen',
    clearanceExpiresOn: null,
    accessGrants: [],
    ...overrides,
  };
}

export async function proposeAsAdmin(overrides: Partial<ProposePlacementInput> = {}) {
  return caller('admin').placements.propose(proposal(overrides));
}

/**
 * Who gives an organisation's consent in these tests: the Defensie chair for
 * Defensie, the Politie member for Politie, else the admin on behalf.
 */
export function consenterFor(organisationId: string): { role: RoleName; onBehalfReason: string } {
  if (organisationId === defensieId) return { role: 'chair', onBehalfReason: '' };
  if (organisationId === politieId) return { role: 'member', onBehalfReason: '' };
  return { role: 'admin', onBehalfReason: 'Test: namens de organisatie' };
}

/** Both organisations consent (home, then host), each by its own person: the placement is then approved. */
export async function consentedByBoth(placement: {
  id: string;
  version: number;
  homeOrganisationId: string;
  hostOrganisationId: string;
}) {
  let current: { version: number } = placement;
  let last = null;
  for (const organisationId of [placement.homeOrganisationId, placement.hostOrganisationId]) {
    const { role, onBehalfReason } = consenterFor(organisationId);
    last = await caller(role).placements.consent({
      id: placement.id,
      version: current.version,
      organisationId,
      onBehalfReason,
    });
    current = last;
  }
  if (!last) throw new Error('no consent');
  return last;
}

export async function approvedAsAdmin(overrides: Partial<ProposePlacementInput> = {}) {
  const created = await proposeAsAdmin(overrides);
  return consentedByBoth(created);
}

export async function activeAsAdmin(overrides: Partial<ProposePlacementInput> = {}) {
  const approved = await approvedAsAdmin(overrides);
  return caller('admin').placements.activate({ id: approved.id, version: approved.version });
}

/** What a user fills in when turning a lesson into a recommendation. */
export function recommendationFields(): Omit<CreateLessonRecommendationInput, 'lessonId' | 'version'> {
  return {
    title: 'Regel systeemtoegang vóór de start van een plaatsing',
    description: 'Uit de debriefing: toegang duurde weken.',
    level: 'operationeel',
    addresseeOrganisationIds: [defensieId, politieId],
    dueDate: null,
    priority: false,
    conditionIds: ['2.5.b'],
  };
}

/** A closed placement with a debrief of the given lessons; returns its detail as the admin sees it. */
export async function debriefedAsAdmin(lessons: string[], overrides: Partial<ProposePlacementInput> = {}) {
  const created = await proposeAsAdmin(overrides);
  const aborted = await caller('admin').placements.abort({
    id: created.id,
    version: created.version,
    reason: 'Vroegtijdig gestopt.',
  });
  await caller('admin').placements.saveDebrief({
    id: aborted.id,
    version: aborted.version,
    whatWorked: 'Korte lijnen.',
    whatDidNotWork: '',
    lessons,
  });
  return caller('admin').placements.get({ id: created.id });
}

export function firstLesson(detail: { lessons: { id: string; version: number }[] }) {
  const [lesson] = detail.lessons;
  if (!lesson) throw new Error('no lesson');
  return lesson;
}
