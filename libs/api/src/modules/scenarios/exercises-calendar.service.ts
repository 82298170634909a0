import { listExercises, type ExerciseRow, type ExerciseSummary } from '@srw/db';
import { buildIcsCalendar, type Actor, type CalendarEvent, type Page } from '@srw/domain';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';

const icsStatus: Record<ExerciseRow['status'], CalendarEvent['status']> = {
  gepland: 'TENTATIVE',
  in_voorbereiding: 'CONFIRMED',
  uitgevoerd: 'CONFIRMED',
  geevalueerd: 'CONFIRMED',
  geannuleerd: 'CANCELLED',
};

/** An iCalendar file with every exercise of a group. */
export async function exportGroupCalendar(ctx: ServiceContext, actor: Actor, groupId: string) {
  const { group } = await loadGroupAccess(ctx.db, actor, groupId);
  const events: CalendarEvent[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<ExerciseSummary> = await listExercises(ctx.db, {
      userId: actor.userId,
      allGroups: true,
      groupId,
      cursor,
      limit: 100,
    });
    for (const e of page.items) {
      events.push({
        uid: `${e.id}@samenwerkingsruimte`,
        start: e.startsAt,
        end: e.endsAt,
        summary: e.title,
        description: `Scenario: ${e.scenarioTitle}`,
        location: e.location,
        status: icsStatus[e.status],
      });
    }
    cursor = page.nextCursor;
  } while (cursor);
  const slug =
    group.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'werkgroep';
  return {
    filename: `oefeningen-${slug}.ics`,
    content: buildIcsCalendar({ name: `Oefeningen – ${group.name}`, events }, new Date()),
  };
}
