import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { assertCanAddMember, assertCanChangeMemberRole, assertCanRemoveMember } from './memberships.rules';

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
}

const oneChair = [
  { membershipId: 'c1', role: 'chair' as const },
  { membershipId: 'm1', role: 'member' as const },
  { membershipId: 'o1', role: 'observer' as const },
];
const twoChairs = [...oneChair, { membershipId: 'c2', role: 'chair' as const }];

describe('membership rules', () => {
  it('keeps at least one chair when removing', () => {
    expect(codeOf(() => assertCanRemoveMember(oneChair, 'c1'))).toBe('LAST_CHAIR');
    expect(codeOf(() => assertCanRemoveMember(twoChairs, 'c1'))).toBeNull();
    expect(codeOf(() => assertCanRemoveMember(oneChair, 'm1'))).toBeNull();
    expect(codeOf(() => assertCanRemoveMember(oneChair, 'missing'))).toBe('NOT_FOUND');
  });

  it('keeps at least one chair when changing roles', () => {
    expect(codeOf(() => assertCanChangeMemberRole(oneChair, 'c1', 'member'))).toBe('LAST_CHAIR');
    expect(codeOf(() => assertCanChangeMemberRole(oneChair, 'c1', 'chair'))).toBeNull();
    expect(codeOf(() => assertCanChangeMemberRole(twoChairs, 'c1', 'observer'))).toBeNull();
    expect(codeOf(() => assertCanChangeMemberRole(oneChair, 'o1', 'chair'))).toBeNull();
    expect(codeOf(() => assertCanChangeMemberRole(oneChair, 'missing', 'chair'))).toBe('NOT_FOUND');
  });

  it('admits only active users of a participating organisation who are not yet members', () => {
    const groupOrgs = ['defensie', 'politie'];
    expect(
      codeOf(() => assertCanAddMember(groupOrgs, { organisationId: 'politie', active: true, alreadyMember: false })),
    ).toBeNull();
    expect(
      codeOf(() => assertCanAddMember(groupOrgs, { organisationId: 'om', active: true, alreadyMember: false })),
    ).toBe('ORGANISATION_NOT_IN_GROUP');
    expect(
      codeOf(() => assertCanAddMember(groupOrgs, { organisationId: 'politie', active: false, alreadyMember: false })),
    ).toBe('USER_INACTIVE');
    expect(
      codeOf(() => assertCanAddMember(groupOrgs, { organisationId: 'politie', active: true, alreadyMember: true })),
    ).toBe('ALREADY_MEMBER');
  });
});
