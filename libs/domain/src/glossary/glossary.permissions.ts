import { canContributeToGroup, readsEveryGroup } from '../access/access.rules';
import type { Actor, GroupRole } from '../access/roles';
import type { Classification } from '../common/classification';
import { DomainError } from '../errors';
import { glossaryErrors } from './glossary.errors';
import { isRetiredGlossaryStatus, type ApprovalRecord } from './glossary.rules';
import type { GlossaryTermStatus } from './glossary.constants';

// ---------------------------------------------------------------------------
// Reading and editing

/**
 * Everyone signed in reads unclassified terms. A term marked above
 * ONGERUBRICEERD is need-to-know: the maintaining group, management and admins.
 */
export function canReadGlossaryTerm(
  actor: Actor,
  classification: Classification,
  groupRole: GroupRole | null,
): boolean {
  return canReadGlossaryTermAsMember(actor, classification, groupRole !== null);
}

/** The same rule when only membership of the maintaining group is known (any role). */
export function canReadGlossaryTermAsMember(
  actor: Actor,
  classification: Classification,
  memberOfMaintainingGroup: boolean,
): boolean {
  if (classification === 'ONGERUBRICEERD') return true;
  return readsEveryGroup(actor) || memberOfMaintainingGroup;
}

export function assertCanReadGlossaryTerm(
  actor: Actor,
  classification: Classification,
  groupRole: GroupRole | null,
): void {
  if (!canReadGlossaryTerm(actor, classification, groupRole)) throw new DomainError('NOT_FOUND');
}

/** Chairs and members of the maintaining group edit and approve; observers and others only read and comment. */
export function canEditGlossaryTerm(groupRole: GroupRole | null): boolean {
  return canContributeToGroup(groupRole);
}

export function assertCanEditGlossaryTerm(groupRole: GroupRole | null): void {
  if (!canEditGlossaryTerm(groupRole)) throw new DomainError('FORBIDDEN');
}

// ---------------------------------------------------------------------------
// Co-approval

export interface ApprovalAttempt {
  status: GlossaryTermStatus;
  groupRole: GroupRole | null;
  actorOrganisationId: string;
  requiredOrganisationIds: readonly string[];
  approvals: readonly ApprovalRecord[];
  currentRevision: number;
}

/** Returns null when the actor may approve, else the reason they may not. */
export function approvalRefusal(
  attempt: ApprovalAttempt,
): 'FORBIDDEN' | 'NOT_APPROVABLE' | 'ORGANISATION_NOT_INVOLVED' | 'ALREADY_APPROVED' | null {
  if (!canEditGlossaryTerm(attempt.groupRole)) return 'FORBIDDEN';
  if (attempt.status !== 'voorgesteld') return 'NOT_APPROVABLE';
  if (
    attempt.requiredOrganisationIds.length > 0 &&
    !attempt.requiredOrganisationIds.includes(attempt.actorOrganisationId)
  ) {
    return 'ORGANISATION_NOT_INVOLVED';
  }
  const done = attempt.approvals.some(
    (a) => a.revision === attempt.currentRevision && a.organisationId === attempt.actorOrganisationId,
  );
  return done ? 'ALREADY_APPROVED' : null;
}

export function canApproveGlossaryTerm(attempt: ApprovalAttempt): boolean {
  return approvalRefusal(attempt) === null;
}

export function assertCanApproveGlossaryTerm(attempt: ApprovalAttempt): void {
  const refusal = approvalRefusal(attempt);
  if (refusal === null) return;
  if (refusal === 'FORBIDDEN') throw new DomainError('FORBIDDEN');
  throw new DomainError(glossaryErrors[refusal]);
}

// ---------------------------------------------------------------------------
// Permissions as data

/** The actor's footing towards one term. */
export interface GlossaryTermRelation {
  /** The actor's role in the maintaining group; null when not a member. */
  role: GroupRole | null;
  /** Whether the maintaining group is archived: then the term no longer changes. */
  groupArchived: boolean;
}

/** What of a term its permissions look at. */
export interface GlossaryTermPermissionRef {
  status: GlossaryTermStatus;
  definitionRevision: number;
  /** The organisations whose approval the current revision needs, and every approval given. */
  requiredOrganisationIds: readonly string[];
  approvals: readonly ApprovalRecord[];
}

/** What the actor may do to a term now; the term page shows exactly these actions. */
export interface GlossaryTermPermissions {
  canEdit: boolean;
  canChangeStatus: boolean;
  canApprove: boolean;
  /** Everyone who reads a term may comment on it or propose a change. */
  canComment: boolean;
  canResolveComments: boolean;
}

export function glossaryPermissions(
  actor: Actor,
  relation: GlossaryTermRelation,
  term: GlossaryTermPermissionRef,
): GlossaryTermPermissions {
  const works = canEditGlossaryTerm(relation.role) && !relation.groupArchived;
  return {
    canEdit: works && !isRetiredGlossaryStatus(term.status),
    canChangeStatus: works,
    canApprove: works && canApproveGlossaryTerm(approvalAttemptOf(actor, relation, term)),
    canComment: true,
    canResolveComments: works,
  };
}

/** The actor's approval of the term's current revision, as the approval rules see it. */
export function approvalAttemptOf(
  actor: Actor,
  relation: Pick<GlossaryTermRelation, 'role'>,
  term: GlossaryTermPermissionRef,
): ApprovalAttempt {
  return {
    status: term.status,
    groupRole: relation.role,
    actorOrganisationId: actor.organisationId,
    requiredOrganisationIds: term.requiredOrganisationIds,
    approvals: term.approvals,
    currentRevision: term.definitionRevision,
  };
}
