import { describe, expect, it } from 'vitest';
import type { Actor, GlobalRole } from '../access/roles';
import { isDomainError } from '../errors';
import { assertCanBackup, backupPermissions } from './backup.permissions';

const actor = (globalRole: GlobalRole): Actor => ({ userId: 'me', organisationId: 'o', globalRole });

describe('backupPermissions', () => {
  it('lets an admin download a backup', () => {
    expect(backupPermissions(actor('admin'))).toEqual({ download: true });
    expect(() => assertCanBackup(actor('admin'))).not.toThrow();
  });

  it('lets nobody else, and refuses them (FORBIDDEN)', () => {
    for (const role of ['management', 'member'] as const) {
      expect(backupPermissions(actor(role))).toEqual({ download: false });
      try {
        assertCanBackup(actor(role));
        expect.unreachable();
      } catch (error) {
        expect(isDomainError(error) && error.code).toBe('FORBIDDEN');
      }
    }
  });
});
