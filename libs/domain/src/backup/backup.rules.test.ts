import { describe, expect, it } from 'vitest';
import { backupFileName, isBackupOverdue } from './backup.rules';

const now = new Date('2026-12-06T10:00:00Z');

describe('isBackupOverdue', () => {
  it('warns when there has never been a backup', () => {
    expect(isBackupOverdue(null, now)).toBe(true);
  });

  it('does not warn within seven days of the last backup', () => {
    expect(isBackupOverdue(new Date('2026-11-29T10:00:01Z'), now)).toBe(false);
    expect(isBackupOverdue(new Date('2026-12-06T09:00:00Z'), now)).toBe(false);
  });

  it('warns from seven days after the last backup', () => {
    expect(isBackupOverdue(new Date('2026-11-29T10:00:00Z'), now)).toBe(true);
    expect(isBackupOverdue(new Date('2026-10-01T10:00:00Z'), now)).toBe(true);
  });
});

describe('backupFileName', () => {
  it('names the file after the moment, without colons', () => {
    expect(backupFileName(new Date('2026-12-06T10:15:42.123Z'))).toBe(
      'samenwerkingsruimte-2026-12-06T10-15-42Z.srwbackup.gz',
    );
  });
});
