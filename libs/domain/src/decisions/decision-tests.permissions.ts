import { readsEveryGroup } from '../access/access.rules';
import type { Actor, GroupRole } from '../access/roles';
import { DomainError } from '../errors';
import { canEditDecision } from './decisions.permissions';

/** The actor's footing in one of the two groups a test link joins. */
export interface TestLinkGroup {
  role: GroupRole | null;
  archived: boolean;
}

/**
 * Recording (or removing) that a decision was tested is for the chairs and members
 * of either group: the decision's, or the one that ran the scenario or exercise
 * (which may test another group's vastgesteld decision). An archived group no
 * longer counts; `target` is null when the scenario/exercise no longer exists.
 */
export function canRecordDecisionTest(decisionGroup: TestLinkGroup, target: TestLinkGroup | null): boolean {
  return [decisionGroup, target].some((group) => group !== null && canEditDecision(group.role) && !group.archived);
}

export function assertCanRecordDecisionTest(decisionGroup: TestLinkGroup, target: TestLinkGroup | null): void {
  if (canRecordDecisionTest(decisionGroup, target)) return;
  const contributes = [decisionGroup, target].some((group) => group !== null && canEditDecision(group.role));
  throw new DomainError(contributes ? 'GROUP_ARCHIVED' : 'FORBIDDEN');
}

/**
 * Who may see a test link at all: those who work on the decision, those who see
 * the scenario or exercise, and management and admins. Anyone else gets NOT_FOUND,
 * so a link does not reveal a scenario of a group the actor cannot read.
 */
export function assertCanSeeDecisionTest(
  actor: Actor,
  decisionGroupRole: GroupRole | null,
  targetGroupRole: GroupRole | null,
): void {
  if (canEditDecision(decisionGroupRole) || targetGroupRole !== null || readsEveryGroup(actor)) return;
  throw new DomainError('NOT_FOUND');
}

/** What the actor may do to one test link now. */
export interface DecisionTestPermissions {
  canRemove: boolean;
}

export function decisionTestsPermissions(
  decisionGroup: TestLinkGroup,
  target: TestLinkGroup | null,
): DecisionTestPermissions {
  return { canRemove: canRecordDecisionTest(decisionGroup, target) };
}
