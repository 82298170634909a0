import { canContributeToGroup, canReadGroup, isAdmin } from '../access/access.rules';
import type { Actor, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
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

/** How the actor relates to a group's assessments: their role in the group, and the group's status. */
export interface AssessmentRelation {
  groupRole: GroupRole | null;
  groupStatus: WorkingGroupStatus;
}

/** Recording, editing and removing assessments stop when the group is archived. */
function recordsNow(actor: Actor, relation: AssessmentRelation): boolean {
  return canRecordAssessment(actor, relation.groupRole) && !isArchivedGroupStatus(relation.groupStatus);
}

/** What the actor may do in a group's samenwerkingsscan now. */
export interface AssessmentGroupPermissions {
  canRecord: boolean;
}

export function assessmentGroupPermissions(actor: Actor, relation: AssessmentRelation): AssessmentGroupPermissions {
  return { canRecord: recordsNow(actor, relation) };
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
