import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents, readBackup } from '@srw/db';
import {
  adminOnlyOutcomes,
  createTestHarness,
  outcome,
  roleNames,
  seedRoleFixture,
  userOf,
  type RoleFixture,
  type RoleName,
  type TestHarness,
} from '../../testing';
import { downloadBackup, getBackupStatus } from './backup.service';

let h: TestHarness;
let f: RoleFixture;

beforeAll(async () => {
  h = await createTestHarness();
  f = await seedRoleFixture(h);
});
afterAll(async () => h.close());

const caller = (role: RoleName) => h.callerFor(userOf(f, role));
const ctx = () => ({
  db: h.handle.db,
  origin: { ip: '127.0.0.1', userAgent: 'vitest' },
  classificationCeiling: h.config.classificationCeiling,
});

describe('backup', () => {
  it.each(roleNames)('status as %s', async (role) => {
    expect(await outcome(() => caller(role).backup.status())).toBe(adminOnlyOutcomes[role]);
  });

  it('lets only an admin download a backup', async () => {
    for (const role of roleNames) {
      const user = userOf(f, role);
      if (!user || role === 'admin') continue;
      await expect(downloadBackup(ctx(), user)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('warns before the first backup, then shows the last one and stops warning', async () => {
    const before = await caller('admin').backup.status();
    expect(before).toMatchObject({
      lastBackup: null,
      overdue: true,
      overdueAfterDays: 7,
      permissions: { download: true },
    });

    const backup = await downloadBackup(ctx(), f.admin);
    expect(readBackup(backup.data).header.tables.length).toBeGreaterThan(10);
    expect(backup.fileName).toMatch(/^samenwerkingsruimte-.*\.srwbackup\.gz$/);

    const after = await caller('admin').backup.status();
    expect(after.overdue).toBe(false);
    expect(after.lastBackup).toMatchObject({
      sizeBytes: backup.data.length,
      method: 'download',
      engine: h.handle.kind,
      takenByName: f.admin.name,
    });
    const eightDaysLater = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    expect((await getBackupStatus(ctx(), f.admin, eightDaysLater)).overdue).toBe(true);
  });

  it('audits each backup', async () => {
    const before = (await caller('admin').backup.status()).lastBackup;
    if (!before) throw new Error('expected a backup from the previous test');
    const page = await listAuditEvents(h.handle.db, { entityType: 'backup', entityId: before.id, limit: 10 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ action: 'create', actorId: f.admin.userId });
  });
});
