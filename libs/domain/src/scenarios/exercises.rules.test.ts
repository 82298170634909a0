import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  exerciseFallsOnDay,
  areActionsOpen,
  assertActionFromImprovement,
  assertActionRecommendable,
  assertActionRemovable,
  assertObservationRecommendable,
  assertObservationRemovable,
  isObservationRemovable,
  assertActionsOpen,
  assertEndAfterStart,
  assertKindKeepsActions,
  assertOneCountPerOrganisation,
  assertPeopleInGroup,
  canBecomeRecommendation,
  canHaveActions,
  countObservationsWithoutIndicator,
  evaluationHeldBy,
  hasIndicator,
  isActionRemovable,
  isObservationRecommendable,
  assertEvaluationOpen,
  assertExerciseTransition,
  availableExerciseStatuses,
  executionHeldUntil,
  isExecutionDue,
  assertIsPermutation,
  assertPlanningEditable,
  assertRatingFitsKind,
  canTransitionExercise,
  countRatings,
  formatOffset,
  groupByTriadCategory,
  injectsOutOfTimeOrder,
  isEvaluationOpen,
  isPlanningEditable,
  moveInject,
  nextExerciseStatuses,
  nextInjectPosition,
  objectiveRating,
  positionsFor,
  ratingFitsKind,
  ratingSeverity,
  triadCategoryOf,
} from './exercises.rules';
import { exerciseStatuses, observationKinds, ratings, type ExerciseStatus } from './exercises.constants';

// 09:00 on 12 May 2026 in the Netherlands (summer time) is 07:00 UTC.
const start = new Date('2026-05-12T07:00:00Z');
const started = { startsAt: start, now: start };
const withIndicator = { recommendationId: null, conditionId: '1.2.a' };
const facts = {
  cancellationReason: 'Weeralarm code rood',
  observationCount: 2,
  observationsWithoutIndicator: 0,
  ...started,
};

describe('exercise status transitions', () => {
  const allowed = new Set([
    'gepland>in_voorbereiding',
    'gepland>geannuleerd',
    'in_voorbereiding>gepland',
    'in_voorbereiding>uitgevoerd',
    'in_voorbereiding>geannuleerd',
    'uitgevoerd>geevalueerd',
  ]);
  const pairs = exerciseStatuses.flatMap((from) =>
    exerciseStatuses.map((to) => [from, to] as [ExerciseStatus, ExerciseStatus]),
  );

  it.each(pairs)('%s -> %s', (from, to) => {
    const expected = allowed.has(`${from}>${to}`);
    expect(canTransitionExercise(from, to)).toBe(expected);
    expect(nextExerciseStatuses(from).includes(to)).toBe(expected);
    if (expected) expect(() => assertExerciseTransition(from, to, facts)).not.toThrow();
    else
      expect(() => assertExerciseTransition(from, to, facts)).toThrow(
        expect.objectContaining({ code: 'INVALID_STATUS_TRANSITION' }),
      );
  });

  it.each(['gepland', 'in_voorbereiding'] as const)('needs a reason to cancel from %s', (from) => {
    for (const reason of ['', '   ']) {
      expect(() => assertExerciseTransition(from, 'geannuleerd', { ...facts, cancellationReason: reason })).toThrow(
        expect.objectContaining({ code: 'CANCELLATION_REASON_REQUIRED', field: 'cancellationReason' }),
      );
    }
  });

  it('evaluates only an executed exercise that has observations', () => {
    expect(() => assertExerciseTransition('uitgevoerd', 'geevalueerd', { ...facts, observationCount: 0 })).toThrow(
      expect.objectContaining({ code: 'EVALUATION_NEEDS_OBSERVATIONS' }),
    );
    expect(() => assertExerciseTransition('in_voorbereiding', 'geevalueerd', facts)).toThrow(
      expect.objectContaining({ code: 'INVALID_STATUS_TRANSITION' }),
    );
    expect(() =>
      assertExerciseTransition('uitgevoerd', 'geevalueerd', { ...facts, observationCount: 1 }),
    ).not.toThrow();
  });

  it('evaluates only when every observation has its Triad indicator, naming how many lack one', () => {
    expect(() =>
      assertExerciseTransition('uitgevoerd', 'geevalueerd', {
        ...facts,
        observationCount: 3,
        observationsWithoutIndicator: 2,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'EVALUATION_NEEDS_INDICATORS',
        kind: 'CONFLICT',
        field: 'status',
        params: { count: 2 },
      }),
    );
    expect(() =>
      assertExerciseTransition('uitgevoerd', 'geevalueerd', {
        ...facts,
        observationCount: 3,
        observationsWithoutIndicator: 1,
      }),
    ).toThrow(expect.objectContaining({ code: 'EVALUATION_NEEDS_INDICATORS', params: { count: 1 } }));
    expect(() =>
      assertExerciseTransition('uitgevoerd', 'geevalueerd', {
        ...facts,
        observationCount: 3,
        observationsWithoutIndicator: 0,
      }),
    ).not.toThrow();
    // Only the evaluation waits for indicators: the day itself does not.
    expect(() =>
      assertExerciseTransition('in_voorbereiding', 'uitgevoerd', { ...facts, observationsWithoutIndicator: 2 }),
    ).not.toThrow();
  });

  it('does not offer "geevalueerd" while observations lack an indicator, and says how many', () => {
    expect(availableExerciseStatuses('uitgevoerd', started, 2)).toEqual([]);
    expect(availableExerciseStatuses('uitgevoerd', started, 0)).toEqual(['geevalueerd']);
    expect(availableExerciseStatuses('uitgevoerd', started)).toEqual(['geevalueerd']);
    expect(availableExerciseStatuses('in_voorbereiding', started, 2)).toEqual(['gepland', 'uitgevoerd', 'geannuleerd']);
    expect(evaluationHeldBy('uitgevoerd', 2)).toBe(2);
    expect(evaluationHeldBy('uitgevoerd', 0)).toBe(0);
    // Where the lifecycle does not allow the step anyway, nothing is held back.
    expect(evaluationHeldBy('in_voorbereiding', 2)).toBe(0);
    expect(evaluationHeldBy('geevalueerd', 2)).toBe(0);
  });

  it('counts the observations without an indicator', () => {
    expect(countObservationsWithoutIndicator([])).toBe(0);
    expect(
      countObservationsWithoutIndicator([{ conditionId: '1.2.a' }, { conditionId: null }, { conditionId: null }]),
    ).toBe(2);
    expect(hasIndicator({ conditionId: '2' })).toBe(true);
    expect(hasIndicator({ conditionId: null })).toBe(false);
  });

  it('does not need a reason for other transitions', () => {
    expect(() =>
      assertExerciseTransition('gepland', 'in_voorbereiding', {
        cancellationReason: '',
        observationCount: 0,
        observationsWithoutIndicator: 0,
        ...started,
      }),
    ).not.toThrow();
  });
});

