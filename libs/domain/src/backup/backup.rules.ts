/** After this many days without a backup the admin page warns. */
export const BACKUP_OVERDUE_AFTER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when there has never been a backup, or the last one is at least seven days old. */
export function isBackupOverdue(lastBackupAt: Date | null, now: Date): boolean {
  if (!lastBackupAt) return true;
  return now.getTime() - lastBackupAt.getTime() >= BACKUP_OVERDUE_AFTER_DAYS * DAY_MS;
}

/** `samenwerkingsruimte-2026-12-06T10-15-00Z.srwbackup.gz`: sortable, no characters a file system dislikes. */
export function backupFileName(takenAt: Date): string {
  const stamp = takenAt
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `samenwerkingsruimte-${stamp}.srwbackup.gz`;
}
