import { DomainError } from '../errors';
import { formatDutchDate, type IsoDate } from '../common/calendar-date';
import { placementsErrors } from './placements.errors';

/** The register's `sourceReference` holds at most this many characters. */
const SOURCE_REFERENCE_MAX = 300;

/**
 * The short reference a recommendation made from a debrief lesson carries:
 * whose placement, where, and when, e.g.
 * "Debriefing liaisonplaatsing Jan Jansen bij Eenheid Oost, 1-3-2026 t/m 31-8-2026".
 */
export function lessonSourceReference(placement: {
  personName: string;
  hostUnit: string;
  startDate: IsoDate;
  endDate: IsoDate;
}): string {
  const period = `${formatDutchDate(placement.startDate)} t/m ${formatDutchDate(placement.endDate)}`;
  const reference = `Debriefing liaisonplaatsing ${placement.personName} bij ${placement.hostUnit}, ${period}`;
  if (reference.length <= SOURCE_REFERENCE_MAX) return reference;
  // Long names and units are cut in the middle; the period stays readable.
  const room = SOURCE_REFERENCE_MAX - period.length - 3;
  return `${reference.slice(0, room).trimEnd()}…, ${period}`;
}

export interface LessonPlan {
  /** Lessons kept word for word: same row (id, recommendation link), new position. */
  keep: { id: string; position: number }[];
  insert: { lesson: string; position: number }[];
  remove: string[];
}

/**
 * How a saved debrief changes the lessons. A lesson kept word for word keeps
 * its row, so the recommendation made from it still points at it (the register
 * links back by the lesson's id). A lesson that became a recommendation may not
 * be dropped or reworded.
 */
export function planLessons(
  previous: readonly { id: string; lesson: string; recommendationId: string | null }[],
  next: readonly string[],
): LessonPlan {
  // Converted lessons are matched first, so a duplicate text never strands them.
  const pool = [...previous].sort((a, b) => Number(b.recommendationId !== null) - Number(a.recommendationId !== null));
  const plan: LessonPlan = { keep: [], insert: [], remove: [] };
  next.forEach((lesson, position) => {
    const index = pool.findIndex((p) => p.lesson === lesson);
    const match = index >= 0 ? pool.splice(index, 1)[0] : undefined;
    if (match) plan.keep.push({ id: match.id, position });
    else plan.insert.push({ lesson, position });
  });
  if (pool.some((p) => p.recommendationId !== null))
    throw new DomainError(placementsErrors.LESSON_CONVERTED_LOCKED, { field: 'lessons' });
  plan.remove = pool.map((p) => p.id);
  return plan;
}

/** A lesson becomes one recommendation at most; an existing link is never replaced. */
export function assertLessonNotConverted(linkedRecommendation: { id: string } | null): void {
  if (linkedRecommendation) throw new DomainError(placementsErrors.LESSON_ALREADY_CONVERTED);
}
