import { DomainError } from '../errors';
import { workingGroupsErrors } from './working-groups.errors';
import type { WorkingGroupStatus } from './working-groups.schema';

/**
 * An active group can be finished or archived; a finished one reopened or
 * archived; an archived one only reopened (by its chair or an admin).
 */
const allowedTransitions: Record<WorkingGroupStatus, readonly WorkingGroupStatus[]> = {
  actief: ['afgerond', 'gearchiveerd'],
  afgerond: ['actief', 'gearchiveerd'],
  gearchiveerd: ['actief'],
};

export function canTransitionWorkingGroup(from: WorkingGroupStatus, to: WorkingGroupStatus): boolean {
  return allowedTransitions[from].includes(to);
}

export function assertWorkingGroupTransition(from: WorkingGroupStatus, to: WorkingGroupStatus): void {
  if (!canTransitionWorkingGroup(from, to)) {
    throw new DomainError('INVALID_STATUS_TRANSITION', { field: 'status' });
  }
}

/** An archived group is read-only apart from reopening it. */
export const archivedGroupStatus: WorkingGroupStatus = 'gearchiveerd';

export function isArchivedGroupStatus(status: string): boolean {
  return status === archivedGroupStatus;
}

export function assertWorkingGroupEditable(status: WorkingGroupStatus): void {
  if (isArchivedGroupStatus(status)) throw new DomainError('GROUP_ARCHIVED');
}

/** Every member's organisation must stay among the group's organisations. */
export function assertOrganisationsCoverMembers(
  organisationIds: readonly string[],
  memberOrganisationIds: readonly string[],
): void {
  const missing = memberOrganisationIds.some((id) => !organisationIds.includes(id));
  if (missing) {
    throw new DomainError(workingGroupsErrors.ORGANISATION_HAS_MEMBERS, { field: 'organisationIds' });
  }
}
