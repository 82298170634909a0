import { insertGlossaryComment, listGlossaryComments, resolveGlossaryComment } from '@srw/db';
import {
  assertCanEditGlossaryTerm,
  assertGlossaryCommentOpen,
  type Actor,
  type AddGlossaryCommentInput,
  type ResolveGlossaryCommentInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGlossaryCommentAccess, loadGlossaryTermAccess } from './glossary-access';
import { commentsWithEscalations } from './glossary-escalation.service';

const COMMENT_ENTITY = 'glossary_comment';

/** A term's comments, each with the decision it was escalated into and whether the actor may escalate it. */
export async function listComments(ctx: ServiceContext, actor: Actor, termId: string) {
  const { role } = await loadGlossaryTermAccess(ctx.db, actor, termId);
  return commentsWithEscalations(await listGlossaryComments(ctx.db, termId), actor, role);
}

/** Anyone who reads a term may comment on it or propose a change. */
export async function addComment(ctx: ServiceContext, actor: Actor, input: AddGlossaryCommentInput) {
  return ctx.db.transaction(async (tx) => {
    const { term } = await loadGlossaryTermAccess(tx, actor, input.termId);
    const comment = await insertGlossaryComment(tx, {
      termId: term.id,
      authorId: actor.userId,
      kind: input.kind,
      body: input.body,
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: COMMENT_ENTITY,
      entityId: comment.id,
      groupId: term.maintainingGroupId,
      after: { termId: term.id, kind: comment.kind, body: comment.body },
    });
    return comment;
  });
}

/** The maintaining group's chairs and members handle a comment once: verwerkt or afgewezen. */
export async function resolveComment(ctx: ServiceContext, actor: Actor, input: ResolveGlossaryCommentInput) {
  return ctx.db.transaction(async (tx) => {
    const { comment, term, role } = await loadGlossaryCommentAccess(tx, actor, input.id, { lock: true });
    assertCanEditGlossaryTerm(role);
    assertGlossaryCommentOpen(comment.status);
    const resolved = await resolveGlossaryComment(tx, comment.id, input.status, actor.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: COMMENT_ENTITY,
      entityId: comment.id,
      groupId: term.maintainingGroupId,
      before: { status: comment.status },
      after: { status: input.status },
    });
    return resolved;
  });
}
