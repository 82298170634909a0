import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '@srw/db';
import { acceptsExtensions, assertValidPeriod, findOverlappingPlacement, placementStatuses } from '@srw/domain';
import { createTestHarness, type TestHarness } from '../testing';
import type { SessionUser } from '../context';
import { demoUsers } from '@srw/db';
import { seedDemoWorkspace } from './demo';

let h: TestHarness;
beforeAll(async () => {
  h = await createTestHarness();
  await seedDemoWorkspace(h.handle.db, h.config.authSecret);
});
afterAll(async () => h.close());

async function demoSession(key: string): Promise<SessionUser> {
  const demo = demoUsers.find((u) => u.key === key);
  const user = demo ? await findUserByEmail(h.handle.db, demo.email) : null;
  if (!demo || !user) throw new Error(`no demo user ${key}`);
  return {
    userId: user.id,
    organisationId: user.organisationId,
    globalRole: user.globalRole,
    name: user.name,
    email: user.email,
    organisationCode: demo.organisation,
    organisationName: '',
  };
}

describe('placements demo data', () => {
  it('holds placements in every state, across both organisations, that obey the rules', async () => {
    const management = h.callerFor(await demoSession('management'));
    const page = await management.placements.list({ limit: 100 });
    expect(page.items.length).toBeGreaterThanOrEqual(6);
    expect(new Set(page.items.map((p) => p.status))).toEqual(new Set(placementStatuses));
    expect(new Set(page.items.map((p) => p.hostOrganisationCode))).toEqual(new Set(['DEFENSIE', 'POLITIE']));
    expect(page.items.some((p) => p.overdue)).toBe(true);
    expect(page.items.some((p) => p.accessWarnings.length > 0)).toBe(true);
    expect(page.items.filter((p) => p.groupId !== null).length).toBeGreaterThanOrEqual(5);
    for (const placement of page.items) {
      expect(() => assertValidPeriod(placement)).not.toThrow();
    }
    for (const placement of page.items) {
      const samePerson = page.items.filter(
        (p) => (p.personUserId ?? p.personName) === (placement.personUserId ?? placement.personName),
      );
      expect(findOverlappingPlacement(placement, samePerson)).toBeNull();
    }
    const coverage = await management.placements.coverage();
    expect(coverage.covered.length).toBeGreaterThan(0);
    expect(coverage.uncovered.length).toBeGreaterThan(0);
  });

  it('has approved placements consented by both organisations, never by the proposer, and one waiting for Politie', async () => {
    const management = h.callerFor(await demoSession('management'));
    const page = await management.placements.list({ limit: 100 });
    for (const summary of page.items.filter((p) => acceptsExtensions(p.status))) {
      const detail = await management.placements.get({ id: summary.id });
      expect(detail.consents.map((c) => c.organisationId).sort()).toEqual(
        [detail.homeOrganisationId, detail.hostOrganisationId].sort(),
      );
      expect(detail.consents.every((c) => c.userName !== detail.proposedByName)).toBe(true);
      expect(detail.waitingFor).toEqual([]);
    }
    const proposed = page.items.filter((p) => p.status === 'voorgesteld');
    const waiting = await Promise.all(proposed.map((p) => management.placements.get({ id: p.id })));
    const forPolitie = waiting.find((p) => p.proposedByName === 'Pieter Jansen');
    expect(forPolitie?.consents.map((c) => c.organisationCode)).toEqual(['DEFENSIE']);
    expect(forPolitie?.waitingFor).toEqual([
      { kind: 'consent', side: 'host', organisationId: forPolitie?.hostOrganisationId },
    ]);
    // Marieke (Politie management) may give the host consent; Pieter (Defensie, the proposer) may not.
    expect(forPolitie?.permissions.consentFor).toEqual([forPolitie?.hostOrganisationId]);
    const pieter = h.callerFor(await demoSession('pieter'));
    expect((await pieter.placements.get({ id: forPolitie?.id ?? '' })).permissions.canConsent).toBe(false);
  });

  it('shows a member the placements of their groups only', async () => {
    const ruben = h.callerFor(await demoSession('ruben'));
    const page = await ruben.placements.list({ limit: 100 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((p) => p.groupName === 'Werkgroep Informatiedeling')).toBe(true);
  });
});
