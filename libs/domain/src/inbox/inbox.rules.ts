import { contributableGroups, isAdmin, readsEveryGroup, type GroupWithMyRole } from '../access/access.rules';
import { isSecondPerson, speaksForOrganisation } from '../access/acting.rules';
import type { Actor, GroupRole } from '../access/roles';
import { addDays, compareDates, type IsoDate } from '../common/calendar-date';
import { isDecisionClosed } from '../decisions/decisions.rules';
import type { DecisionOutcome, DecisionStatus } from '../decisions/decisions.constants';
import { isRetiredGlossaryStatus } from '../glossary/glossary.rules';
import type { GlossaryCommentKind, GlossaryCommentStatus, GlossaryTermStatus } from '../glossary/glossary.constants';
import { clearanceExpiryOf } from '../placements/placements.rules';
import type { AccessGrant } from '../placements/placements.schema';
import type { ClearanceLevel } from '../placements/placements.constants';
import { isOpenRecommendationStatus } from '../recommendations/recommendations.rules';
import type { RecommendationStatus } from '../recommendations/recommendations.constants';

/*
 * The inbox ("Voor mij"): what waits for a person or their organisation. It is
 * computed from the data on every read; these rules decide what counts and who
 * must act, the queries only narrow the candidates.
 */

/** Recommendations show up when overdue or due within this many days. */
export const RECOMMENDATION_DUE_WINDOW_DAYS = 14;
/** Review dates of terms and decisions: passed or within this many days. */
export const REVIEW_WINDOW_DAYS = 30;
/** Clearances and system access of placements: expired or expiring within this many days. */
export const ACCESS_EXPIRY_WINDOW_DAYS = 60;

/** The kind of record an inbox item points at. */
export const inboxRecordKinds = [
  'glossary_term',
  'glossary_comment',
  'decision',
  'placement',
  'placement_extension',
  'recommendation',
] as const;
export type InboxRecordKind = (typeof inboxRecordKinds)[number];

/** Why an item is in the inbox; the UI words each as `inbox.reasons.<reason>` with the item's parameters. */
export const inboxReasons = [
  'term_approval',
  'decision_sign_off',
  'placement_consent',
  'extension_consent',
  'recommendation_state',
  'recommendation_overdue',
  'recommendation_due_soon',
  'decision_legal_basis_changed',
  'review_date_passed',
  'review_date_soon',
  'clearance_expiring',
  'system_access_expiring',
  'open_question',
  'term_comment',
  'term_change_proposal',
] as const;
export type InboxReason = (typeof inboxReasons)[number];

/** Reasons that ask the person (or their organisation through them) to act: these can mail at once. */
export const actionInboxReasons: readonly InboxReason[] = [
  'term_approval',
  'decision_sign_off',
  'placement_consent',
  'extension_consent',
  'recommendation_state',
  'recommendation_overdue',
];

export function needsAction(reason: InboxReason): boolean {
  return actionInboxReasons.includes(reason);
}

export type InboxParams = Record<string, string | number>;

export interface InboxItem {
  /** Stable over reads: `<reason>:<record id>[:<detail>]`; a mail is sent once per key. */
  key: string;
  kind: InboxRecordKind;
  recordId: string;
  reason: InboxReason;
  params: InboxParams;
  title: string;
  groupId: string | null;
  /** Where to open it. */
  href: string;
  /** Since when it waits: an ISO instant or a calendar date. */
  since: string;
  needsAction: boolean;
}

export function inboxItem(fields: Omit<InboxItem, 'key' | 'needsAction'> & { detail?: string }): InboxItem {
  const { detail, ...rest } = fields;
  return {
    ...rest,
    key: [fields.reason, fields.recordId, ...(detail ? [detail] : [])].join(':'),
    needsAction: needsAction(fields.reason),
  };
}

/** Where each kind of inbox record opens. */
export function inboxHref(kind: InboxRecordKind, recordId: string, parentId: string | null = null): string {
  switch (kind) {
    case 'glossary_term':
      return `/begrippenlijst/${recordId}`;
    case 'glossary_comment':
      return `/begrippenlijst/${parentId ?? recordId}`;
    case 'decision':
      return `/afwegingskader/${recordId}`;
    case 'placement':
      return `/liaisons/${recordId}`;
    case 'placement_extension':
      return `/liaisons/${parentId ?? recordId}`;
    case 'recommendation':
      return `/aanbevelingen/${recordId}`;
  }
}

/** Most pressing first: action items, then by how long they wait. */
export function sortInboxItems(items: readonly InboxItem[]): InboxItem[] {
  return [...items].sort(
    (a, b) =>
      Number(b.needsAction) - Number(a.needsAction) || a.since.localeCompare(b.since) || a.key.localeCompare(b.key),
  );
}

// ---------------------------------------------------------------------------
// Whose work it is

/** The groups whose work comes to a person: those where they chair or work and that are not archived. */
export function inboxGroupIds<G extends GroupWithMyRole & { id: string }>(groups: readonly G[]): string[] {
  return contributableGroups(groups).map((g) => g.id);
}

