import {
  findGlossaryComment,
  findGlossaryTerm,
  findGroupOrganisations,
  findMembershipRole,
  findWorkingGroup,
  type Executor,
  type FindOptions,
  type GlossaryReader,
} from '@srw/db';
import {
  assertCanEditGlossaryTerm,
  assertCanReadGlossaryTerm,
  assertWorkingGroupEditable,
  DomainError,
  readsEveryGroup,
  type Actor,
} from '@srw/domain';
import { loadGroupAccess } from '../working-groups/working-groups-access';

/** Who reads terms in list queries: classified terms are for the maintaining group, management and admins. */
export function glossaryReaderOf(actor: Actor): GlossaryReader {
  return { userId: actor.userId, seesAllClassified: readsEveryGroup(actor) };
}

/**
 * Loads a term the actor may read, with their role in its maintaining group and
 * the group itself; NOT_FOUND otherwise. `lock` takes the row for the rest of the transaction.
 */
export async function loadGlossaryTermAccess(db: Executor, actor: Actor, id: string, options: FindOptions = {}) {
  const term = await findGlossaryTerm(db, id, options);
  if (!term) throw new DomainError('NOT_FOUND');
  const [role, group] = await Promise.all([
    findMembershipRole(db, term.maintainingGroupId, actor.userId),
    findWorkingGroup(db, term.maintainingGroupId),
  ]);
  assertCanReadGlossaryTerm(actor, term.classification, role);
  return { term, role, group };
}

/** Loads a comment with its term, refusing comments on terms the actor may not read as NOT_FOUND. */
export async function loadGlossaryCommentAccess(db: Executor, actor: Actor, id: string, options: FindOptions = {}) {
  const comment = await findGlossaryComment(db, id, options);
  if (!comment) throw new DomainError('NOT_FOUND');
  return { comment, ...(await loadGlossaryTermAccess(db, actor, comment.termId)) };
}

/**
 * A group the actor may maintain terms in (chair or member, not archived), with
 * the organisations taking part in it: a term's definitions come from those.
 */
export async function loadEditableGlossaryGroup(db: Executor, actor: Actor, groupId: string): Promise<string[]> {
  const { group, role } = await loadGroupAccess(db, actor, groupId);
  assertCanEditGlossaryTerm(role);
  assertWorkingGroupEditable(group.status);
  return (await findGroupOrganisations(db, groupId)).map((o) => o.id);
}
