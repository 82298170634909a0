import { calendarDateInNetherlands } from '../common/calendar-date';
import { DomainError } from '../errors';
import type { ExerciseStatus, ObservationKind, Rating } from './exercises.constants';
import { ratings } from './exercises.constants';
import { exercisesErrors } from './exercises.errors';
import { clockTimeInNetherlands } from './exercise-clock';

/**
 * gepland → in_voorbereiding → uitgevoerd → geevalueerd. Preparation can fall
 * back to planned; a planned or preparing exercise can be cancelled (with a
 * reason). Executed, evaluated and cancelled exercises are history.
 */
const allowedExerciseTransitions: Record<ExerciseStatus, readonly ExerciseStatus[]> = {
  gepland: ['in_voorbereiding', 'geannuleerd'],
  in_voorbereiding: ['gepland', 'uitgevoerd', 'geannuleerd'],
  uitgevoerd: ['geevalueerd'],
  geevalueerd: [],
  geannuleerd: [],
};

export function canTransitionExercise(from: ExerciseStatus, to: ExerciseStatus): boolean {
  return allowedExerciseTransitions[from].includes(to);
}

export function nextExerciseStatuses(from: ExerciseStatus): readonly ExerciseStatus[] {
  return allowedExerciseTransitions[from];
}

/** The exercise's start moment and now. */
export interface ExerciseDates {
  startsAt: Date;
  now: Date;
}

export interface ExerciseTransitionFacts extends ExerciseDates {
  cancellationReason: string;
  observationCount: number;
  /** Observations still without a Triad indicator. */
  observationsWithoutIndicator: number;
}

/**
 * The one date rule of the lifecycle: an exercise can be marked executed once it
 * has started (its start moment is now or past), not before.
 */
export function isExecutionDue(dates: ExerciseDates): boolean {
  return dates.startsAt.getTime() <= dates.now.getTime();
}

/**
 * The statuses to offer now: the allowed ones, without "uitgevoerd" before the
 * start moment and without "geevalueerd" while an observation lacks its indicator.
 */
export function availableExerciseStatuses(
  from: ExerciseStatus,
  dates: ExerciseDates,
  observationsWithoutIndicator = 0,
): ExerciseStatus[] {
  return nextExerciseStatuses(from).filter(
    (to) =>
      (to !== 'uitgevoerd' || isExecutionDue(dates)) && (to !== 'geevalueerd' || observationsWithoutIndicator === 0),
  );
}

/** The start moment when marking the exercise executed is allowed by the lifecycle but held back by the clock; otherwise null. */
export function executionHeldUntil(from: ExerciseStatus, dates: ExerciseDates): Date | null {
  return canTransitionExercise(from, 'uitgevoerd') && !isExecutionDue(dates) ? dates.startsAt : null;
}

/**
 * How many observations hold back "geevalueerd": the evaluation is complete only
 * when every observation has its Triad indicator. 0 when nothing holds it back
 * or the lifecycle does not allow the step anyway.
 */
export function evaluationHeldBy(from: ExerciseStatus, observationsWithoutIndicator: number): number {
  return canTransitionExercise(from, 'geevalueerd') ? observationsWithoutIndicator : 0;
}

/** Checks a status change with the facts it depends on. */
export function assertExerciseTransition(
  from: ExerciseStatus,
  to: ExerciseStatus,
  facts: ExerciseTransitionFacts,
): void {
  if (!canTransitionExercise(from, to)) throw new DomainError('INVALID_STATUS_TRANSITION', { field: 'status' });
  if (to === 'geannuleerd' && facts.cancellationReason.trim() === '') {
    throw new DomainError(exercisesErrors.CANCELLATION_REASON_REQUIRED, { field: 'cancellationReason' });
  }
  if (to === 'uitgevoerd' && !isExecutionDue(facts)) {
    throw new DomainError(exercisesErrors.EXERCISE_NOT_STARTED, {
      field: 'status',
      params: {
        startDate: calendarDateInNetherlands(facts.startsAt),
        startTime: clockTimeInNetherlands(facts.startsAt),
      },
    });
  }
  if (to === 'geevalueerd' && facts.observationCount === 0) {
    throw new DomainError(exercisesErrors.EVALUATION_NEEDS_OBSERVATIONS);
  }
  if (to === 'geevalueerd' && facts.observationsWithoutIndicator > 0) {
    throw new DomainError(exercisesErrors.EVALUATION_NEEDS_INDICATORS, {
      field: 'status',
      params: { count: facts.observationsWithoutIndicator },
    });
  }
}