describe('executed only once it has started (start moment at or before now)', () => {
  const before = { startsAt: start, now: new Date('2026-05-12T06:59:00Z') };
  it('refuses "uitgevoerd" before the start moment, with its date and clock time in the Netherlands', () => {
    expect(() => assertExerciseTransition('in_voorbereiding', 'uitgevoerd', { ...facts, ...before })).toThrow(
      expect.objectContaining({
        code: 'EXERCISE_NOT_STARTED',
        params: { startDate: '2026-05-12', startTime: '09:00' },
      }),
    );
    // At the start moment itself, and later, it is allowed.
    expect(() => assertExerciseTransition('in_voorbereiding', 'uitgevoerd', facts)).not.toThrow();
    expect(() =>
      assertExerciseTransition('in_voorbereiding', 'uitgevoerd', { ...facts, now: new Date('2026-06-01T00:00:00Z') }),
    ).not.toThrow();
    // Other steps do not wait for the start.
    expect(() => assertExerciseTransition('in_voorbereiding', 'geannuleerd', { ...facts, ...before })).not.toThrow();
  });
  it('does not offer "uitgevoerd" on the start day before the start moment, and says until when', () => {
    expect(availableExerciseStatuses('in_voorbereiding', before)).toEqual(['gepland', 'geannuleerd']);
    expect(availableExerciseStatuses('in_voorbereiding', started)).toEqual(['gepland', 'uitgevoerd', 'geannuleerd']);
    expect(executionHeldUntil('in_voorbereiding', before)).toEqual(start);
    expect(executionHeldUntil('in_voorbereiding', started)).toBeNull();
    expect(executionHeldUntil('gepland', before)).toBeNull();
    expect(isExecutionDue(before)).toBe(false);
    expect(isExecutionDue(started)).toBe(true);
  });
});

