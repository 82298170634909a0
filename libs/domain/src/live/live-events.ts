import { z } from 'zod';
import { readsEveryGroup } from '../access/access.rules';
import type { Actor } from '../access/roles';

/**
 * Live updates (issue 15): the database announces every change of a record
 * table on the channel `srw_changes` (a trigger, see migration
 * `live_change_notify`), with ids only. The server maps each notification to a
 * record kind and id, the "topic" a page listens to; the page refetches what
 * it shows through tRPC, with its reader's own rights, so nothing but ids ever
 * travels on the stream.
 */
export const LIVE_CHANNEL = 'srw_changes';

export const liveKinds = [
  'glossaryTerm',
  'decision',
  'scenario',
  'exercise',
  'placement',
  'recommendation',
  'assessment',
  'workingGroup',
] as const;
export type LiveKind = (typeof liveKinds)[number];

/** Every table the trigger watches, and the kind of record its rows belong to. */
export const liveTableKinds = {
  glossary_terms: 'glossaryTerm',
  glossary_definitions: 'glossaryTerm',
  glossary_comments: 'glossaryTerm',
  glossary_approvals: 'glossaryTerm',
  glossary_relations: 'glossaryTerm',
  decisions: 'decision',
  decision_sign_offs: 'decision',
  decision_organisations: 'decision',
  decision_legal_bases: 'decision',
  decision_sharing_rules: 'decision',
  decision_test_links: 'decision',
  scenarios: 'scenario',
  scenario_perspectives: 'scenario',
  exercises: 'exercise',
  exercise_objectives: 'exercise',
  exercise_injects: 'exercise',
  exercise_observations: 'exercise',
  improvement_actions: 'exercise',
  placements: 'placement',
  placement_consents: 'placement',
  placement_extensions: 'placement',
  placement_lessons: 'placement',
  recommendations: 'recommendation',
  recommendation_addressees: 'recommendation',
  recommendation_events: 'recommendation',
  condition_assessments: 'assessment',
  condition_assessment_scores: 'assessment',
  condition_assessment_contributions: 'assessment',
  working_groups: 'workingGroup',
  working_group_organisations: 'workingGroup',
  memberships: 'workingGroup',
} as const satisfies Record<string, LiveKind>;
export type LiveTable = keyof typeof liveTableKinds;

/** What the trigger sends: table, record id (the parent record for a child row), group, actor, operation. */
const changeNotificationSchema = /* @__PURE__ */ (() =>
  z.object({
    t: z.string(),
    id: z.string().nullable(),
    g: z.string().nullable(),
    a: z.string().nullable(),
    op: z.enum(['I', 'U', 'D']),
  }))();
export type ChangeNotification = z.infer<typeof changeNotificationSchema>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One change of a record as a page sees it: its kind and id, its group, and who made it. */
export interface LiveEvent {
  kind: LiveKind;
  /** The record; null for a signal that only says "a list of this kind changed". */
  id: string | null;
  groupId: string | null;
  actorId: string | null;
}

function isLiveTable(table: string): table is LiveTable {
  return Object.hasOwn(liveTableKinds, table);
}

function uuidOrNull(value: string | null): string | null {
  return value !== null && uuidPattern.test(value) ? value : null;
}

/** The event of a notification payload; null for anything that is not one of ours. */
export function liveEventFromNotification(payload: string): LiveEvent | null {
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = changeNotificationSchema.safeParse(raw);
  if (!parsed.success || !isLiveTable(parsed.data.t)) return null;
  return {
    kind: liveTableKinds[parsed.data.t],
    id: uuidOrNull(parsed.data.id),
    groupId: uuidOrNull(parsed.data.g),
    actorId: uuidOrNull(parsed.data.a),
  };
}

/** The topic a page subscribes to: `decision` (the list) or `decision:<id>` (one record). */
export function liveTopic(kind: LiveKind, id?: string | null): string {
  return id ? `${kind}:${id}` : kind;
}

/**
 * What one reader is told of an event. A change inside a group the reader
 * cannot read is reduced to "a list of this kind changed" (no id, no group, no
 * actor), so the stream does not even reveal which records of other groups
 * move or who moves them; the reader's lists refetch and show what they may.
 */
export function liveEventForReader(
  event: LiveEvent,
  reader: Pick<Actor, 'globalRole'>,
  readerGroupIds: ReadonlySet<string>,
): LiveEvent {
  if (event.groupId === null || readsEveryGroup(reader) || readerGroupIds.has(event.groupId)) return event;
  return { kind: event.kind, id: null, groupId: null, actorId: null };
}

/** A page's heartbeat: "I have this record open". */
export const presenceHeartbeatSchema = /* @__PURE__ */ (() =>
  z.object({
    kind: z.enum(liveKinds),
    id: z.uuid(),
  }))();
export type PresenceHeartbeat = z.infer<typeof presenceHeartbeatSchema>;

/** How often an open page renews its presence, and after how long without a heartbeat it no longer counts. */
export const PRESENCE_HEARTBEAT_MS = 15_000;
export const PRESENCE_WINDOW_MS = 40_000;
