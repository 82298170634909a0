import { DomainError } from '../errors';
import { isArchivedGroupStatus } from '../working-groups/working-groups.rules';
import type { Actor, GroupRole } from './roles';

/**
 * Access rules for working groups. `groupRole` is the actor's role in the group
 * concerned, or null when the actor is not a member.
 */
export function isAdmin(actor: Actor): boolean {
  return actor.globalRole === 'admin';
}

/**
 * Management and admins read every group (and everything in it); everyone else
 * reads only the groups they belong to. The one place this is decided.
 */
export function readsEveryGroup(actor: Pick<Actor, 'globalRole'>): boolean {
  return actor.globalRole === 'admin' || actor.globalRole === 'management';
}

/** Management and admins read every group; others only the groups they belong to. */
export function canReadGroup(actor: Actor, groupRole: GroupRole | null): boolean {
  return readsEveryGroup(actor) || groupRole !== null;
}

export function canCreateGroup(actor: Actor): boolean {
  return readsEveryGroup(actor);
}

/** A chair edits the group and manages its members; admins may always step in. */
export function canManageGroup(actor: Actor, groupRole: GroupRole | null): boolean {
  return actor.globalRole === 'admin' || groupRole === 'chair';
}

/** The group roles that add content; a query filters on them (`inArray(memberships.role, contributingGroupRoles)`). */
export const contributingGroupRoles: readonly GroupRole[] = ['chair', 'member'];

/**
 * Editing content inside a group (scenarios, terms, decisions...) needs a working
 * role there: management reads everything but edits nothing unless also a member.
 */
export function canContributeToGroup(groupRole: GroupRole | null): boolean {
  return groupRole !== null && contributingGroupRoles.includes(groupRole);
}

/** A group as lists return it: the reader's role there and whether it is archived. */
export interface GroupWithMyRole {
  myRole: GroupRole | null;
  status: string;
}

/**
 * The groups a person can add content to: those where they hold a working role
 * and that are not archived. Forms offer exactly these.
 */
export function contributableGroups<G extends GroupWithMyRole>(groups: readonly G[]): G[] {
  return groups.filter((g) => canContributeToGroup(g.myRole) && !isArchivedGroupStatus(g.status));
}

/** The history of a group's records: its chairs, and admins (who see all history). */
export function canViewGroupAudit(actor: Actor, groupRole: GroupRole | null): boolean {
  return actor.globalRole === 'admin' || groupRole === 'chair';
}

export function canManageUsers(actor: Actor): boolean {
  return actor.globalRole === 'admin';
}

export function canViewAllAudit(actor: Actor): boolean {
  return actor.globalRole === 'admin';
}

/**
 * Unreadable groups answer NOT_FOUND rather than FORBIDDEN, so outsiders cannot
 * probe which groups exist.
 */
export function assertCanReadGroup(actor: Actor, groupRole: GroupRole | null): void {
  if (!canReadGroup(actor, groupRole)) throw new DomainError('NOT_FOUND');
}

export function assertCanManageGroup(actor: Actor, groupRole: GroupRole | null): void {
  assertCanReadGroup(actor, groupRole);
  if (!canManageGroup(actor, groupRole)) throw new DomainError('FORBIDDEN');
}

export function assertCanCreateGroup(actor: Actor): void {
  if (!canCreateGroup(actor)) throw new DomainError('FORBIDDEN');
}

export function assertCanManageUsers(actor: Actor): void {
  if (!canManageUsers(actor)) throw new DomainError('FORBIDDEN');
}

export function assertCanViewGroupAudit(actor: Actor, groupRole: GroupRole | null): void {
  assertCanReadGroup(actor, groupRole);
  if (!canViewGroupAudit(actor, groupRole)) throw new DomainError('FORBIDDEN');
}

export function assertCanViewAllAudit(actor: Actor): void {
  if (!canViewAllAudit(actor)) throw new DomainError('FORBIDDEN');
}