describe('what each status allows', () => {
  const planning: Record<ExerciseStatus, boolean> = {
    gepland: true,
    in_voorbereiding: true,
    uitgevoerd: false,
    geevalueerd: false,
    geannuleerd: false,
  };
  const evaluation: Record<ExerciseStatus, boolean> = {
    gepland: false,
    in_voorbereiding: false,
    uitgevoerd: true,
    geevalueerd: false,
    geannuleerd: false,
  };
  const actions: Record<ExerciseStatus, boolean> = {
    gepland: false,
    in_voorbereiding: false,
    uitgevoerd: true,
    geevalueerd: true,
    geannuleerd: false,
  };

  it.each(exerciseStatuses)('%s', (status) => {
    expect(isPlanningEditable(status)).toBe(planning[status]);
    expect(isEvaluationOpen(status)).toBe(evaluation[status]);
    expect(areActionsOpen(status)).toBe(actions[status]);
    const check = (fn: () => void, ok: boolean, code: string) =>
      ok ? expect(fn).not.toThrow() : expect(fn).toThrow(expect.objectContaining({ code, kind: 'CONFLICT' }));
    check(() => assertPlanningEditable(status), planning[status], 'EXERCISE_LOCKED');
    check(() => assertEvaluationOpen(status), evaluation[status], 'EVALUATION_CLOSED');
    check(() => assertActionsOpen(status), actions[status], 'ACTIONS_CLOSED');
    check(() => assertActionRecommendable(status, null), actions[status], 'ACTIONS_CLOSED');
    check(() => assertObservationRecommendable(status, withIndicator), actions[status], 'ACTIONS_CLOSED');
  });

  it.each(exerciseStatuses)('turns a record into a recommendation once while actions are open (%s)', (status) => {
    expect(canBecomeRecommendation(status, null)).toBe(actions[status]);
    expect(canBecomeRecommendation(status, '0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001')).toBe(false);
  });

  it('keeps actions that became recommendations, and their observations', () => {
    expect(isActionRemovable(null)).toBe(true);
    expect(isActionRemovable('0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001')).toBe(false);
    expect(() => assertActionRemovable(null)).not.toThrow();
    expect(() => assertActionRemovable('0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001')).toThrow(
      expect.objectContaining({ code: 'RECOMMENDED_ACTION_LOCKED', kind: 'CONFLICT' }),
    );
    expect(isObservationRemovable(0, null)).toBe(true);
    expect(isObservationRemovable(2, null)).toBe(false);
    expect(isObservationRemovable(0, '0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001')).toBe(false);
    expect(() => assertObservationRemovable(0, null)).not.toThrow();
    expect(() => assertObservationRemovable(1, null)).toThrow(
      expect.objectContaining({ code: 'OBSERVATION_HAS_RECOMMENDATIONS', kind: 'CONFLICT' }),
    );
    expect(() => assertObservationRemovable(0, '0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001')).toThrow(
      expect.objectContaining({ code: 'OBSERVATION_HAS_RECOMMENDATIONS', kind: 'CONFLICT' }),
    );
  });

  it('turns an observation into a recommendation only once, and only while actions are open', () => {
    expect(() => assertObservationRecommendable('uitgevoerd', withIndicator)).not.toThrow();
    expect(() => assertObservationRecommendable('geevalueerd', withIndicator)).not.toThrow();
    expect(() =>
      assertObservationRecommendable('geevalueerd', {
        ...withIndicator,
        recommendationId: '0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001',
      }),
    ).toThrow(expect.objectContaining({ code: 'OBSERVATION_ALREADY_RECOMMENDED', kind: 'CONFLICT' }));
    for (const status of ['gepland', 'in_voorbereiding', 'geannuleerd'] as const) {
      expect(() => assertObservationRecommendable(status, withIndicator)).toThrow(
        expect.objectContaining({ code: 'ACTIONS_CLOSED' }),
      );
    }
  });

  it('turns an observation into a recommendation only once it has its Triad indicator', () => {
    const withoutIndicator = { recommendationId: null, conditionId: null };
    expect(() => assertObservationRecommendable('uitgevoerd', withoutIndicator)).toThrow(
      expect.objectContaining({ code: 'OBSERVATION_NEEDS_INDICATOR', kind: 'CONFLICT', field: 'conditionId' }),
    );
    expect(isObservationRecommendable('uitgevoerd', withoutIndicator)).toBe(false);
    expect(isObservationRecommendable('uitgevoerd', withIndicator)).toBe(true);
    expect(isObservationRecommendable('gepland', withIndicator)).toBe(false);
    // A category or sub-variable counts as chosen too.
    expect(isObservationRecommendable('uitgevoerd', { recommendationId: null, conditionId: '2' })).toBe(true);
  });

  it('turns an improvement action into a recommendation only once', () => {
    expect(() => assertActionRecommendable('geevalueerd', null)).not.toThrow();
    expect(() => assertActionRecommendable('geevalueerd', '0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001')).toThrow(
      expect.objectContaining({ code: 'ACTION_ALREADY_RECOMMENDED', kind: 'CONFLICT' }),
    );
    // A closed exercise is refused first, whatever the link.
    expect(() => assertActionRecommendable('geannuleerd', '0b5a3a7e-1f7c-4a53-9d53-0e0c0ad1e001')).toThrow(
      expect.objectContaining({ code: 'ACTIONS_CLOSED' }),
    );
  });

  it('refuses an end before the start, allows equal times', () => {
    const start = new Date('2026-03-01T09:00:00Z');
    expect(() => assertEndAfterStart(start, new Date('2026-03-01T08:59:00Z'))).toThrow(
      expect.objectContaining({ field: 'endsAt' }),
    );
    expect(() => assertEndAfterStart(start, start)).not.toThrow();
    expect(() => assertEndAfterStart(start, new Date('2026-03-01T17:00:00Z'))).not.toThrow();
  });

  it('names only members of the group as participants and planners', () => {
    expect(() => assertPeopleInGroup([], [], 'participantUserIds')).not.toThrow();
    expect(() => assertPeopleInGroup(['a', 'b'], ['a', 'b', 'c'], 'plannerUserIds')).not.toThrow();
    expect(() => assertPeopleInGroup(['a', 'x'], ['a', 'b'], 'plannerUserIds')).toThrow(
      expect.objectContaining({ code: 'NOT_A_GROUP_MEMBER', kind: 'INVALID', field: 'plannerUserIds' }),
    );
  });

  it('counts participants once per organisation', () => {
    expect(() => assertOneCountPerOrganisation([{ organisationId: 'd' }, { organisationId: 'p' }])).not.toThrow();
    expect(() => assertOneCountPerOrganisation([{ organisationId: 'd' }, { organisationId: 'd' }])).toThrow(
      expect.objectContaining({ code: 'VALIDATION', field: 'participantCounts' }),
    );
  });
});

