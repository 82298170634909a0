import { isAdmin } from '../access/access.rules';
import type { Actor } from '../access/roles';
import { DomainError } from '../errors';

/** What a person may do with the workspace backups: only admins take one. */
export interface BackupPermissions {
  download: boolean;
}

export function backupPermissions(actor: Actor): BackupPermissions {
  return { download: isAdmin(actor) };
}

/** A backup holds every record of every group: admins only. */
export function assertCanBackup(actor: Actor): void {
  if (!backupPermissions(actor).download) throw new DomainError('FORBIDDEN');
}
