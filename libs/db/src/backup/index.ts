export * from './backup-format';
export { codeSchemaVersion, migrationsFolderUpTo, readMigrationJournal } from './backup-schema-version';
export { createBackup, type CreateBackupOptions, type CreatedBackup } from './create-backup';
export { readBackup, restoreBackup, type ReadBackup, type RestoreResult } from './restore-backup';
export { executeRows, listUserTables, quoteIdent } from './backup-catalog';
