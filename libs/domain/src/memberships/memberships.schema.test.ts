import { describe, expect, it } from 'vitest';
import { addMemberSchema, changeMemberRoleSchema } from './memberships.schema';

const id = '6f1c2d7e-0000-4000-8000-000000000001';

describe('membership schemas', () => {
  it('adds a member with the member role unless another is chosen', () => {
    expect(addMemberSchema.parse({ groupId: id, userId: id }).role).toBe('member');
    expect(addMemberSchema.parse({ groupId: id, userId: id, role: 'observer' }).role).toBe('observer');
  });

  it('knows only the group roles', () => {
    const result = changeMemberRoleSchema.safeParse({ membershipId: id, version: 1, role: 'admin' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['role', 'validation.invalidChoice'],
    ]);
  });
});
