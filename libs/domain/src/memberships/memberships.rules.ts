import type { GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import { membershipsErrors } from './memberships.errors';

export interface MemberRoleRef {
  membershipId: string;
  role: GroupRole;
}

function chairCount(members: readonly MemberRoleRef[]): number {
  return members.filter((m) => m.role === 'chair').length;
}

/** Removing the last chair would leave nobody to manage the group. */
export function assertCanRemoveMember(members: readonly MemberRoleRef[], membershipId: string): void {
  const target = members.find((m) => m.membershipId === membershipId);
  if (!target) throw new DomainError('NOT_FOUND');
  if (target.role === 'chair' && chairCount(members) <= 1) throw new DomainError(membershipsErrors.LAST_CHAIR);
}

export function assertCanChangeMemberRole(
  members: readonly MemberRoleRef[],
  membershipId: string,
  newRole: GroupRole,
): void {
  const target = members.find((m) => m.membershipId === membershipId);
  if (!target) throw new DomainError('NOT_FOUND');
  if (target.role === 'chair' && newRole !== 'chair' && chairCount(members) <= 1) {
    throw new DomainError(membershipsErrors.LAST_CHAIR, { field: 'role' });
  }
}

export interface MemberCandidate {
  organisationId: string;
  active: boolean;
  alreadyMember: boolean;
}

/** Only active users from an organisation that takes part in the group can join it. */
export function assertCanAddMember(groupOrganisationIds: readonly string[], candidate: MemberCandidate): void {
  if (!candidate.active) throw new DomainError('USER_INACTIVE', { field: 'userId' });
  if (candidate.alreadyMember) throw new DomainError(membershipsErrors.ALREADY_MEMBER, { field: 'userId' });
  if (!groupOrganisationIds.includes(candidate.organisationId)) {
    throw new DomainError('ORGANISATION_NOT_IN_GROUP', { field: 'userId' });
  }
}