/** Details, objectives, participants and injects change only before the exercise is held. */
export function isPlanningEditable(status: ExerciseStatus): boolean {
  return status === 'gepland' || status === 'in_voorbereiding';
}

export function assertPlanningEditable(status: ExerciseStatus): void {
  if (!isPlanningEditable(status)) throw new DomainError(exercisesErrors.EXERCISE_LOCKED);
}

/** The exercise is being held: its injects go out and ad-hoc ones are added until it is marked executed. */
export function isConductOpen(status: ExerciseStatus): boolean {
  return status === 'gepland' || status === 'in_voorbereiding';
}

export function assertConductOpen(status: ExerciseStatus): void {
  if (!isConductOpen(status)) throw new DomainError(exercisesErrors.CONDUCT_CLOSED);
}

/** Observations are written while the exercise is held and during its evaluation; the evaluation freezes them. */
export function areObservationsOpen(status: ExerciseStatus): boolean {
  return isConductOpen(status) || isEvaluationOpen(status);
}

export function assertObservationsOpen(status: ExerciseStatus): void {
  if (!areObservationsOpen(status)) throw new DomainError(exercisesErrors.EVALUATION_CLOSED);
}

/** A cancelled exercise keeps its reason and is shown struck through. */
export function isCancelledExercise(status: ExerciseStatus): boolean {
  return status === 'geannuleerd';
}

/** The exercise has been held: its evaluation has started or is done. */
export function hasBeenExecuted(status: ExerciseStatus): boolean {
  return status === 'uitgevoerd' || status === 'geevalueerd';
}

export function isEvaluationOpen(status: ExerciseStatus): boolean {
  return status === 'uitgevoerd';
}

export function assertEvaluationOpen(status: ExerciseStatus): void {
  if (!isEvaluationOpen(status)) throw new DomainError(exercisesErrors.EVALUATION_CLOSED);
}

/** Improvement actions are follow-up: they stay open after the evaluation. */
export function areActionsOpen(status: ExerciseStatus): boolean {
  return status === 'uitgevoerd' || status === 'geevalueerd';
}

export function assertActionsOpen(status: ExerciseStatus): void {
  if (!areActionsOpen(status)) throw new DomainError(exercisesErrors.ACTIONS_CLOSED);
}

export function assertEndAfterStart(startsAt: Date, endsAt: Date): void {
  if (endsAt.getTime() < startsAt.getTime())
    throw new DomainError(exercisesErrors.END_BEFORE_START, { field: 'endsAt' });
}

/** Participants and planners are members of the exercise's group. */
export function assertPeopleInGroup(userIds: readonly string[], memberUserIds: readonly string[], field: string): void {
  if (userIds.some((id) => !memberUserIds.includes(id)))
    throw new DomainError(exercisesErrors.NOT_A_GROUP_MEMBER, { field });
}

/** One participant count per organisation. */
export function assertOneCountPerOrganisation(counts: readonly { organisationId: string }[]): void {
  if (new Set(counts.map((c) => c.organisationId)).size !== counts.length)
    throw new DomainError('VALIDATION', { field: 'participantCounts' });
}

// ---- Ratings -------------------------------------------------------------

/** Higher is worse: P 0, S 1, M 2, U 3. */
export function ratingSeverity(rating: Rating): number {
  return ratings.indexOf(rating);
}

/**
 * A strength was performed without or with some challenges (P, S); an area for
 * improvement had challenges or could not be performed (S, M, U).
 */
export function ratingFitsKind(rating: Rating, kind: ObservationKind): boolean {
  return kind === 'strength' ? rating === 'P' || rating === 'S' : rating !== 'P';
}