describe('rating rules', () => {
  const fits = new Set(['P:strength', 'S:strength', 'S:improvement', 'M:improvement', 'U:improvement']);
  const cases = ratings.flatMap((rating) => observationKinds.map((kind) => [rating, kind] as const));

  it.each(cases)('%s for a %s', (rating, kind) => {
    const expected = fits.has(`${rating}:${kind}`);
    expect(ratingFitsKind(rating, kind)).toBe(expected);
    if (expected) expect(() => assertRatingFitsKind(rating, kind)).not.toThrow();
    else
      expect(() => assertRatingFitsKind(rating, kind)).toThrow(
        expect.objectContaining({ code: 'RATING_DOES_NOT_FIT', field: 'rating' }),
      );
  });

  it('orders severity P < S < M < U', () => {
    expect(ratings.map(ratingSeverity)).toEqual([0, 1, 2, 3]);
  });

  it('rates an objective by its worst observation', () => {
    expect(objectiveRating([])).toBeNull();
    expect(objectiveRating(['P'])).toBe('P');
    expect(objectiveRating(['P', 'S', 'P'])).toBe('S');
    expect(objectiveRating(['M', 'S'])).toBe('M');
    expect(objectiveRating(['S', 'U', 'M'])).toBe('U');
  });

  it('counts ratings', () => {
    expect(countRatings(['P', 'S', 'S', 'U'])).toEqual({ P: 1, S: 2, M: 0, U: 1 });
    expect(countRatings([])).toEqual({ P: 0, S: 0, M: 0, U: 0 });
  });

  it('makes improvement actions only from areas for improvement', () => {
    expect(canHaveActions('improvement')).toBe(true);
    expect(canHaveActions('strength')).toBe(false);
    expect(() => assertActionFromImprovement('improvement')).not.toThrow();
    expect(() => assertActionFromImprovement('strength')).toThrow(DomainError);
  });

  it('keeps an observation with improvement actions an area for improvement', () => {
    expect(() => assertKindKeepsActions('strength', 0)).not.toThrow();
    expect(() => assertKindKeepsActions('improvement', 3)).not.toThrow();
    expect(() => assertKindKeepsActions('strength', 1)).toThrow(
      expect.objectContaining({ code: 'ACTION_NEEDS_IMPROVEMENT', field: 'kind' }),
    );
  });
});

