import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle, type Executor } from '../client';
import { migrateDatabase } from '../migrate';
import { seedReferenceData } from '../seed/reference-data';
import { pgliteEmptyTemplate, pgliteTemplate, postgresTemplate } from './template';

export type TestEngine = 'pglite' | 'postgres';

/** Which engine the integration suite runs on: TEST_DB_ENGINE=postgres needs TEST_DATABASE_URL. */
export function testEngine(): TestEngine {
  return process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';
}

export interface TestDatabaseOptions {
  /**
   * Use exactly this PostgreSQL database (a benchmark's own): migrated and given
   * the reference data, and left as it is on `close()`. No other database on
   * that server is created, touched or dropped.
   */
  databaseUrl?: string | undefined;
}

async function prepare(handle: DatabaseHandle, databaseUrl?: string): Promise<DatabaseHandle> {
  await migrateDatabase(handle, databaseUrl);
  await seedReferenceData(handle.db);
  return handle;
}

/**
 * A fresh, migrated database with reference data: PGlite in memory, or a new
 * database on the server of TEST_DATABASE_URL that `close()` drops again; or,
 * with `databaseUrl`, that very database, which `close()` keeps. Inside a test
 * run with a template (`global-setup.ts`) the new database is a copy of it;
 * without one it is migrated and seeded here.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    return prepare(await openDatabase({ databaseUrl: options.databaseUrl, poolSize: 4 }), options.databaseUrl);
  }
  if (testEngine() === 'pglite') {
    const loadDataDir = pgliteTemplate();
    if (loadDataDir) return openDatabase({ inMemory: true, loadDataDir });
    return prepare(await openDatabase({ inMemory: true }));
  }
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error('TEST_DB_ENGINE=postgres needs TEST_DATABASE_URL');
  const name = `srw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => undefined });
  const template = postgresTemplate();
  await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  const handle = template ? opened : await prepare(opened, url.toString());
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

export interface EmptyTestDatabase {
  handle: DatabaseHandle;
  /** The database's URL on PostgreSQL (migrations need it), undefined on PGlite. */
  databaseUrl: string | undefined;
}

/**
 * A database with nothing in it, not even migrations (a restore's target):
 * in-memory PGlite, or a new database on TEST_DATABASE_URL's server that
 * `close()` drops again.
 */
export async function createEmptyTestDatabase(engine: TestEngine): Promise<EmptyTestDatabase> {
  if (engine === 'pglite') {
    // Inside a test run: a copy of a cluster right after initdb (still nothing migrated), without initdb's seconds.
    return {
      handle: await openDatabase({ inMemory: true, loadDataDir: pgliteEmptyTemplate() }),
      databaseUrl: undefined,
    };
  }
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error('an empty PostgreSQL test database needs TEST_DATABASE_URL');
  const name = `srw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  return {
    databaseUrl: url.toString(),
    handle: {
      ...handle,
      close: async () => {
        await handle.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end({ timeout: 5 });
      },
    },
  };
}

/**
 * Thousands of history rows on top of the demo data, with the values a backup
 * must carry faithfully: microsecond times, nested jsonb with unicode, quotes,
 * floats and arrays. `scale` 1 adds about 3,000 audit events, 1,000 glossary
 * versions, every missing decision sign-off and 20 copies of each status event.
 */
export async function addGeneratedHistory(db: Executor, scale = 1): Promise<void> {
  const audit = 3000 * scale;
  await db.execute(sql`
    insert into audit_events (occurred_at, actor_id, action, entity_type, entity_id, group_id, before, after, origin_ip, origin_user_agent)
    select timestamptz '2026-01-01 00:00:00.123456+00' + g * interval '17 minutes 3.000021 seconds',
           (select id from users order by id limit 1 offset (g % 3)), 'update', 'generated_record', gen_random_uuid(),
           (select id from working_groups order by id limit 1),
           jsonb_build_object('title', 'Oefening ' || g || ' — “quote” \ en ''apostrof''', 'score', g / 7.0, 'ratio', 0.1 + g),
           jsonb_build_object('tags', jsonb_build_array('a', g, true, null), 'nested', jsonb_build_object('ü', 'é€', 'n', -g)),
           '10.0.' || (g % 250) || '.1', E'vitest\tagent\nline'
    from generate_series(1, ${audit}::int) g`);
  await db.execute(sql`
    insert into glossary_term_versions (term_id, version, change, snapshot, changed_by, changed_at)
    select t.id, 1000 + g, 'update', jsonb_build_object('label', 'versie ' || g, 'list', jsonb_build_array(g, g * 1.5)),
           null, timestamptz '2026-02-01 12:00:00+01' + g * interval '1 hour'
    from (select id from glossary_terms order by id limit 10) t cross join generate_series(1, ${100 * scale}::int) g`);
  await db.execute(sql`
    insert into decision_sign_offs (decision_id, organisation_id, user_id, signed_at)
    select d.id, o.id, null, timestamptz '2026-03-01 09:30:00.5+00'
    from decisions d cross join organisations o on conflict do nothing`);
  await db.execute(sql`
    insert into recommendation_events (recommendation_id, kind, from_status, to_status, organisation_id, addressee_state, note, reason, evidence, occurred_at, created_by)
    select recommendation_id, kind, from_status, to_status, organisation_id, addressee_state, note || ' #' || g, reason, evidence,
           occurred_at + g * interval '1 second', created_by
    from recommendation_events cross join generate_series(1, ${20 * scale}::int) g`);
}
