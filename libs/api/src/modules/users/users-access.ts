import { findUser, type Executor, type FindOptions, type UserRow } from '@srw/db';
import { assertCanManageUsers, DomainError, type Actor } from '@srw/domain';

/** An account as its manager (an admin) loads it: FORBIDDEN for anyone else, NOT_FOUND when it does not exist. */
export async function loadUserAccess(
  db: Executor,
  actor: Actor,
  id: string,
  options: FindOptions = {},
): Promise<UserRow> {
  assertCanManageUsers(actor);
  const user = await findUser(db, id, options);
  if (!user) throw new DomainError('NOT_FOUND');
  return user;
}
