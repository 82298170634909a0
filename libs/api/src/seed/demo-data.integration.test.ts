import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUsers, type DatabaseHandle } from '@srw/db';
import { createTestDatabase } from '@srw/db/testing';
import { demoUsers } from '@srw/db';
import { seedDemoWorkspace } from './demo';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

describe('demo data', () => {
  it('seeds once, also when two starts race on an empty database', async () => {
    const results = await Promise.all([
      seedDemoWorkspace(handle.db, 'demo-test-secret-at-least-32-characters'),
      seedDemoWorkspace(handle.db, 'demo-test-secret-at-least-32-characters'),
    ]);
    expect(results.sort()).toEqual([false, true]);
    expect(await countUsers(handle.db)).toBe(demoUsers.length);
    expect(await seedDemoWorkspace(handle.db, 'demo-test-secret-at-least-32-characters')).toBe(false);
    expect(await countUsers(handle.db)).toBe(demoUsers.length);
  });
});
