import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { auditEvents } from '../schema';
import { createTestDatabase } from '../testing';
import { insertAuditEvent } from './audit';

let handle: DatabaseHandle;
const entityId = '00000000-0000-4000-8000-00000000a0d1';

beforeAll(async () => {
  handle = await createTestDatabase();
  await insertAuditEvent(handle.db, {
    actorId: null,
    action: 'create',
    entityType: 'working_group',
    entityId,
    after: { name: 'Onveranderlijk' },
    origin: { ip: '10.0.0.1', userAgent: 'vitest' },
  });
});
afterAll(async () => handle.close());

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'accepted';
  } catch (error) {
    const text = `${String(error)} ${String((error as { cause?: unknown }).cause ?? '')}`;
    return /append-only/.test(text) ? 'refused' : `other error: ${text}`;
  }
}

describe('audit_events is append-only in the database', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, whoever sends them, and keeps the row as it was', async () => {
    const db = handle.db;
    expect(
      await refusal(() => db.update(auditEvents).set({ action: 'delete' }).where(eq(auditEvents.entityId, entityId))),
    ).toBe('refused');
    expect(await refusal(() => db.delete(auditEvents).where(eq(auditEvents.entityId, entityId)))).toBe('refused');
    // CASCADE: the notification log's foreign key would refuse a plain TRUNCATE before the trigger is asked.
    expect(await refusal(() => db.execute(sql`truncate audit_events cascade`))).toBe('refused');
    const rows = await db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId));
    expect(rows.map((r) => [r.action, r.after])).toEqual([['create', { name: 'Onveranderlijk' }]]);
  });

  it('still takes new events', async () => {
    await insertAuditEvent(handle.db, {
      actorId: null,
      action: 'update',
      entityType: 'working_group',
      entityId,
      origin: { ip: null, userAgent: null },
    });
    expect(await handle.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId))).toHaveLength(2);
  });
});
