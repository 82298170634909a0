import {
  contributableGroups,
  canContributeToGroup,
  readsEveryGroup,
  type GroupWithMyRole,
} from '../access/access.rules';
import type { Actor, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import { isArchivedGroupStatus } from '../working-groups/working-groups.rules';
import type { ConsentRecord } from '../access/acting.rules';
import {
  awaitsPlacementConsent,
  consentPermissions,
  type ConsentPermissions,
  type PlacementParties,
} from './placement-consents.rules';
import { acceptsExtensions, canOverrideExtensionDeadline } from './placement-extensions.rules';
import { canTransitionPlacement, isClosedStatus, isPeriodEditable } from './placements.rules';
import type { PlacementStatus } from './placements.constants';

/** How the actor relates to one placement. */
export interface PlacementRelation {
  /** The actor's role in the placement's working group, if it has one. */
  groupRole: GroupRole | null;
  /** The actor is the person placed. */
  isPerson: boolean;
  /** The actor proposed it. */
  isProposer: boolean;
}

/** Management and admins see all; others the placements of their groups and their own. */
export function canReadPlacement(actor: Actor, relation: PlacementRelation): boolean {
  return readsEveryGroup(actor) || relation.groupRole !== null || relation.isPerson || relation.isProposer;
}

/**
 * The lifecycle steps after approval (activate, complete, abort) are for admins,
 * management and the chair of the linked group. Approval itself is the two
 * organisations' consent (`placement-consents.rules.ts`).
 */
export function canApprovePlacement(actor: Actor, relation: PlacementRelation): boolean {
  return readsEveryGroup(actor) || relation.groupRole === 'chair';
}

/** Details are kept up to date by approvers, working members of the group, the proposer and the person. */
export function canEditPlacement(actor: Actor, relation: PlacementRelation): boolean {
  return (
    canApprovePlacement(actor, relation) ||
    canContributeToGroup(relation.groupRole) ||
    relation.isPerson ||
    relation.isProposer
  );
}

/**
 * Proposing: admins and management for anyone; inside a group its chair and
 * members; without a group, a user for themselves.
 */
export function canProposePlacement(
  actor: Actor,
  target: { groupRole: GroupRole | null; hasGroup: boolean; isSelf: boolean },
): boolean {
  if (readsEveryGroup(actor)) return true;
  if (target.hasGroup) return canContributeToGroup(target.groupRole);
  return target.isSelf;
}

export function assertCanReadPlacement(actor: Actor, relation: PlacementRelation): void {
  if (!canReadPlacement(actor, relation)) throw new DomainError('NOT_FOUND');
}

export function assertCanApprovePlacement(actor: Actor, relation: PlacementRelation): void {
  assertCanReadPlacement(actor, relation);
  if (!canApprovePlacement(actor, relation)) throw new DomainError('FORBIDDEN');
}

export function assertCanEditPlacement(actor: Actor, relation: PlacementRelation): void {
  assertCanReadPlacement(actor, relation);
  if (!canEditPlacement(actor, relation)) throw new DomainError('FORBIDDEN');
}

/**
 * The groups a placement form offers to link: every open group to management
 * and admins (who may propose in any), else the open groups the person works
 * in. A group already linked stays on offer, so an edit form shows it.
 */
export function placementGroupChoices<G extends GroupWithMyRole & { id: string }>(
  actor: Pick<Actor, 'globalRole'>,
  groups: readonly G[],
  linkedGroupId: string | null = null,
): G[] {
  const open = readsEveryGroup(actor)
    ? groups.filter((g) => !isArchivedGroupStatus(g.status))
    : contributableGroups(groups);
  const linked = groups.find((g) => g.id === linkedGroupId);
  return linked && !open.includes(linked) ? [...open, linked] : open;
}

/** The placement as its permissions need it. */
export interface PlacementPermissionRecord extends PlacementParties {
  status: PlacementStatus;
  /** Who proposed it: they may not consent to it. */
  createdBy: string | null;
  /** The consents given so far. */
  consents: readonly ConsentRecord[];
  groupId: string | null;
  /** The linked group's status, null without a group. */
  groupStatus: string | null;
  /** An extension request is waiting for a decision. */
  pendingExtension: boolean;
  /** Today is on or before the notice deadline for an extension request. */
  extensionOnTime: boolean;
}

/** What this person may do to this placement now; the detail page renders its buttons from it. */
export interface PlacementPermissions extends ConsentPermissions {
  canEdit: boolean;
  /** The period itself (start and end date) can still change; later it moves only by an extension. */
  canEditPeriod: boolean;
  /** May give (an) organisation's consent now; approval follows when both consented. */
  canConsent: boolean;
  canActivate: boolean;
  canComplete: boolean;
  canAbort: boolean;
  canRequestExtension: boolean;
  canOverrideExtensionDeadline: boolean;
  canDebrief: boolean;
}

export function placementPermissions(
  actor: Actor,
  relation: PlacementRelation,
  placement: PlacementPermissionRecord,
): PlacementPermissions {
  const approver = canApprovePlacement(actor, relation);
  const editor = canEditPlacement(actor, relation);
  const closed = isClosedStatus(placement.status);
  const step = (to: PlacementStatus) => approver && canTransitionPlacement(placement.status, to);
  const consent = consentPermissions(
    actor,
    relation.groupRole,
    placement,
    placement.createdBy,
    placement.consents,
    awaitsPlacementConsent(placement.status),
  );
  return {
    ...consent,
    canEdit: editor && !closed,
    canEditPeriod: editor && isPeriodEditable(placement.status),
    canConsent: consent.consentFor.length + consent.consentOnBehalfFor.length > 0,
    canActivate: step('actief'),
    canComplete: step('afgerond'),
    canAbort: step('afgebroken'),
    // After the notice deadline a request can only fail, except for an admin (with a reason): it is not offered.
    canRequestExtension:
      editor &&
      acceptsExtensions(placement.status) &&
      !placement.pendingExtension &&
      (placement.extensionOnTime || canOverrideExtensionDeadline(actor)),
    canOverrideExtensionDeadline: canOverrideExtensionDeadline(actor),
    canDebrief: editor && closed,
  };
}
