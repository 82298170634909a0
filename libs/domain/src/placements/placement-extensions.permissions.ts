import type { Actor } from '../access/roles';
import { isExtensionPending } from './placement-extensions.rules';
import type { ExtensionStatus } from './placement-extensions.schema';
import { canApprovePlacement, type PlacementRelation } from './placements.permissions';

/** What this person may do to one extension request now. */
export interface PlacementExtensionPermissions {
  /** Approve or reject it: a pending request, by whoever approves the placement. */
  canDecide: boolean;
}

export function placementExtensionPermissions(
  actor: Actor,
  relation: PlacementRelation,
  extension: { status: ExtensionStatus },
): PlacementExtensionPermissions {
  return { canDecide: canApprovePlacement(actor, relation) && isExtensionPending(extension) };
}
