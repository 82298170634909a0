import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles';
import {
  assertExerciseController,
  exercisePermissions,
  improvementActionPermissions,
  observationPermissions,
} from './exercises.permissions';
import { exerciseStatuses, type ExerciseStatus } from './exercises.constants';
import type { ScenarioRelation } from './scenarios.permissions';

const member: Actor = { userId: 'u', organisationId: 'o', globalRole: 'member' };
const works = { groupRole: 'member' as const, groupStatus: 'actief' as const };
const reads = { groupRole: 'observer' as const, groupStatus: 'actief' as const };
const archived = { groupRole: 'chair' as const, groupStatus: 'gearchiveerd' as const };
const recommendationId = '0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001';

describe('exercisePermissions', () => {
  // [status, planning, status change, evaluate, actions, observe]
  const table: [ExerciseStatus, boolean, boolean, boolean, boolean, boolean][] = [
    ['gepland', true, true, false, false, true],
    ['in_voorbereiding', true, true, false, false, true],
    ['uitgevoerd', false, true, true, true, true],
    ['geevalueerd', false, false, false, true, false],
    ['geannuleerd', false, false, false, false, false],
  ];
  it.each(table)(
    '%s: planning %s, status %s, evaluate %s, actions %s, observe %s',
    (status, canEditPlanning, canChangeStatus, canEvaluate, canManageActions, canObserve) => {
      expect(exercisePermissions(member, works, { status })).toEqual({
        canEditPlanning,
        canChangeStatus,
        canEvaluate,
        canManageActions,
        // A member outside the planning team observes but does not control the day.
        canConduct: false,
        canObserve,
      });
    },
  );

  it.each(exerciseStatuses)('gives readers and archived groups nothing to do (%s)', (status) => {
    const nothing = {
      canEditPlanning: false,
      canChangeStatus: false,
      canEvaluate: false,
      canManageActions: false,
      canConduct: false,
      canObserve: false,
    };
    expect(exercisePermissions(member, reads, { status })).toEqual(nothing);
    expect(exercisePermissions(member, archived, { status })).toEqual(nothing);
    // Even a group observer named in the planning team only reads.
    expect(exercisePermissions(member, reads, { status, plannerUserIds: [member.userId] })).toEqual(nothing);
  });
});

describe('who controls the exercise day (delivery states and ad-hoc injects)', () => {
  const chair = { groupRole: 'chair' as const, groupStatus: 'actief' as const };
  const conduct = (relation: ScenarioRelation, status: ExerciseStatus, planners: string[]) =>
    exercisePermissions(member, relation, { status, plannerUserIds: planners }).canConduct;
  it('lets chairs and the planning team control it while it is held', () => {
    expect(conduct(chair, 'in_voorbereiding', [])).toBe(true);
    expect(conduct(works, 'in_voorbereiding', [member.userId])).toBe(true);
    expect(conduct(works, 'gepland', [member.userId])).toBe(true);
  });
  it('not other members, observers, or after the day', () => {
    expect(conduct(works, 'in_voorbereiding', ['someone-else'])).toBe(false);
    expect(conduct(reads, 'in_voorbereiding', [member.userId])).toBe(false);
    expect(conduct(chair, 'uitgevoerd', [])).toBe(false);
    expect(conduct(chair, 'geannuleerd', [])).toBe(false);
    expect(conduct(archived, 'in_voorbereiding', [member.userId])).toBe(false);
  });
  it('refuses anyone else with FORBIDDEN', () => {
    expect(() => assertExerciseController(member, reads, { plannerUserIds: [member.userId] })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => assertExerciseController(member, works, { plannerUserIds: [member.userId] })).not.toThrow();
  });
});

describe('observationPermissions', () => {
  const improvement = {
    exerciseStatus: 'uitgevoerd' as const,
    kind: 'improvement' as const,
    recommendationId: null,
    recommendedActionCount: 0,
    conditionId: '1.2.a',
  };

  it('lets a worker edit, remove, add actions to and recommend an open observation', () => {
    expect(observationPermissions(member, works, improvement)).toEqual({
      canEdit: true,
      canSetIndicator: true,
      canRemove: true,
      canAddAction: true,
      canRecommend: true,
    });
  });

  it('adds actions to areas for improvement only, and keeps what became a recommendation', () => {
    expect(observationPermissions(member, works, { ...improvement, kind: 'strength' }).canAddAction).toBe(false);
    expect(observationPermissions(member, works, { ...improvement, recommendedActionCount: 1 })).toMatchObject({
      canRemove: false,
      canRecommend: true,
    });
    expect(observationPermissions(member, works, { ...improvement, recommendationId })).toMatchObject({
      canEdit: true,
      canRemove: false,
      canRecommend: false,
    });
  });

  it('lets a worker complete a missing indicator, and recommends the observation only once it has one', () => {
    const withoutIndicator = { ...improvement, conditionId: null };
    expect(observationPermissions(member, works, withoutIndicator)).toMatchObject({
      canSetIndicator: true,
      canRecommend: false,
    });
    expect(
      observationPermissions(member, works, { ...withoutIndicator, exerciseStatus: 'in_voorbereiding' }),
    ).toMatchObject({
      canSetIndicator: true,
      canRecommend: false,
    });
    expect(observationPermissions(member, reads, withoutIndicator).canSetIndicator).toBe(false);
  });

  it('freezes the observation after the evaluation while actions stay open', () => {
    expect(observationPermissions(member, works, { ...improvement, exerciseStatus: 'geevalueerd' })).toEqual({
      canEdit: false,
      canSetIndicator: false,
      canRemove: false,
      canAddAction: true,
      canRecommend: true,
    });
  });

  it('gives readers nothing to do', () => {
    const nothing = {
      canEdit: false,
      canSetIndicator: false,
      canRemove: false,
      canAddAction: false,
      canRecommend: false,
    };
    expect(observationPermissions(member, reads, improvement)).toEqual(nothing);
    expect(observationPermissions(member, archived, improvement)).toEqual(nothing);
  });
});

describe('improvementActionPermissions', () => {
  it('removes and recommends an action once, while actions are open', () => {
    expect(
      improvementActionPermissions(member, works, { exerciseStatus: 'geevalueerd', recommendationId: null }),
    ).toEqual({ canRemove: true, canRecommend: true });
    expect(improvementActionPermissions(member, works, { exerciseStatus: 'geevalueerd', recommendationId })).toEqual({
      canRemove: false,
      canRecommend: false,
    });
    expect(
      improvementActionPermissions(member, works, { exerciseStatus: 'geannuleerd', recommendationId: null }),
    ).toEqual({ canRemove: false, canRecommend: false });
    expect(
      improvementActionPermissions(member, reads, { exerciseStatus: 'uitgevoerd', recommendationId: null }),
    ).toEqual({ canRemove: false, canRecommend: false });
  });
});
