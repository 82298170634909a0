import { isDomainError } from '@srw/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { organisations, users } from '../schema';
import { createTestDatabase } from '../testing';
import { findRowById, updateVersioned } from './versioned';

let handle: DatabaseHandle;
let userId: string;
beforeAll(async () => {
  handle = await createTestDatabase();
  const [organisation] = await handle.db.select().from(organisations).limit(1);
  if (!organisation) throw new Error('reference data missing');
  const [user] = await handle.db
    .insert(users)
    .values({
      name: 'Versie Test',
      email: 'versie@example.test',
      organisationId: organisation.id,
      globalRole: 'member',
    })
    .returning();
  if (!user) throw new Error('insert failed');
  userId = user.id;
});
afterAll(async () => handle.close());

describe('updateVersioned', () => {
  it('writes, bumps the version and stamps updatedAt while the version matches', async () => {
    const before = await findRowById(handle.db, users, userId);
    expect(before?.version).toBe(1);
    const after = await updateVersioned(handle.db, users, userId, 1, { name: 'Versie Twee' });
    expect(after).toMatchObject({ name: 'Versie Twee', version: 2 });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before?.updatedAt.getTime() ?? 0);
  });

  it('refuses a stale version with VERSION_CONFLICT and changes nothing', async () => {
    const error = await updateVersioned(handle.db, users, userId, 1, { name: 'Te laat' }).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe('VERSION_CONFLICT');
    expect((await findRowById(handle.db, users, userId))?.name).toBe('Versie Twee');
  });

  it('locks the row when asked, inside a transaction', async () => {
    const locked = await handle.db.transaction((tx) => findRowById(tx, users, userId, { lock: true }));
    expect(locked?.id).toBe(userId);
    expect(await findRowById(handle.db, users, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
