import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, schema } from '@srw/db';
import {
  createTestHarness,
  outcome,
  roleNames,
  seedRoleFixture,
  userOf,
  type RoleFixture,
  type RoleName,
  type TestHarness,
} from '../../testing';
import { readCalendarFeed } from './calendar-feeds.service';

let h: TestHarness;
let f: RoleFixture;
let exerciseTitle: string;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h, 'Agenda');
  const chair = h.callerFor(f.chair);
  const scenario = await chair.scenarios.create({
    groupId: f.groupId,
    title: 'Hoog-risico zittingsdag',
    problemStatement: 'Een strafzaak trekt onrustige aanhangers naar de rechtbank.',
    threatType: 'ondermijning',
    cooperationLevel: 'PARTNERSHIP',
  });
  const ready = await chair.scenarios.changeStatus({ id: scenario.id, version: scenario.version, status: 'gereed' });
  exerciseTitle = 'Tabletop zittingsdag';
  await chair.exercises.create({
    scenarioId: ready.id,
    title: exerciseTitle,
    type: 'tabletop',
    startsAt: new Date('2026-04-02T07:00:00Z'),
    endsAt: new Date('2026-04-02T12:00:00Z'),
  });
});
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));
const feedDeps = () => ({ db: h.handle.db, classificationCeiling: h.config.classificationCeiling });

/** Everyone who reads the group may subscribe to its exercises; others do not find it. */
const readExpected: Record<RoleName, string> = {
  anonymous: 'UNAUTHORIZED',
  outsider: 'NOT_FOUND',
  observer: 'OK',
  member: 'OK',
  chair: 'OK',
  management: 'OK',
  admin: 'OK',
};

describe('calendar feed procedures per role', () => {
  it.each(roleNames)('calendarFeed, createCalendarFeed, revokeCalendarFeed as %s', async (role) => {
    const groupId = f.groupId;
    expect(await outcome(() => caller(role).exercises.calendarFeed({ groupId }))).toBe(readExpected[role]);
    expect(await outcome(() => caller(role).exercises.createCalendarFeed({ groupId }))).toBe(readExpected[role]);
    expect(await outcome(() => caller(role).exercises.revokeCalendarFeed({ groupId }))).toBe(readExpected[role]);
  });
});

describe('calendar feed', () => {
  it('serves the group’s exercises for the token, keeps only its hash and never audits the token', async () => {
    const member = caller('member');
    expect(await member.exercises.calendarFeed({ groupId: f.groupId })).toMatchObject({ active: false });
    const { token } = await member.exercises.createCalendarFeed({ groupId: f.groupId });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const result = await readCalendarFeed(feedDeps(), token);
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    expect(result.content).toContain('BEGIN:VCALENDAR');
    expect(result.content).toContain(`SUMMARY:${exerciseTitle}`);

    const rows = await h.handle.db
      .select()
      .from(schema.calendarFeeds)
      .where(eq(schema.calendarFeeds.userId, f.member.userId));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toContain(token);
    expect(rows[0]?.lastUsedAt).toBeInstanceOf(Date);
    const audit = await h.handle.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entityType, 'calendar_feed'), eq(schema.auditEvents.actorId, f.member.userId)));
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(token);
    const state = await member.exercises.calendarFeed({ groupId: f.groupId });
    expect(state.active).toBe(true);
    expect(state.lastUsedAt).toBeInstanceOf(Date);
  });

  it('a new token replaces the old one, and revoking stops the feed', async () => {
    const observer = caller('observer');
    const first = await observer.exercises.createCalendarFeed({ groupId: f.groupId });
    const second = await observer.exercises.createCalendarFeed({ groupId: f.groupId });
    expect((await readCalendarFeed(feedDeps(), first.token)).status).toBe(404);
    expect((await readCalendarFeed(feedDeps(), second.token)).status).toBe(200);
    expect(await observer.exercises.revokeCalendarFeed({ groupId: f.groupId })).toEqual({ revoked: true });
    expect((await readCalendarFeed(feedDeps(), second.token)).status).toBe(404);
    expect(await observer.exercises.revokeCalendarFeed({ groupId: f.groupId })).toEqual({ revoked: false });
  });

  it('answers 404 once the owner loses access or is deactivated, and for malformed or unknown tokens', async () => {
    const leaver = await h.createUser({ name: 'Vertrekker Vos', organisation: 'POLITIE' });
    const sleeper = await h.createUser({ name: 'Slaper Sam', organisation: 'DEFENSIE' });
    for (const user of [leaver, sleeper]) {
      await h.handle.db.insert(schema.memberships).values({ groupId: f.groupId, userId: user.userId, role: 'member' });
    }
    const leaverToken = (await h.callerFor(leaver).exercises.createCalendarFeed({ groupId: f.groupId })).token;
    const sleeperToken = (await h.callerFor(sleeper).exercises.createCalendarFeed({ groupId: f.groupId })).token;
    expect((await readCalendarFeed(feedDeps(), leaverToken)).status).toBe(200);
    expect((await readCalendarFeed(feedDeps(), sleeperToken)).status).toBe(200);

    await h.handle.db
      .delete(schema.memberships)
      .where(and(eq(schema.memberships.groupId, f.groupId), eq(schema.memberships.userId, leaver.userId)));
    await h.handle.db.update(schema.users).set({ active: false }).where(eq(schema.users.id, sleeper.userId));
    expect((await readCalendarFeed(feedDeps(), leaverToken)).status).toBe(404);
    expect((await readCalendarFeed(feedDeps(), sleeperToken)).status).toBe(404);

    expect((await readCalendarFeed(feedDeps(), 'kort')).status).toBe(404);
    expect((await readCalendarFeed(feedDeps(), 'A'.repeat(43))).status).toBe(404);
  });
});
