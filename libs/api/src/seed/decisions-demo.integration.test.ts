import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail, findUserView } from '@srw/db';
import { createTestHarness, type TestHarness } from '../testing';
import type { SessionUser } from '../context';
import { seedDemoWorkspace } from './demo';

let h: TestHarness;

async function demoUser(email: string): Promise<SessionUser> {
  const row = await findUserByEmail(h.handle.db, email);
  const view = row ? await findUserView(h.handle.db, row.id) : null;
  if (!view) throw new Error(`demo user ${email} missing`);
  return {
    userId: view.id,
    organisationId: view.organisationId,
    globalRole: view.globalRole,
    name: view.name,
    email: view.email,
    organisationCode: view.organisationCode,
    organisationName: view.organisationName,
  };
}

beforeAll(async () => {
  h = await createTestHarness();
  await seedDemoWorkspace(h.handle.db, h.config.authSecret);
});
afterAll(async () => h.close());

describe('demo decisions', () => {
  it('cover all four outcomes, a supersede chain and open work', async () => {
    const management = h.callerFor(await demoUser('marieke.devries@politie.example'));
    const overview = await management.decisions.overview({});
    const all = overview.sections.flatMap((s) => s.topics.flatMap((t) => t.decisions));
    expect(new Set(all.map((d) => d.outcome))).toEqual(
      new Set(['ALLOWED', 'ALLOWED_WITH_CONDITIONS', 'NOT_ALLOWED', 'UNCLEAR']),
    );
    expect(overview.openQuestions.map((q) => q.ageDays)).toEqual([41]);
    const drones = all.find((d) => d.question.startsWith('Mogen militairen van Defensie drones'));
    expect(drones?.legalBases.map((b) => b.code)).toEqual(['MSOB', 'PW2012-58']);
    const detail = await management.decisions.get({ id: drones?.id ?? '' });
    expect(detail.chain.map((c) => c.status)).toEqual(['vervangen', 'vastgesteld']);
    expect(detail.missingSignOffs).toEqual([]);
  });

  it('shows a member of the other group only what is vastgesteld there', async () => {
    const ruben = h.callerFor(await demoUser('ruben.smit@kmar.example'));
    const seen = await ruben.decisions.list({ limit: 100 });
    const zoek = seen.items.filter((d) => d.groupName === 'Werkgroep Zoekacties en steunverzoeken');
    expect(zoek.length).toBeGreaterThan(0);
    expect(zoek.every((d) => d.status === 'vastgesteld' || d.status === 'vervangen')).toBe(true);
    const catalogue = await ruben.decisions.legalBases.list();
    expect(catalogue.find((b) => b.code === 'PW2012-58')).toMatchObject({ law: 'Politiewet 2012', article: '58' });
  });
});
