import { defineDomainErrors } from '../errors';

/** Codes of backup and restore: the CLI and the admin page say them from the message files. */
export const backupErrors = defineDomainErrors({
  /** The file is not a complete backup: truncated, altered, or not a backup at all (`reason`). */
  BACKUP_DAMAGED: { kind: 'INVALID' },
  /** The backup was made by newer code (`backupVersion`) than this one knows (`codeVersion`). */
  BACKUP_SCHEMA_NEWER: { kind: 'INVALID' },
  /** The backup names a schema version this code has never had (`backupVersion`). */
  BACKUP_SCHEMA_UNKNOWN: { kind: 'INVALID' },
  /** The database to back up was migrated by other code (`databaseVersion`): its backup could not be restored faithfully. */
  BACKUP_SOURCE_SCHEMA_UNKNOWN: { kind: 'CONFLICT' },
  /** A restore goes only into an empty database; `tables` lists what already holds rows. */
  BACKUP_TARGET_NOT_EMPTY: { kind: 'CONFLICT' },
  /** The (empty) target is already migrated past the backup's version (`targetVersion`). */
  BACKUP_TARGET_SCHEMA_AHEAD: { kind: 'CONFLICT' },
});
