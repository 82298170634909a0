import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, findUserByEmail } from '@srw/db';
import type { SessionUser } from '../context';
import { createTestHarness, type TestHarness } from '../testing';
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

describe('inbox demo data', () => {
  it('has a notification log for the members of the demo groups', async () => {
    const sanne = await h.callerFor(await demoSession('sanne')).inbox.notifications({});
    expect(sanne.items.length).toBeGreaterThan(0);
    expect(sanne.unread).toBeGreaterThanOrEqual(0);
  });

  it('gives Eva, in no group yet, the recommendation she owns that is due within two weeks', async () => {
    const inbox = await h.callerFor(await demoSession('eva')).inbox.list();
    expect(inbox.items.map((i) => i.reason)).toContain('recommendation_due_soon');
  });

  it('gives every demo account a filled "Voor mij"', async () => {
    for (const demo of demoUsers) {
      const inbox = await h.callerFor(await demoSession(demo.key)).inbox.list();
      expect(inbox.items.length, demo.key).toBeGreaterThan(0);
      const count = await h.callerFor(await demoSession(demo.key)).inbox.count();
      expect(count.count, demo.key).toBe(inbox.items.length);
    }
  });
});
