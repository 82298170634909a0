import { findAssessment, type Executor, type FindOptions } from '@srw/db';
import {
  assertCanRecordAssessment,
  assertWorkingGroupEditable,
  DomainError,
  type Actor,
  type AssessmentRelation,
} from '@srw/domain';
import { loadGroupAccess, type GroupAccess } from '../working-groups/working-groups-access';

/** How the actor relates to a group's assessments, as the domain's permissions take it. */
export function assessmentRelationOf(access: GroupAccess): AssessmentRelation {
  return { groupRole: access.role, groupStatus: access.group.status };
}

/** An assessment with the actor's access to its group; NOT_FOUND when either is gone or the group unreadable. `lock` locks the row. */
export async function loadAssessmentAccess(db: Executor, actor: Actor, id: string, options: FindOptions = {}) {
  const assessment = await findAssessment(db, id, options);
  if (!assessment) throw new DomainError('NOT_FOUND');
  const access = await loadGroupAccess(db, actor, assessment.groupId);
  return { assessment, ...access };
}

/** The group's access, for whoever may record (and correct) its assessments now: NOT_FOUND, FORBIDDEN or GROUP_ARCHIVED otherwise. */
export function assertMayRecordAssessments(actor: Actor, access: GroupAccess): void {
  assertCanRecordAssessment(actor, access.role);
  assertWorkingGroupEditable(access.group.status);
}
