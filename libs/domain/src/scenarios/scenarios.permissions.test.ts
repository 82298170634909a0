import { describe, expect, it } from 'vitest';
import type { GroupRole } from '../access/roles';
import { actorWithRole } from '../common/testing';
import type { WorkingGroupStatus } from '../working-groups/working-groups.schema';
import { assertCanWorkOnScenarios, canWorkOnScenarios, scenarioPermissions } from './scenarios.permissions';
import { scenarioStatuses } from './scenarios.constants';

describe('working on scenarios', () => {
  // [group role, group status, works?, error when not]
  const table: [GroupRole | null, WorkingGroupStatus, boolean, string | null][] = [
    ['chair', 'actief', true, null],
    ['member', 'afgerond', true, null],
    ['member', 'gearchiveerd', false, 'GROUP_ARCHIVED'],
    ['observer', 'actief', false, 'FORBIDDEN'],
    [null, 'actief', false, 'FORBIDDEN'],
  ];
  it.each(table)('as %s in a group that is %s: %s', (groupRole, groupStatus, works, code) => {
    expect(canWorkOnScenarios({ groupRole, groupStatus })).toBe(works);
    if (code)
      expect(() => assertCanWorkOnScenarios({ groupRole, groupStatus })).toThrow(expect.objectContaining({ code }));
    else expect(() => assertCanWorkOnScenarios({ groupRole, groupStatus })).not.toThrow();
  });
});

describe('scenarioPermissions', () => {
  const member = { groupRole: 'member' as const, groupStatus: 'actief' as const };

  it('follows the status: edit until archived, plan exercises when ready, delete without exercises', () => {
    expect(scenarioPermissions(actorWithRole('member'), member, { status: 'concept', exerciseCount: 0 })).toEqual({
      canEdit: true,
      canChangeStatus: true,
      canDelete: true,
      canPlanExercise: false,
    });
    expect(scenarioPermissions(actorWithRole('member'), member, { status: 'gereed', exerciseCount: 2 })).toEqual({
      canEdit: true,
      canChangeStatus: true,
      canDelete: false,
      canPlanExercise: true,
    });
    expect(scenarioPermissions(actorWithRole('member'), member, { status: 'gearchiveerd', exerciseCount: 0 })).toEqual({
      canEdit: false,
      canChangeStatus: true,
      canDelete: true,
      canPlanExercise: false,
    });
  });

  it.each(scenarioStatuses)('gives readers nothing to do, admins and management included (%s)', (status) => {
    const nothing = { canEdit: false, canChangeStatus: false, canDelete: false, canPlanExercise: false };
    expect(
      scenarioPermissions(
        actorWithRole('admin'),
        { groupRole: null, groupStatus: 'actief' },
        { status, exerciseCount: 0 },
      ),
    ).toEqual(nothing);
    expect(
      scenarioPermissions(
        actorWithRole('management'),
        { groupRole: 'observer', groupStatus: 'actief' },
        { status, exerciseCount: 0 },
      ),
    ).toEqual(nothing);
    expect(
      scenarioPermissions(
        actorWithRole('member'),
        { groupRole: 'chair', groupStatus: 'gearchiveerd' },
        { status, exerciseCount: 0 },
      ),
    ).toEqual(nothing);
  });
});