export function assertRatingFitsKind(rating: Rating, kind: ObservationKind): void {
  if (!ratingFitsKind(rating, kind)) throw new DomainError(exercisesErrors.RATING_DOES_NOT_FIT, { field: 'rating' });
}

/** An objective is rated by its worst observation; unrated while it has none. */
export function objectiveRating(observationRatings: readonly Rating[]): Rating | null {
  let worst: Rating | null = null;
  for (const rating of observationRatings) {
    if (worst === null || ratingSeverity(rating) > ratingSeverity(worst)) worst = rating;
  }
  return worst;
}

export function countRatings(observationRatings: readonly Rating[]): Record<Rating, number> {
  const counts: Record<Rating, number> = { P: 0, S: 0, M: 0, U: 0 };
  for (const rating of observationRatings) counts[rating] += 1;
  return counts;
}

/** Only an area for improvement leads to an improvement action. */
export function canHaveActions(kind: ObservationKind): boolean {
  return kind === 'improvement';
}

export function assertActionFromImprovement(kind: ObservationKind): void {
  if (!canHaveActions(kind))
    throw new DomainError(exercisesErrors.ACTION_NEEDS_IMPROVEMENT, { field: 'observationId' });
}

/** An observation with improvement actions stays an area for improvement. */
export function assertKindKeepsActions(kind: ObservationKind, actionCount: number): void {
  if (!canHaveActions(kind) && actionCount > 0)
    throw new DomainError(exercisesErrors.ACTION_NEEDS_IMPROVEMENT, { field: 'kind' });
}

/** An observation or improvement action becomes a recommendation once, and only while actions are open. */
export function canBecomeRecommendation(status: ExerciseStatus, recommendationId: string | null): boolean {
  return areActionsOpen(status) && recommendationId === null;
}

export function assertActionRecommendable(status: ExerciseStatus, recommendationId: string | null): void {
  assertActionsOpen(status);
  if (recommendationId !== null) throw new DomainError(exercisesErrors.ACTION_ALREADY_RECOMMENDED);
}

/** An improvement action that became a recommendation stays, so the recommendation keeps its source. */
export function isActionRemovable(recommendationId: string | null): boolean {
  return recommendationId === null;
}

export function assertActionRemovable(recommendationId: string | null): void {
  if (!isActionRemovable(recommendationId)) throw new DomainError(exercisesErrors.RECOMMENDED_ACTION_LOCKED);
}

/**
 * An observation is saved on the day without a Triad indicator if need be; it is
 * complete once it has one.
 */
export function hasIndicator(observation: { conditionId: string | null }): boolean {
  return observation.conditionId !== null;
}

export function countObservationsWithoutIndicator(observations: readonly { conditionId: string | null }[]): number {
  return observations.filter((o) => !hasIndicator(o)).length;
}

/**
 * An observation becomes a recommendation once, only while actions are open, and
 * only with its Triad indicator: the recommendation takes it over, and the
 * register and dashboard count recommendations per Triad condition.
 */
export function isObservationRecommendable(
  status: ExerciseStatus,
  observation: { recommendationId: string | null; conditionId: string | null },
): boolean {
  return canBecomeRecommendation(status, observation.recommendationId) && hasIndicator(observation);
}

export function assertObservationRecommendable(
  status: ExerciseStatus,
  observation: { recommendationId: string | null; conditionId: string | null },
): void {
  assertActionsOpen(status);
  if (observation.recommendationId !== null) throw new DomainError(exercisesErrors.OBSERVATION_ALREADY_RECOMMENDED);
  if (!hasIndicator(observation))
    throw new DomainError(exercisesErrors.OBSERVATION_NEEDS_INDICATOR, { field: 'conditionId' });
}

/**
 * An observation that became a recommendation stays, as its source; and removing
 * an observation removes its actions, so not while any of them became one either.
 */
export function isObservationRemovable(recommendedActionCount: number, recommendationId: string | null): boolean {
  return recommendationId === null && recommendedActionCount === 0;
}

export function assertObservationRemovable(recommendedActionCount: number, recommendationId: string | null): void {
  if (!isObservationRemovable(recommendedActionCount, recommendationId))
    throw new DomainError(exercisesErrors.OBSERVATION_HAS_RECOMMENDATIONS);
}

