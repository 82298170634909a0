import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { workingGroups } from '../schema';
import { createTestDatabase } from '../testing';
import { markChangeActor } from './live';

let handle: DatabaseHandle;
let stop: () => Promise<void>;
const received: Record<string, unknown>[] = [];

beforeAll(async () => {
  handle = await createTestDatabase();
  stop = await handle.listen('srw_changes', (payload) => received.push(JSON.parse(payload) as Record<string, unknown>));
});
afterAll(async () => {
  await stop();
  await handle.close();
});

async function arrivalOf(id: string, timeoutMs = 3000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = received.find((n) => n['id'] === id);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no notification for ${id}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function insertGroup(db: DatabaseHandle['db'], id: string, name: string) {
  await db.insert(workingGroups).values({ id, name, theme: 'Live' });
}

describe('change notifications from the database (live updates)', () => {
  it('arrive when the writing transaction commits, with ids only and the actor it named', async () => {
    const id = randomUUID();
    const actor = randomUUID();
    let seenBeforeCommit = true;
    await handle.db.transaction(async (tx) => {
      await markChangeActor(tx, actor);
      await insertGroup(tx, id, 'Geheime werkgroepnaam');
      await new Promise((resolve) => setTimeout(resolve, 100));
      seenBeforeCommit = received.some((n) => n['id'] === id);
    });
    expect(seenBeforeCommit).toBe(false);
    const notification = await arrivalOf(id);
    expect(notification).toEqual({ t: 'working_groups', id, g: id, a: actor, op: 'I' });
    // Ids only: nothing of the row's content travels on the channel.
    expect(JSON.stringify(received)).not.toContain('Geheime werkgroepnaam');
  });

  it('never arrive for a transaction that rolls back', async () => {
    const rolledBack = randomUUID();
    await expect(
      handle.db.transaction(async (tx) => {
        await insertGroup(tx, rolledBack, 'Teruggedraaid');
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    // A later committed change arrives; notifications come in commit order, so the rolled-back one would be here by now.
    const later = randomUUID();
    await insertGroup(handle.db, later, 'Daarna');
    await arrivalOf(later);
    expect(received.some((n) => n['id'] === rolledBack)).toBe(false);
  });

  it('arrive for updates and deletes too', async () => {
    const id = randomUUID();
    await insertGroup(handle.db, id, 'Wijzigen');
    await arrivalOf(id);
    received.length = 0;
    await handle.db.update(workingGroups).set({ name: 'Gewijzigd' }).where(eq(workingGroups.id, id));
    expect((await arrivalOf(id))['op']).toBe('U');
    received.length = 0;
    await handle.db.delete(workingGroups).where(eq(workingGroups.id, id));
    const deleted = await arrivalOf(id);
    expect(deleted['op']).toBe('D');
    // Without a named actor (a write outside the services) the actor is null.
    expect(deleted['a']).toBeNull();
  });
});
