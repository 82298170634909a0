import { deleteRecordPresence, deleteStaleRecordPresence, listRecordViewers, upsertRecordPresence } from '@srw/db';
import { PRESENCE_WINDOW_MS, type Actor, type LiveKind, type PresenceHeartbeat } from '@srw/domain';
import type { ServiceContext } from '../../context';
import { loadAssessmentAccess } from '../assessments/assessments-access';
import { loadDecisionAccess } from '../decisions/decisions-access';
import { loadGlossaryTermAccess } from '../glossary/glossary-access';
import { loadPlacementAccess } from '../placements/placements-access';
import { loadRecommendationAccess } from '../recommendations/recommendations-access';
import { loadExerciseAccess } from '../scenarios/exercises-access';
import { loadScenarioAccess } from '../scenarios/scenarios-access';
import { loadGroupAccess } from '../working-groups/working-groups-access';

/** Each kind's access loader: presence is kept and shown only for records the actor may read (NOT_FOUND otherwise). */
const readAccess: Record<LiveKind, (ctx: ServiceContext, actor: Actor, id: string) => Promise<unknown>> = {
  glossaryTerm: (ctx, actor, id) => loadGlossaryTermAccess(ctx.db, actor, id),
  decision: (ctx, actor, id) => loadDecisionAccess(ctx.db, ctx.classificationCeiling, actor, id),
  scenario: (ctx, actor, id) => loadScenarioAccess(ctx.db, actor, id),
  exercise: (ctx, actor, id) => loadExerciseAccess(ctx.db, actor, id),
  placement: (ctx, actor, id) => loadPlacementAccess(ctx.db, actor, id),
  recommendation: (ctx, actor, id) => loadRecommendationAccess(ctx.db, actor, id),
  assessment: (ctx, actor, id) => loadAssessmentAccess(ctx.db, actor, id),
  workingGroup: (ctx, actor, id) => loadGroupAccess(ctx.db, actor, id),
};

/**
 * "I have this record open": renews the actor's presence and answers who else
 * has it open now ("ook open bij: Sanne Visser"). Kept in PostgreSQL, so every
 * app instance sees the same people.
 */
export async function heartbeatPresence(ctx: ServiceContext, actor: Actor, input: PresenceHeartbeat, now = new Date()) {
  await readAccess[input.kind](ctx, actor, input.id);
  const since = new Date(now.getTime() - PRESENCE_WINDOW_MS);
  await upsertRecordPresence(ctx.db, { userId: actor.userId, recordKind: input.kind, recordId: input.id, at: now });
  // Sweep old heartbeats now and then (about one call in twenty), never on every call.
  if (Math.random() < 0.05) await deleteStaleRecordPresence(ctx.db, since);
  const viewers = await listRecordViewers(ctx.db, {
    recordKind: input.kind,
    recordId: input.id,
    since,
    exceptUserId: actor.userId,
  });
  return { viewers };
}

/** The page was left: the actor no longer counts as having the record open. */
export async function leavePresence(ctx: ServiceContext, actor: Actor, input: PresenceHeartbeat) {
  await deleteRecordPresence(ctx.db, { userId: actor.userId, recordKind: input.kind, recordId: input.id });
  return { ok: true as const };
}
