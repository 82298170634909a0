import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../context';
import { createCaller } from '../../root';
import {
  createTestHarness,
  outcome,
  seedRoleFixture,
  TEST_PASSWORD,
  type RoleFixture,
  type TestHarness,
} from '../../testing';
import { serveLiveEvents, type LiveMessage } from './live-events.handler';
import { LiveHub } from './live-hub';

let h: TestHarness;
let f: RoleFixture;
let hub: LiveHub;
const aborts: AbortController[] = [];

beforeAll(async () => {
  // The streams sign in with a password only: the second factor that management must use (issue 13) is
  // tested in mfa.integration.test.ts; here a management session must be an ordinary one.
  h = await createTestHarness({ mfaRequiredRoles: [] });
  f = await seedRoleFixture(h, 'Live');
  hub = new LiveHub(h.handle, h.handle.db);
});
afterAll(async () => {
  for (const abort of aborts) abort.abort();
  await hub.close();
  await h.close();
});

async function sessionCookie(user: SessionUser): Promise<string> {
  const ctx = await h.contextFromHeaders({ 'user-agent': 'vitest', 'x-forwarded-for': '10.9.9.9' });
  await createCaller(ctx).auth.signIn({ email: user.email, password: TEST_PASSWORD });
  const session = ctx.resHeaders.getSetCookie().find((c) => c.startsWith('srw.session_token='));
  if (!session) throw new Error('no session cookie');
  return session.split(';')[0] ?? '';
}

/** Opens the stream as a browser would and collects its raw text and its messages. */
async function openStream(cookie: string | null) {
  const abort = new AbortController();
  aborts.push(abort);
  const req = new Request('http://localhost:3000/api/events', {
    headers: cookie ? { cookie } : {},
    signal: abort.signal,
  });
  const res = await serveLiveEvents(req, h, hub);
  const stream = { res, raw: '', messages: [] as LiveMessage[], abort };
  if (res.status === 200 && res.body) {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      for (;;) {
        const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
        if (done) return;
        stream.raw += decoder.decode(value, { stream: true });
        for (const line of stream.raw.split('\n\n')) {
          const data = /^data: (.*)$/m.exec(line)?.[1];
          if (data && !stream.messages.some((m) => JSON.stringify(m) === data)) {
            stream.messages.push(JSON.parse(data) as LiveMessage);
          }
        }
      }
    })();
  }
  return stream;
}

async function until(check: () => boolean, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function createScenario(title: string) {
  return h.callerFor(f.chair).scenarios.create({
    groupId: f.groupId,
    title,
    problemStatement: 'Een inhoud die nooit over de stroom mag gaan.',
    threatType: 'ondermijning',
    cooperationLevel: 'PARTNERSHIP',
  });
}

describe('GET /api/events (live stream)', () => {
  it('refuses a request without a session with 401', async () => {
    const anonymous = await openStream(null);
    expect(anonymous.res.status).toBe(401);
    const forged = await openStream('srw.session_token=verzonnen.handtekening');
    expect(forged.res.status).toBe(401);
  });

  it('streams a committed change as kind and id with its actor, and never the content', async () => {
    const member = await openStream(await sessionCookie(f.member));
    expect(member.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await until(() => member.raw.includes(': connected'));
    const scenario = await createScenario('Geheime titel van het scenario');
    await until(() => member.messages.some((m) => m.id === scenario.id));
    expect(member.messages.find((m) => m.id === scenario.id)).toEqual({
      kind: 'scenario',
      id: scenario.id,
      actorId: f.chair.userId,
      actorName: 'Voorzitter Vera',
    });
    expect(member.raw).not.toContain('Geheime titel');
    expect(member.raw).not.toContain('nooit over de stroom');
  });

  it('tells a reader outside the group only that a list of that kind changed', async () => {
    const outsider = await openStream(await sessionCookie(f.outsider));
    const management = await openStream(await sessionCookie(f.management));
    await until(() => outsider.raw.includes(': connected') && management.raw.includes(': connected'));
    const scenario = await createScenario('Nog een scenario');
    await until(() => management.messages.some((m) => m.id === scenario.id));
    await until(() => outsider.messages.some((m) => m.kind === 'scenario'));
    expect(outsider.messages.filter((m) => m.kind === 'scenario')).toEqual([
      { kind: 'scenario', id: null, actorId: null, actorName: null },
    ]);
    expect(outsider.raw).not.toContain(scenario.id);
    expect(outsider.raw).not.toContain(f.chair.userId);
  });

  it('stops delivering to a stream whose client went away', async () => {
    const before = hub.subscriberCount;
    const stream = await openStream(await sessionCookie(f.observer));
    await until(() => stream.raw.includes(': connected'));
    expect(hub.subscriberCount).toBe(before + 1);
    stream.abort.abort();
    await until(() => hub.subscriberCount === before);
  });
});

describe('live.heartbeat (presence)', () => {
  it('names who else has the record open, across callers, and refuses a record the actor may not read', async () => {
    const scenario = await createScenario('Samen open');
    const input = { kind: 'scenario' as const, id: scenario.id };
    expect((await h.callerFor(f.member).live.heartbeat(input)).viewers).toEqual([]);
    const chairView = await h.callerFor(f.chair).live.heartbeat(input);
    expect(chairView.viewers.map((v) => v.name)).toEqual(['Lid Lars']);
    expect(await outcome(() => h.callerFor(f.outsider).live.heartbeat(input))).toBe('NOT_FOUND');
    expect(await outcome(() => h.callerFor(null).live.heartbeat(input))).toBe('UNAUTHORIZED');
    await h.callerFor(f.member).live.leave(input);
    expect((await h.callerFor(f.chair).live.heartbeat(input)).viewers).toEqual([]);
  });
});
