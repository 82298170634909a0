import postgres from 'postgres';
import { testEngine } from '@srw/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './root';
import { createTestHarness, TEST_PASSWORD, type TestHarness } from './testing';

// Skipped on PGlite, with reason: only a PostgreSQL server can be taken away from a running app;
// PGlite runs inside the process. `npm test` runs this file again on PostgreSQL (TEST_DATABASE_URL).
const onPostgres = testEngine() === 'postgres';

describe.runIf(onPostgres)('while the database refuses connections', () => {
  let h: TestHarness;
  let admin: postgres.Sql;
  let name: string;

  beforeAll(async () => {
    h = await createTestHarness();
    name = new URL(h.handle.location).pathname.slice(1);
    admin = postgres(process.env.TEST_DATABASE_URL ?? '', { max: 1, onnotice: () => undefined });
  });
  afterAll(async () => {
    await admin.unsafe(`alter database ${name} allow_connections true`);
    await admin.end({ timeout: 5 });
    await h.close();
  });

  async function refuseConnections(refuse: boolean) {
    await admin.unsafe(`alter database ${name} allow_connections ${refuse ? 'false' : 'true'}`);
    if (refuse) {
      await admin.unsafe(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`,
      );
    }
  }

  it('answers 503 DATABASE_UNAVAILABLE at once instead of hanging or a 500, and recovers by itself', async () => {
    const user = await h.createUser({ name: 'Weg Wim', organisation: 'POLITIE', email: 'wim@politie.example' });
    const signIn = await h.contextFromHeaders({ 'user-agent': 'vitest' });
    await createCaller(signIn).auth.signIn({ email: 'wim@politie.example', password: TEST_PASSWORD });
    const cookie = signIn.resHeaders.getSetCookie()[0]?.split(';')[0] ?? '';
    expect(await h.callerFor(user).workingGroups.list({})).toMatchObject({ items: [] });

    await refuseConnections(true);
    await expect(h.callerFor(user).workingGroups.list({})).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: 'DATABASE_UNAVAILABLE',
    });
    // The session check itself needs the database: that is a 503 too, not "signed out".
    await expect(h.contextFromHeaders({ cookie })).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: 'DATABASE_UNAVAILABLE',
    });

    await refuseConnections(false);
    expect(await h.callerFor(user).workingGroups.list({})).toMatchObject({ items: [] });
    expect((await createCaller(await h.contextFromHeaders({ cookie })).auth.me())?.userId).toBe(user.userId);
  });
});
