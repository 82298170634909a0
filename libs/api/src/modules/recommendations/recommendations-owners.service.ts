import { findGroupOrganisations, findUserView, listUsers, type Executor } from '@srw/db';
import {
  assertCanPickRecommendationOwner,
  assertEligibleOwner,
  ownerOrganisationScope,
  type Actor,
  type EligibleOwnersInput,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';

/** The organisations an owner may come from (null: any), per `ownerOrganisationScope`. */
export async function ownerScopeOf(db: Executor, groupId: string | null): Promise<readonly string[] | null> {
  const organisations = groupId ? await findGroupOrganisations(db, groupId) : [];
  return ownerOrganisationScope(
    groupId,
    organisations.map((o) => o.id),
  );
}

/**
 * The people a chair or member may pick as owner of their group's recommendation
 * (people of the group's organisations), or management of a management-level one
 * (anyone); the general directory is for those who create groups.
 */
export async function listEligibleOwners(ctx: ServiceContext, actor: Actor, input: EligibleOwnersInput) {
  const role = input.groupId ? (await loadGroupAccess(ctx.db, actor, input.groupId)).role : null;
  assertCanPickRecommendationOwner(actor, input.groupId, role);
  const scope = await ownerScopeOf(ctx.db, input.groupId);
  const page = await listUsers(ctx.db, {
    search: input.search || undefined,
    organisationIds: scope ? [...scope] : undefined,
    includeInactive: false,
    limit: 20,
  });
  return page.items.map((user) => ({
    id: user.id,
    name: user.name,
    organisationId: user.organisationId,
    organisationCode: user.organisationCode,
  }));
}

/** A newly set owner must be one of the eligible people (a kept owner stays, as with the decision link). */
export async function assertOwnerEligibleFor(db: Executor, groupId: string | null, ownerUserId: string | null) {
  if (!ownerUserId) return;
  const owner = await findUserView(db, ownerUserId);
  if (!owner) return; // validateReferences names an unknown user
  assertEligibleOwner(owner.organisationId, await ownerScopeOf(db, groupId));
}