describe('Triad grouping', () => {
  it('finds the category of a condition id', () => {
    expect(triadCategoryOf('2.3.c')).toBe('2');
    expect(triadCategoryOf('1.4')).toBe('1');
    expect(triadCategoryOf('3')).toBe('3');
  });

  it('groups observations by category in numeric order, keeping their order inside', () => {
    const groups = groupByTriadCategory([
      { id: 'a', conditionId: '3.1.b' },
      { id: 'b', conditionId: '2.3.c' },
      { id: 'c', conditionId: '2.5' },
      { id: 'd', conditionId: '1.4.a' },
    ]);
    expect(groups.map((g) => [g.category, g.items.map((i) => i.id)])).toEqual([
      ['1', ['d']],
      ['2', ['b', 'c']],
      ['3', ['a']],
    ]);
    expect(groupByTriadCategory([])).toEqual([]);
  });

  it('puts observations without an indicator last, in one group of their own', () => {
    const groups = groupByTriadCategory([
      { id: 'a', conditionId: null },
      { id: 'b', conditionId: '2.3.c' },
      { id: 'c', conditionId: null },
      { id: 'd', conditionId: '1.4.a' },
    ]);
    expect(groups.map((g) => [g.category, g.items.map((i) => i.id)])).toEqual([
      ['1', ['d']],
      ['2', ['b']],
      [null, ['a', 'c']],
    ]);
    expect(groupByTriadCategory([{ id: 'a', conditionId: null }])).toEqual([
      { category: null, items: [{ id: 'a', conditionId: null }] },
    ]);
  });
});

describe('inject ordering', () => {
  it('puts a new inject after the last', () => {
    expect(nextInjectPosition([])).toBe(1);
    expect(nextInjectPosition([1, 2, 3])).toBe(4);
    expect(nextInjectPosition([5, 2])).toBe(6);
  });

  it('accepts a reorder only when it names every inject once', () => {
    expect(() => assertIsPermutation(['b', 'a', 'c'], ['a', 'b', 'c'])).not.toThrow();
    for (const requested of [
      ['a', 'b'],
      ['a', 'b', 'c', 'd'],
      ['a', 'a', 'b'],
      ['a', 'b', 'x'],
    ]) {
      expect(() => assertIsPermutation(requested, ['a', 'b', 'c'])).toThrow(
        expect.objectContaining({ code: 'INJECT_ORDER_MISMATCH' }),
      );
    }
  });

  it('numbers positions 1..n', () => {
    expect(positionsFor(['c', 'a'])).toEqual([
      { id: 'c', position: 1 },
      { id: 'a', position: 2 },
    ]);
  });

  it('moves an inject up or down and stays put at the ends', () => {
    expect(moveInject(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moveInject(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(moveInject(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(moveInject(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
    expect(moveInject(['a', 'b'], 'x', 'up')).toEqual(['a', 'b']);
  });

  it('flags injects whose time goes back', () => {
    expect(
      injectsOutOfTimeOrder([
        { id: 'a', offsetMinutes: 0 },
        { id: 'b', offsetMinutes: 30 },
        { id: 'c', offsetMinutes: 15 },
        { id: 'd', offsetMinutes: 15 },
      ]),
    ).toEqual(['c']);
    expect(injectsOutOfTimeOrder([])).toEqual([]);
  });

  it('formats offsets', () => {
    expect(formatOffset(0)).toBe('T+00:00');
    expect(formatOffset(90)).toBe('T+01:30');
    expect(formatOffset(24 * 60 + 5)).toBe('T+1d 00:05');
  });
});

describe('which calendar days an exercise falls on', () => {
  const day = (d: number) => new Date(2026, 11, d);
  const at = (d: number, hour: number) => new Date(2026, 11, d, hour);

  it('shows a drill from 20:00 to midnight on its own day only', () => {
    const drill = { startsAt: at(10, 20), endsAt: day(11) };
    expect(exerciseFallsOnDay(drill, day(10), day(11))).toBe(true);
    expect(exerciseFallsOnDay(drill, day(11), day(12))).toBe(false);
  });

  it('shows an exercise past midnight on both days, and one of several days on each', () => {
    const night = { startsAt: at(10, 22), endsAt: at(11, 2) };
    expect(exerciseFallsOnDay(night, day(10), day(11))).toBe(true);
    expect(exerciseFallsOnDay(night, day(11), day(12))).toBe(true);
    expect(exerciseFallsOnDay(night, day(12), day(13))).toBe(false);
    const week = { startsAt: at(7, 8), endsAt: at(9, 17) };
    expect([6, 7, 8, 9, 10].map((d) => exerciseFallsOnDay(week, day(d), day(d + 1)))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('shows an exercise without duration on the day it starts', () => {
    const moment = { startsAt: day(11), endsAt: day(11) };
    expect(exerciseFallsOnDay(moment, day(10), day(11))).toBe(false);
    expect(exerciseFallsOnDay(moment, day(11), day(12))).toBe(true);
  });
});
