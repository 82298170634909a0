import { findAssessment, findGroupOrganisations, type Executor, type FindOptions } from '@srw/db';
import {
  assertCanRecordAssessment,
  assertMayScoreForOrganisation,
  assertWorkingGroupEditable,
  DomainError,
  type Actor,
  type AssessmentRelation,
} from '@srw/domain';
import { loadGroupAccess, type GroupAccess } from '../working-groups/working-groups-access';

/** A group's access together with the organisations that take part in it (the sides that score). */
export type AssessmentGroupAccess = GroupAccess & { organisations: { id: string; code: string; name: string }[] };

/** How the actor relates to a group's assessments, as the domain's permissions take it. */
export function assessmentRelationOf(access: AssessmentGroupAccess): AssessmentRelation {
  return {
    groupRole: access.role,
    groupStatus: access.group.status,
    groupOrganisationIds: access.organisations.map((o) => o.id),
  };
}

/** The group's access and its organisations; NOT_FOUND when the group is gone or unreadable. */
export async function loadAssessmentGroupAccess(
  db: Executor,
  actor: Actor,
  groupId: string,
  options: FindOptions = {},
): Promise<AssessmentGroupAccess> {
  const access = await loadGroupAccess(db, actor, groupId, options);
  return { ...access, organisations: await findGroupOrganisations(db, groupId) };
}

/** An assessment with the actor's access to its group; NOT_FOUND when either is gone or the group unreadable. `lock` locks the row. */
export async function loadAssessmentAccess(db: Executor, actor: Actor, id: string, options: FindOptions = {}) {
  const assessment = await findAssessment(db, id, options);
  if (!assessment) throw new DomainError('NOT_FOUND');
  const access = await loadAssessmentGroupAccess(db, actor, assessment.groupId);
  return { assessment, ...access };
}

/** The group's access, for whoever may correct (remove) its rounds now: NOT_FOUND, FORBIDDEN or GROUP_ARCHIVED otherwise. */
export function assertMayRecordAssessments(actor: Actor, access: GroupAccess): void {
  assertCanRecordAssessment(actor, access.role);
  assertWorkingGroupEditable(access.group.status);
}

/**
 * The group's access, for whoever may score for this organisation now: NOT_FOUND,
 * NOT_OWN_ORGANISATION, BREAK_GLASS_REASON_REQUIRED, ORGANISATION_NOT_IN_GROUP or
 * GROUP_ARCHIVED otherwise.
 */
export function assertMayScoreFor(
  actor: Actor,
  access: AssessmentGroupAccess,
  input: { organisationId: string; breakGlassReason: string },
) {
  const mode = assertMayScoreForOrganisation(
    actor,
    assessmentRelationOf(access),
    input.organisationId,
    input.breakGlassReason,
  );
  assertWorkingGroupEditable(access.group.status);
  return mode;
}
