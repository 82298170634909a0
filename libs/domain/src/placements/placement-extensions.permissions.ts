import type { ConsentRecord } from '../access/acting.rules';
import type { Actor } from '../access/roles';
import { consentPermissions, type ConsentPermissions, type PlacementParties } from './placement-consents.rules';
import { isExtensionPending } from './placement-extensions.rules';
import type { ExtensionStatus } from './placement-extensions.schema';
import type { PlacementRelation } from './placements.permissions';

/** What this person may do to one extension request now. */
export interface PlacementExtensionPermissions extends ConsentPermissions {
  /** Decide for (an) organisation: consent, or refuse (which rejects the request). */
  canDecide: boolean;
}

/**
 * Each organisation decides for itself (its working members in the group, its
 * management, or an admin on behalf); the requester may refuse but not consent.
 */
export function placementExtensionPermissions(
  actor: Actor,
  relation: PlacementRelation,
  parties: PlacementParties,
  extension: { status: ExtensionStatus; createdBy: string | null; consents: readonly ConsentRecord[] },
): PlacementExtensionPermissions {
  const pending = isExtensionPending(extension);
  const consent = consentPermissions(
    actor,
    relation.groupRole,
    parties,
    extension.createdBy,
    extension.consents,
    pending,
  );
  return {
    ...consent,
    canDecide: consent.consentFor.length + consent.consentOnBehalfFor.length > 0 || consent.consentRefusal !== null,
  };
}