/** The Triad category ("1" willen, "2" kunnen, "3" mogen, "4" effect) of a condition id. */
export function triadCategoryOf(conditionId: string): string {
  return conditionId.split('.')[0] ?? conditionId;
}

/**
 * Items per Triad category in the model's order; those without an indicator yet
 * come last, as one group with category `null` ("nog zonder indicator").
 */
export function groupByTriadCategory<T extends { conditionId: string | null }>(
  items: readonly T[],
): { category: string | null; items: T[] }[] {
  const groups = new Map<string, T[]>();
  const withoutIndicator: T[] = [];
  for (const item of items) {
    if (item.conditionId === null) {
      withoutIndicator.push(item);
      continue;
    }
    const category = triadCategoryOf(item.conditionId);
    const list = groups.get(category) ?? [];
    list.push(item);
    groups.set(category, list);
  }
  const grouped: { category: string | null; items: T[] }[] = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([category, list]) => ({ category, items: list }));
  return withoutIndicator.length > 0 ? [...grouped, { category: null, items: withoutIndicator }] : grouped;
}

// ---- Inject ordering -----------------------------------------------------

export interface OrderedInject {
  id: string;
  position: number;
}

/** The position a new inject gets: after the last one. */
export function nextInjectPosition(positions: readonly number[]): number {
  return positions.length === 0 ? 1 : Math.max(...positions) + 1;
}

/**
 * A reorder names every inject of the exercise exactly once; anything else means
 * the caller worked from an outdated list.
 */
export function assertIsPermutation(requestedIds: readonly string[], currentIds: readonly string[]): void {
  const requested = new Set(requestedIds);
  const same =
    requested.size === requestedIds.length &&
    requestedIds.length === currentIds.length &&
    currentIds.every((id) => requested.has(id));
  if (!same) throw new DomainError(exercisesErrors.INJECT_ORDER_MISMATCH, { field: 'injectIds' });
}

/** New positions 1..n in the requested order. */
export function positionsFor(orderedIds: readonly string[]): OrderedInject[] {
  return orderedIds.map((id, index) => ({ id, position: index + 1 }));
}

/** Moves one inject up or down (keyboard reordering); at either end it stays put. */
export function moveInject(orderedIds: readonly string[], id: string, direction: 'up' | 'down'): string[] {
  const result = [...orderedIds];
  const index = result.indexOf(id);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= result.length) return result;
  const moving = result[index];
  const other = result[target];
  if (moving === undefined || other === undefined) return result;
  result[index] = other;
  result[target] = moving;
  return result;
}

/** Offsets that go back in time compared with the inject before them (shown as a warning). */
export function injectsOutOfTimeOrder(injects: readonly { id: string; offsetMinutes: number }[]): string[] {
  const outOfOrder: string[] = [];
  for (let i = 1; i < injects.length; i++) {
    const previous = injects[i - 1];
    const current = injects[i];
    if (previous && current && current.offsetMinutes < previous.offsetMinutes) outOfOrder.push(current.id);
  }
  return outOfOrder;
}

/** "T+01:30" for 90 minutes; days shown when the offset passes 24 hours. */
export function formatOffset(offsetMinutes: number): string {
  const days = Math.floor(offsetMinutes / (24 * 60));
  const hours = Math.floor((offsetMinutes % (24 * 60)) / 60);
  const minutes = offsetMinutes % 60;
  const hhmm = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  return days > 0 ? `T+${days}d ${hhmm}` : `T+${hhmm}`;
}

/**
 * Whether an exercise shows on a calendar day [dayStart, dayEnd). Its end is
 * exclusive: a drill from 20:00 to 00:00 ends as the next day begins and does
 * not show on that day. An exercise without duration shows on the day it starts.
 */
export function exerciseFallsOnDay(exercise: { startsAt: Date; endsAt: Date }, dayStart: Date, dayEnd: Date): boolean {
  if (exercise.startsAt >= dayEnd) return false;
  return exercise.endsAt > dayStart || exercise.startsAt >= dayStart;
}
