import { findOrganisationById, type Executor, type FindOptions, type OrganisationRow } from '@srw/db';
import { assertCanManageUsers, DomainError, type Actor } from '@srw/domain';

/** An organisation as its manager (an admin, who also manages the accounts) loads it to change it. */
export async function loadOrganisationAccess(
  db: Executor,
  actor: Actor,
  id: string,
  options: FindOptions = {},
): Promise<OrganisationRow> {
  assertCanManageUsers(actor);
  const organisation = await findOrganisationById(db, id, options);
  if (!organisation) throw new DomainError('NOT_FOUND');
  return organisation;
}
