import {
  findGroupOrganisations,
  listCooperationLevels,
  setGlossaryCommentDecision,
  type GlossaryCommentView,
} from '@srw/db';
import {
  assertCanEscalateGlossaryComment,
  assertWorkingGroupEditable,
  canEscalateGlossaryComment,
  canReadDecision,
  createDecisionSchema,
  DomainError,
  isDecisionDecided,
  type Actor,
  type DecisionStatus,
  type EscalateGlossaryCommentInput,
  type GroupRole,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { createDecision } from '../decisions/decisions-write.service';
import { loadGlossaryCommentAccess } from './glossary-access';

/** A decision that grew out of a dispute about a term, as far as the reader may see it. */
export interface EscalatedDecision {
  id: string;
  status: DecisionStatus;
  /** Null when the reader may not open the draft (outside the maintaining group). */
  question: string | null;
}

function visibleDecision(
  actor: Actor,
  role: GroupRole | null,
  decision: NonNullable<GlossaryCommentView['decision']>,
): EscalatedDecision {
  // Escalated decisions are drafted in the term's maintaining group, so the role there decides.
  const readable = canReadDecision(actor, role, { status: decision.status, publishedAt: null });
  return { id: decision.id, status: decision.status, question: readable ? decision.question : null };
}

/** A term's comments, each with the decision it became and whether the actor may escalate it. */
export async function commentsWithEscalations(
  comments: readonly GlossaryCommentView[],
  actor: Actor,
  role: GroupRole | null,
) {
  return comments.map((comment) => ({
    ...comment,
    decision: comment.decision ? visibleDecision(actor, role, comment.decision) : null,
    canEscalate: canEscalateGlossaryComment(role, { status: comment.status, decisionId: comment.decision?.id ?? null }),
  }));
}

/** Decisions escalated from the term's comments that are not yet decided: the term shows "besluit in voorbereiding". */
export function pendingDecisionsOf(
  comments: readonly GlossaryCommentView[],
  actor: Actor,
  role: GroupRole | null,
): EscalatedDecision[] {
  const seen = new Set<string>();
  return comments.flatMap(({ decision }) => {
    if (!decision || isDecisionDecided(decision.status) || seen.has(decision.id)) return [];
    seen.add(decision.id);
    return [visibleDecision(actor, role, decision)];
  });
}

/**
 * A dispute becomes a decision: the comment or change proposal turns into a
 * concept decision of the term's maintaining group (outcome unclear, all the
 * group's organisations concerned, the comment as its context), linked both ways.
 */
export async function escalateComment(ctx: ServiceContext, actor: Actor, input: EscalateGlossaryCommentInput) {
  return ctx.db.transaction(async (tx) => {
    const { comment, term, role, group } = await loadGlossaryCommentAccess(tx, actor, input.commentId, { lock: true });
    assertCanEscalateGlossaryComment(actor, role, comment);
    if (!group) throw new DomainError('NOT_FOUND');
    assertWorkingGroupEditable(group.status);
    const [organisations, levels] = await Promise.all([
      findGroupOrganisations(tx, term.maintainingGroupId),
      listCooperationLevels(tx),
    ]);
    const decision = await createDecision(
      { ...ctx, db: tx },
      actor,
      createDecisionSchema.parse({
        groupId: term.maintainingGroupId,
        question: input.question,
        context: comment.body,
        cooperationLevel: levels[0]?.code ?? '',
        topic: term.prefLabel.slice(0, 120),
        tags: ['begrippenlijst'],
        outcome: 'UNCLEAR',
        organisationIds: organisations.map((o) => o.id),
        classification: term.classification,
      }),
    );
    await setGlossaryCommentDecision(tx, comment.id, decision.id);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: 'glossary_comment',
      entityId: comment.id,
      groupId: term.maintainingGroupId,
      before: { decisionId: null },
      after: { decisionId: decision.id },
    });
    return { decisionId: decision.id, commentId: comment.id, termId: term.id };
  });
}