/**
 * A record of a working group (or of none, then everyone signed in reads it) is
 * readable by its members, management and admins.
 */
export function readsGroupRecord(actor: Actor, groupId: string | null, groupRole: GroupRole | null): boolean {
  return groupId === null || readsEveryGroup(actor) || groupRole !== null;
}

/**
 * An organisation's consent to a placement or an extension waits for this person:
 * they speak for it as one of its own and did not propose or request it.
 */
export function mustConsentFor(
  actor: Actor,
  groupRole: GroupRole | null,
  organisationId: string,
  proposerId: string | null,
): boolean {
  return speaksForOrganisation(actor, groupRole, organisationId) && isSecondPerson(actor, proposerId);
}

/** An addressee's own state on a recommendation waits for this person when they speak for the organisation. */
export function mustRecordStateFor(actor: Actor, groupRole: GroupRole | null, organisationId: string): boolean {
  return speaksForOrganisation(actor, groupRole, organisationId);
}

// ---------------------------------------------------------------------------
// Dates

/** The last due date the inbox shows for recommendations (today + 14 days). */
export function recommendationDueHorizon(today: IsoDate): IsoDate {
  return addDays(today, RECOMMENDATION_DUE_WINDOW_DAYS);
}

export function reviewHorizon(today: IsoDate): IsoDate {
  return addDays(today, REVIEW_WINDOW_DAYS);
}

export function accessExpiryHorizon(today: IsoDate): IsoDate {
  return addDays(today, ACCESS_EXPIRY_WINDOW_DAYS);
}

/** Overdue, due soon, or neither (null) for an open recommendation. */
export function recommendationDueReason(
  recommendation: { dueDate: IsoDate | null; status: RecommendationStatus },
  today: IsoDate,
): 'recommendation_overdue' | 'recommendation_due_soon' | null {
  if (recommendation.dueDate === null || !isOpenRecommendationStatus(recommendation.status)) return null;
  if (compareDates(recommendation.dueDate, today) < 0) return 'recommendation_overdue';
  if (compareDates(recommendation.dueDate, recommendationDueHorizon(today)) <= 0) return 'recommendation_due_soon';
  return null;
}

/** A review date that has passed or comes within 30 days; null otherwise. */
export function reviewDateReason(
  reviewDate: IsoDate | null,
  today: IsoDate,
): 'review_date_passed' | 'review_date_soon' | null {
  if (reviewDate === null) return null;
  if (compareDates(reviewDate, today) < 0) return 'review_date_passed';
  if (compareDates(reviewDate, reviewHorizon(today)) <= 0) return 'review_date_soon';
  return null;
}

/** Terms still in use (not replaced or lapsed) have review dates that matter. */
export function termReviewMatters(status: GlossaryTermStatus): boolean {
  return !isRetiredGlossaryStatus(status);
}

/** Decisions that are not closed have review dates and legal-basis reviews that matter. */
export function decisionReviewMatters(status: DecisionStatus): boolean {
  return !isDecisionClosed(status);
}

export interface ExpiringAccess {
  kind: 'clearance' | 'access';
  system: string | null;
  expiresOn: IsoDate;
}

/** A placement's clearance and system access that expired or expire within 60 days. */
export function expiringAccessOf(
  placement: {
    clearanceLevel: ClearanceLevel;
    clearanceExpiresOn: IsoDate | null;
    accessGrants: readonly AccessGrant[];
  },
  today: IsoDate,
): ExpiringAccess[] {
  const horizon = accessExpiryHorizon(today);
  const found: ExpiringAccess[] = [];
  const clearance = clearanceExpiryOf(placement);
  if (clearance && compareDates(clearance, horizon) <= 0) {
    found.push({ kind: 'clearance', system: null, expiresOn: clearance });
  }
  for (const grant of placement.accessGrants) {
    if (grant.expiresOn && compareDates(grant.expiresOn, horizon) <= 0) {
      found.push({ kind: 'access', system: grant.system, expiresOn: grant.expiresOn });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------
// The states the candidate queries look for (named here, so no query decides with a literal)

/** A term waits for co-approval while voorgesteld. */
export const termAwaitingApprovalStatus: GlossaryTermStatus = 'voorgesteld';
/** A decision waits for sign-offs while voorgesteld. */
export const decisionAwaitingSignOffStatus: DecisionStatus = 'voorgesteld';
/** An open question is an UNCLEAR decision (closed ones are filtered by `isOpenQuestion`). */
export const openQuestionOutcome: DecisionOutcome = 'UNCLEAR';
/** Comments and change proposals wait for the maintaining group while open. */
export const openGlossaryCommentStatus: GlossaryCommentStatus = 'open';

/** A change proposal and a plain comment are told apart in the inbox. */
export function commentInboxReason(kind: GlossaryCommentKind): 'term_change_proposal' | 'term_comment' {
  return kind === 'proposal' ? 'term_change_proposal' : 'term_comment';
}

/** The outbox and the mails the local catcher caught are for admins. */
export function canViewMailLog(actor: Actor): boolean {
  return isAdmin(actor);
}
