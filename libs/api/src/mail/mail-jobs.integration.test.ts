import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findMailPreference,
  findOrganisationByCode,
  listMailMessages,
  openDatabase,
  type DatabaseHandle,
} from '@srw/db';
import { createEmptyTestDatabase } from '@srw/db/testing';
import { addDays, addMonths, todayInNetherlands } from '@srw/domain';
import { unsubscribeRequest } from '../modules/inbox/unsubscribe.handler';
import { createTestHarness, outcome, seedRoleFixture, type RoleFixture, type TestHarness } from '../testing';
import { startMailJobs, unsubscribeUrl, type MailJobs } from './mail-jobs';
import { smtpMailer, type Mailer, type OutgoingMail } from './mailer';
import { startSmtpCatcher } from './smtp-catcher';
import { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const settings = { appUrl: 'http://localhost:3000', authSecret: 'integration-test-secret-at-least-32-characters' };
const today = todayInNetherlands();

/** A mailer that records what it sends and fails (for `only` that address, or any) as long as `failures` says. */
function fakeMailer(failures: { count: number; only?: string } = { count: 0 }) {
  const sent: OutgoingMail[] = [];
  const mailer: Mailer = {
    send(mail) {
      if (failures.count > 0 && (!failures.only || failures.only === mail.to)) {
        failures.count -= 1;
        return Promise.reject(new Error('421 Service not available'));
      }
      sent.push(mail);
      return Promise.resolve();
    },
    close: () => undefined,
  };
  return { mailer, sent };
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A placement waiting for both organisations' consent: something in the inbox of the chair, member and management. */
async function proposePlacement(h: TestHarness, f: RoleFixture) {
  const defensie = (await findOrganisationByCode(h.handle.db, 'DEFENSIE'))?.id ?? '';
  const politie = (await findOrganisationByCode(h.handle.db, 'POLITIE'))?.id ?? '';
  return h.callerFor(f.admin).placements.propose({
    person: { kind: 'named', name: `Liaison ${Math.random().toString(36).slice(2, 8)}` },
    homeOrganisationId: defensie,
    homeUnit: 'Staf',
    hostOrganisationId: politie,
    hostUnit: 'Eenheid Oost',
    hostFunction: 'Liaison',
    purpose: 'Elkaars werkwijze leren kennen.',
    learningGoals: '',
    startDate: addDays(today, 10),
    endDate: addMonths(today, 6),
    hoursPerWeek: 16,
    homeContact: '',
    hostContact: '',
    groupId: f.groupId,
    classification: 'ONGERUBRICEERD',
    clearanceLevel: 'geen',
    clearanceExpiresOn: null,
    accessGrants: [],
  });
}

describe('unsubscribe token', () => {
  const userId = '3f2b8c1e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
  it('names the person it was made for', () => {
    expect(verifyUnsubscribeToken(unsubscribeToken(userId, 'secret-a'), 'secret-a')).toBe(userId);
  });
  it('is refused when tampered with, made for someone else, or signed with another secret', () => {
    const token = unsubscribeToken(userId, 'secret-a');
    const [payload = '', mac = ''] = token.split('.');
    const flipped = `${payload}.${mac.slice(0, -2)}${mac.endsWith('A') ? 'B' : 'A'}${mac.slice(-1)}`;
    expect(verifyUnsubscribeToken(flipped, 'secret-a')).toBeNull();
    const other = Buffer.from('11111111-2222-4333-8444-555555555555').toString('base64url');
    expect(verifyUnsubscribeToken(`${other}.${mac}`, 'secret-a')).toBeNull();
    expect(verifyUnsubscribeToken(token, 'secret-b')).toBeNull();
    expect(verifyUnsubscribeToken('garbage', 'secret-a')).toBeNull();
  });
});

describe('mail jobs on one database', () => {
  let h: TestHarness;
  let f: RoleFixture;
  beforeAll(async () => {
    h = await createTestHarness();
    f = await seedRoleFixture(h, 'Post');
    await proposePlacement(h, f);
  });
  afterAll(async () => h.close());

  it('catches mails sent over SMTP in the database, for admins to read', async () => {
    const catcher = await startSmtpCatcher(h.handle.db);
    const mailer = smtpMailer(`smtp://127.0.0.1:${catcher.port}`, 'Samenwerkingsruimte <noreply@test.example>');
    try {
      await mailer.send({ to: f.chair.email, subject: 'Proef', text: 'Hallo', html: '<p>Hallo</p>' });
      const caught = await h.callerFor(f.admin).mail.caught();
      expect(caught.items[0]).toMatchObject({ subject: 'Proef', toAddress: f.chair.email, html: '<p>Hallo</p>' });
      expect(caught.items[0]?.text.trim()).toBe('Hallo');
    } finally {
      mailer.close();
      await catcher.close();
    }
  });

  it('unsubscribes without signing in: a valid link sets "no e-mail", a tampered one changes nothing', async () => {
    const url = unsubscribeUrl(settings, f.member.userId);
    const deps = { db: h.handle.db, authSecret: settings.authSecret };
    const shown = await unsubscribeRequest(new Request(url), deps);
    expect(shown.status).toBe(200);
    expect((await findMailPreference(h.handle.db, f.member.userId)).preference).toBe('digest');
    const tampered = await unsubscribeRequest(new Request(`${url.slice(0, -3)}xyz`, { method: 'POST' }), deps);
    expect(tampered.status).toBe(400);
    expect((await findMailPreference(h.handle.db, f.member.userId)).preference).toBe('digest');
    const done = await unsubscribeRequest(new Request(url, { method: 'POST' }), deps);
    expect(done.status).toBe(200);
    expect((await findMailPreference(h.handle.db, f.member.userId)).preference).toBe('none');
    await h.callerFor(f.member).inbox.setMailPreference({ mailPreference: 'digest', locale: 'nl' });
  });

  it('sends each person with something waiting one digest a day, in their language, with links', async () => {
    await h.callerFor(f.chair).inbox.setMailPreference({ mailPreference: 'digest', locale: 'en' });
    const { mailer, sent } = fakeMailer();
    const jobs = await startMailJobs({
      handle: h.handle,
      settings,
      mailer,
      digestCron: '0 7 * * *',
      schedule: false,
      pollingIntervalSeconds: 0.5,
    });
    try {
      await jobs.queueDigests(today);
      await until(() => sent.some((m) => m.to === f.chair.email) && sent.some((m) => m.to === f.member.email));
      await jobs.queueDigests(today);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const toChair = sent.filter((m) => m.to === f.chair.email);
      expect(toChair).toHaveLength(1);
      expect(toChair[0]?.subject).toMatch(/^For me: /);
      expect(toChair[0]?.text).toContain('Placements awaiting consent');
      expect(toChair[0]?.text).toContain(`${settings.appUrl}/liaisons/`);
      expect(toChair[0]?.headers?.['List-Unsubscribe']).toContain('/api/afmelden?token=');
      const toMember = sent.filter((m) => m.to === f.member.email);
      expect(toMember).toHaveLength(1);
      expect(toMember[0]?.subject).toMatch(/^Voor mij: /);
      // The observer has nothing waiting and gets nothing.
      expect(sent.some((m) => m.to === f.observer.email)).toBe(false);
    } finally {
      await jobs.stop();
    }
  });

  it('mails at once about new action items, once per item', async () => {
    await h.callerFor(f.management).inbox.setMailPreference({ mailPreference: 'immediate', locale: 'nl' });
    const { mailer, sent } = fakeMailer();
    const jobs = await startMailJobs({
      handle: h.handle,
      settings,
      mailer,
      digestCron: '0 7 * * *',
      schedule: false,
      pollingIntervalSeconds: 0.5,
    });
    // Only the immediate mails count: the digest test before this one may leave management's digest in the
    // queue (it waits only for the chair's and the member's), and this worker then sends it too.
    const immediate = () => sent.filter((m) => m.to === f.management.email && /^Actie nodig: /.test(m.subject));
    try {
      expect(await jobs.scanImmediate()).toBe(1);
      expect(await jobs.scanImmediate()).toBe(0);
      await until(() => immediate().length > 0);
      expect(immediate()[0]?.subject).toMatch(/^Actie nodig: 1 nieuw item/);
      await proposePlacement(h, f);
      expect(await jobs.scanImmediate()).toBe(1);
      await until(() => immediate().length === 2);
      expect(immediate()).toHaveLength(2);
    } finally {
      await jobs.stop();
    }
  });

  it('retries a mail that fails, and shows the admin one that keeps failing', async () => {
    const flaky = fakeMailer({ count: 2, only: f.chair.email });
    const jobs = await startMailJobs({
      handle: h.handle,
      settings,
      mailer: flaky.mailer,
      digestCron: '0 7 * * *',
      schedule: false,
      pollingIntervalSeconds: 0.5,
      retryDelaySeconds: 1,
      retryLimit: 3,
    });
    const day = addDays(today, 1);
    try {
      await jobs.queueDigests(day);
      await until(() => flaky.sent.some((m) => m.to === f.chair.email), 40_000);
      const rows = await listMailMessages(h.handle.db, 100);
      const retried = rows.filter((m) => m.toAddress === f.chair.email && m.status === 'sent' && m.attempts === 3);
      expect(retried).toHaveLength(1);
      expect(retried[0]?.lastError).toBeNull();
    } finally {
      await jobs.stop();
    }

    const broken = fakeMailer({ count: 1000 });
    const failing = await startMailJobs({
      handle: h.handle,
      settings,
      mailer: broken.mailer,
      digestCron: '0 7 * * *',
      schedule: false,
      pollingIntervalSeconds: 0.5,
      retryDelaySeconds: 1,
      retryLimit: 1,
    });
    try {
      await failing.queueDigests(addDays(today, 2));
      await until(async () => (await h.callerFor(f.admin).mail.outbox()).failed > 0, 40_000);
      const outbox = await h.callerFor(f.admin).mail.outbox();
      const failed = outbox.items.find((m) => m.status === 'failed');
      expect(failed).toMatchObject({ attempts: 2, lastError: '421 Service not available' });
      expect(await outcome(() => h.callerFor(f.chair).mail.outbox())).toBe('FORBIDDEN');
      expect(await outcome(() => h.callerFor(f.management).mail.caught())).toBe('FORBIDDEN');
    } finally {
      await failing.stop();
    }
  }, 90_000);
});

// Needs a PostgreSQL server: two app instances are two connection pools on one
// database, which in-memory PGlite (one connection, one process) cannot be.
describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL', () => {
  let h: TestHarness;
  let f: RoleFixture;
  let second: DatabaseHandle;
  let dropDatabase: () => Promise<void>;
  beforeAll(async () => {
    const empty = await createEmptyTestDatabase('postgres');
    dropDatabase = () => empty.handle.close();
    h = await createTestHarness({ databaseUrl: empty.databaseUrl });
    second = await openDatabase({ databaseUrl: empty.databaseUrl, poolSize: 4 });
    f = await seedRoleFixture(h, 'Twee');
    await proposePlacement(h, f);
    await h.callerFor(f.member).inbox.setMailPreference({ mailPreference: 'immediate', locale: 'nl' });
  });
  afterAll(async () => {
    await second.close();
    await h.close();
    await dropDatabase();
  });

  it('sends each reminder exactly once when both run the same schedule', async () => {
    const a = fakeMailer();
    const b = fakeMailer();
    const options = { settings, digestCron: '0 7 * * *', schedule: false, pollingIntervalSeconds: 0.5 };
    const jobs: MailJobs[] = [
      await startMailJobs({ ...options, handle: h.handle, mailer: a.mailer }),
      await startMailJobs({ ...options, handle: second, mailer: b.mailer }),
    ];
    try {
      // Both instances' schedules fire at the same moment, twice.
      await Promise.all(jobs.flatMap((j) => [j.queueDigests(today), j.scanImmediate(), j.queueDigests(today)]));
      await Promise.all(jobs.map((j) => j.scanImmediate()));
      const expected = [f.chair.email, f.management.email, f.member.email];
      await until(() => expected.every((to) => [...a.sent, ...b.sent].some((m) => m.to === to)));
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const all = [...a.sent, ...b.sent];
      for (const to of [f.chair.email, f.management.email]) {
        expect(
          all.filter((m) => m.to === to),
          to,
        ).toHaveLength(1);
      }
      // The member wants mail at once: one immediate mail, no digest.
      expect(all.filter((m) => m.to === f.member.email)).toHaveLength(1);
      expect(all.find((m) => m.to === f.member.email)?.subject).toMatch(/^Actie nodig/);
      const rows = await listMailMessages(h.handle.db, 100);
      expect(rows.every((m) => m.status === 'sent' && m.attempts === 1)).toBe(true);
    } finally {
      await Promise.all(jobs.map((j) => j.stop()));
    }
  }, 90_000);
});
