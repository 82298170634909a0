import { canContributeToGroup, canReadGroup, isAdmin } from '../access/access.rules';
import type { Actor, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import { assessmentsErrors } from './assessments.errors';
import { isArchivedGroupStatus } from '../working-groups/working-groups.rules';
import type { WorkingGroupStatus } from '../working-groups/working-groups.schema';

/** Group members and management read a group's assessments; chairs and members record them. */
export function canReadAssessments(actor: Actor, groupRole: GroupRole | null): boolean {
  return canReadGroup(actor, groupRole);
}

export function canRecordAssessment(actor: Actor, groupRole: GroupRole | null): boolean {
  return isAdmin(actor) || canContributeToGroup(groupRole);
}

export function assertCanRecordAssessment(actor: Actor, groupRole: GroupRole | null): void {
  if (!canReadAssessments(actor, groupRole)) throw new DomainError('NOT_FOUND');
  if (!canRecordAssessment(actor, groupRole)) throw new DomainError('FORBIDDEN');
}

/** How the actor relates to a group's assessments: their role in the group, the group's status and organisations. */
export interface AssessmentRelation {
  groupRole: GroupRole | null;
  groupStatus: WorkingGroupStatus;
  /** The organisations taking part in the group: the sides that score. */
  groupOrganisationIds: readonly string[];
}

/**
 * How the actor may score for one organisation: `own` for a member of the group
 * from that organisation in a contributing role, or management of that
 * organisation; `breakGlass` for an admin from elsewhere, who must write why;
 * null for everyone else. An organisation speaks only for itself.
 */
export type ScoringMode = 'own' | 'breakGlass';

export function scoringModeFor(actor: Actor, groupRole: GroupRole | null, organisationId: string): ScoringMode | null {
  const ownOrganisation = actor.organisationId === organisationId;
  if (ownOrganisation && (canContributeToGroup(groupRole) || actor.globalRole === 'management')) return 'own';
  if (isAdmin(actor)) return 'breakGlass';
  return null;
}

/** Refuses scoring for an organisation the actor does not speak for, and a break-glass without its written reason. */
export function assertMayScoreForOrganisation(
  actor: Actor,
  relation: AssessmentRelation,
  organisationId: string,
  breakGlassReason: string,
): ScoringMode {
  if (!canReadAssessments(actor, relation.groupRole)) throw new DomainError('NOT_FOUND');
  if (!relation.groupOrganisationIds.includes(organisationId)) {
    throw new DomainError(assessmentsErrors.ORGANISATION_NOT_IN_GROUP, { field: 'organisationId' });
  }
  const mode = scoringModeFor(actor, relation.groupRole, organisationId);
  if (mode === null) throw new DomainError(assessmentsErrors.NOT_OWN_ORGANISATION, { field: 'organisationId' });
  if (mode === 'breakGlass' && breakGlassReason.trim() === '') {
    throw new DomainError(assessmentsErrors.BREAK_GLASS_REASON_REQUIRED, { field: 'breakGlassReason' });
  }
  return mode;
}

/** Recording, editing and removing assessments stop when the group is archived. */
function recordsNow(actor: Actor, relation: AssessmentRelation): boolean {
  return canRecordAssessment(actor, relation.groupRole) && !isArchivedGroupStatus(relation.groupStatus);
}

/** What the actor may do in a group's samenwerkingsscan now: for which organisations they may score, and how. */
export interface AssessmentGroupPermissions {
  canRecord: boolean;
  scoreFor: { organisationId: string; mode: ScoringMode }[];
}

export function assessmentGroupPermissions(actor: Actor, relation: AssessmentRelation): AssessmentGroupPermissions {
  const scoreFor = isArchivedGroupStatus(relation.groupStatus)
    ? []
    : relation.groupOrganisationIds.flatMap((organisationId) => {
        const mode = scoringModeFor(actor, relation.groupRole, organisationId);
        return mode === null ? [] : [{ organisationId, mode }];
      });
  return { canRecord: scoreFor.length > 0, scoreFor };
}

/** What the actor may do to one assessment now. */
export interface AssessmentPermissions {
  canEdit: boolean;
  canDelete: boolean;
}

/** Any assessment of the group, old or new, is the group's recorders' to correct (the record's parameter keeps the shape of every `<entity>Permissions`). */
export function assessmentPermissions(
  actor: Actor,
  relation: AssessmentRelation,
  _assessment: { groupId: string },
): AssessmentPermissions {
  const records = recordsNow(actor, relation);
  return { canEdit: records, canDelete: records };
}
