import { describe, expect, it } from 'vitest';
import type { Actor, GlobalRole, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import {
  assertCanRecordAssessment,
  assessmentGroupPermissions,
  assessmentPermissions,
  canReadAssessments,
  canRecordAssessment,
} from './assessments.permissions';

function codeOf(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
}

describe('assessment access', () => {
  const actor = (globalRole: GlobalRole): Actor => ({ userId: 'u', organisationId: 'o', globalRole });
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
    expect(canReadAssessments(actor(global), role)).toBe(read);
    expect(canRecordAssessment(actor(global), role)).toBe(record);
    expect(codeOf(() => assertCanRecordAssessment(actor(global), role))).toBe(!read ? 'NOT_FOUND' : record ? null : 'FORBIDDEN');
  });
});

describe('assessment permissions', () => {
  const actor = (globalRole: GlobalRole): Actor => ({ userId: 'u', organisationId: 'o', globalRole });
  const assessment = { groupId: 'g' };

  it('lets recorders record, edit and delete while the group is not archived', () => {
    for (const groupStatus of ['actief', 'afgerond'] as const) {
      expect(assessmentGroupPermissions(actor('member'), { groupRole: 'member', groupStatus })).toEqual({ canRecord: true });
      expect(assessmentPermissions(actor('member'), { groupRole: 'chair', groupStatus }, assessment)).toEqual({ canEdit: true, canDelete: true });
      expect(assessmentPermissions(actor('admin'), { groupRole: null, groupStatus }, assessment)).toEqual({ canEdit: true, canDelete: true });
    }
  });

  it('gives readers and archived groups nothing to do', () => {
    const archived = { groupRole: 'chair' as const, groupStatus: 'gearchiveerd' as const };
    expect(assessmentGroupPermissions(actor('member'), archived)).toEqual({ canRecord: false });
    expect(assessmentPermissions(actor('admin'), { ...archived, groupRole: null }, assessment)).toEqual({ canEdit: false, canDelete: false });
    expect(assessmentGroupPermissions(actor('management'), { groupRole: null, groupStatus: 'actief' })).toEqual({ canRecord: false });
    expect(assessmentPermissions(actor('member'), { groupRole: 'observer', groupStatus: 'actief' }, assessment)).toEqual({ canEdit: false, canDelete: false });
  });
});
