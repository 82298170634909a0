import { afterAll, beforeAll } from 'vitest';
import { findOrganisationByCode } from '@srw/db';
import type { CreateDecisionInput } from '@srw/domain';
import {
  createTestHarness,
  seedRoleFixture,
  userOf,
  type RoleFixture,
  type RoleName,
  type TestHarness,
} from '../../testing';

/** What the decisions integration tests share: one harness per file, the role fixture and the two organisations. */
export interface DecisionsSetup {
  h: TestHarness;
  f: RoleFixture;
  defensieId: string;
  politieId: string;
  /** Legal-basis ids by code. */
  basis: Record<string, string>;
}

type DraftInput = Partial<Omit<CreateDecisionInput, 'groupId'>> & { groupId?: string };

/** Starts a harness for the test file, with helpers that draft, propose, sign and establish decisions as the group's chair and member. */
export function useDecisionsFixture() {
  const s = {} as DecisionsSetup;
  beforeAll(async () => {
    s.h = await createTestHarness();
    s.f = await seedRoleFixture(s.h);
    s.defensieId = (await findOrganisationByCode(s.h.handle.db, 'DEFENSIE'))?.id ?? '';
    s.politieId = (await findOrganisationByCode(s.h.handle.db, 'POLITIE'))?.id ?? '';
    const catalogue = await s.h.callerFor(s.f.admin).decisions.legalBases.list();
    s.basis = Object.fromEntries(catalogue.map((b) => [b.code, b.id]));
  });
  afterAll(async () => s.h.close());

  const caller = (role: RoleName) => s.h.callerFor(userOf(s.f, role));

  let counter = 0;
  async function draft(overrides: DraftInput = {}) {
    counter += 1;
    return caller('chair').decisions.create({
      groupId: s.f.groupId,
      question: `Mogen militairen drones inzetten bij zoekactie ${counter}?`,
      context: 'Vermiste persoon in bosgebied.',
      cooperationLevel: 'ASSISTANCE',
      topic: 'Zoekacties',
      tags: ['drones'],
      outcome: 'ALLOWED_WITH_CONDITIONS',
      conditions: [
        { code: 'CAPACITY_EXHAUSTED', text: 'Politiecapaciteit aantoonbaar uitgeput' },
        { code: null, text: 'Beelden worden na afloop vernietigd' },
      ],
      legalBasisIds: [s.basis['PW2012-58'] ?? ''],
      organisationIds: [s.defensieId, s.politieId],
      ...overrides,
    });
  }

  async function version(id: string): Promise<number> {
    return (await caller('admin').decisions.get({ id })).version;
  }

  async function propose(id: string) {
    return caller('chair').decisions.changeStatus({ id, version: await version(id), status: 'voorgesteld' });
  }

  async function signBoth(id: string) {
    await caller('chair').decisions.signOff({ id, version: await version(id) });
    await caller('member').decisions.signOff({ id, version: await version(id) });
  }

  async function establish(id: string) {
    await propose(id);
    await signBoth(id);
    return caller('chair').decisions.changeStatus({ id, version: await version(id), status: 'vastgesteld' });
  }

  return { s, caller, draft, version, propose, signBoth, establish };
}

export const readAll: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'OK',
  observer: 'OK',
  member: 'OK',
  chair: 'OK',
  management: 'OK',
  admin: 'OK',
};
export const readDraft: Record<RoleName, string> = { ...readAll, outsider: 'NOT_FOUND' };
export const contributors: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'NOT_FOUND',
  observer: 'FORBIDDEN',
  member: 'OK',
  chair: 'OK',
  management: 'FORBIDDEN',
  admin: 'FORBIDDEN',
};
