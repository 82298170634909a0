import { describe, expect, it } from 'vitest';
import type { GlobalRole, GroupRole } from '../access/roles';
import { actorWithRole, codeOf } from '../common/testing';
import {
  assertCanRecordAssessment,
  assessmentGroupPermissions,
  assessmentPermissions,
  canReadAssessments,
  canRecordAssessment,
} from './assessments.permissions';

describe('assessment access', () => {
  const table: [GlobalRole, GroupRole | null, boolean, boolean][] = [
    ['admin', null, true, true],
    ['management', null, true, false],
    ['management', 'member', true, true],
    ['member', null, false, false],
    ['member', 'observer', true, false],
    ['member', 'member', true, true],
    ['member', 'chair', true, true],
  ];
  it.each(table)('%s with group role %s: read=%s record=%s', (global, role, read, record) => {
    expect(canReadAssessments(actorWithRole(global), role)).toBe(read);
    expect(canRecordAssessment(actorWithRole(global), role)).toBe(record);
    expect(codeOf(() => assertCanRecordAssessment(actorWithRole(global), role))).toBe(
      !read ? 'NOT_FOUND' : record ? null : 'FORBIDDEN',
    );
  });
});

describe('assessment permissions', () => {
  const assessment = { groupId: 'g' };

  it('lets recorders record, edit and delete while the group is not archived', () => {
    for (const groupStatus of ['actief', 'afgerond'] as const) {
      expect(assessmentGroupPermissions(actorWithRole('member'), { groupRole: 'member', groupStatus })).toEqual({
        canRecord: true,
      });
      expect(assessmentPermissions(actorWithRole('member'), { groupRole: 'chair', groupStatus }, assessment)).toEqual({
        canEdit: true,
        canDelete: true,
      });
      expect(assessmentPermissions(actorWithRole('admin'), { groupRole: null, groupStatus }, assessment)).toEqual({
        canEdit: true,
        canDelete: true,
      });
    }
  });

  it('gives readers and archived groups nothing to do', () => {
    const archived = { groupRole: 'chair' as const, groupStatus: 'gearchiveerd' as const };
    expect(assessmentGroupPermissions(actorWithRole('member'), archived)).toEqual({ canRecord: false });
    expect(assessmentPermissions(actorWithRole('admin'), { ...archived, groupRole: null }, assessment)).toEqual({
      canEdit: false,
      canDelete: false,
    });
    expect(assessmentGroupPermissions(actorWithRole('management'), { groupRole: null, groupStatus: 'actief' })).toEqual(
      { canRecord: false },
    );
    expect(
      assessmentPermissions(actorWithRole('member'), { groupRole: 'observer', groupStatus: 'actief' }, assessment),
    ).toEqual({ canEdit: false, canDelete: false });
  });
});
