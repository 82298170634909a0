import {
  findGlossaryApprovals,
  findGlossaryDefinitions,
  findGlossaryTermStatuses,
  insertGlossaryApproval,
  recordGlossaryVersion,
  updateGlossaryTermRow,
} from '@srw/db';
import {
  approvalAttemptOf,
  assertCanApproveGlossaryTerm,
  assertCanEditGlossaryTerm,
  assertExpectedVersion,
  assertManualGlossaryTransition,
  assertReadyForGlossaryStatus,
  assertReplacement,
  assertWorkingGroupEditable,
  replacementAfter,
  requiredApprovalOrganisations,
  statusAfterApproval,
  statusChangeResetsApprovals,
  type Actor,
  type ApproveGlossaryTermInput,
  type ChangeGlossaryTermStatusInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGlossaryTermAccess } from './glossary-access';
import { GLOSSARY_ENTITY } from './glossary-write.service';

export async function changeTermStatus(ctx: ServiceContext, actor: Actor, input: ChangeGlossaryTermStatusInput) {
  return ctx.db.transaction(async (tx) => {
    const { term: current, role, group } = await loadGlossaryTermAccess(tx, actor, input.id, { lock: true });
    assertCanEditGlossaryTerm(role);
    if (group) assertWorkingGroupEditable(group.status);
    assertExpectedVersion(input.version, current.version);
    assertManualGlossaryTransition(current.status, input.status);
    const replacement = input.replacedById
      ? ((await findGlossaryTermStatuses(tx, [input.replacedById]))[0] ?? null)
      : null;
    assertReplacement(current.id, input.status, input.replacedById, replacement);
    assertReadyForGlossaryStatus(input.status, {
      definitions: await findGlossaryDefinitions(tx, [current.id]),
      jointDefinition: current.jointDefinition,
    });
    const resets = statusChangeResetsApprovals(current.status, input.status);
    const updated = await updateGlossaryTermRow(tx, current.id, input.version, {
      status: input.status,
      replacedById: replacementAfter(input.status, input.replacedById),
      definitionRevision: resets ? current.definitionRevision + 1 : current.definitionRevision,
    });
    await recordGlossaryVersion(tx, current.id, 'status', actor.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: GLOSSARY_ENTITY,
      entityId: current.id,
      groupId: current.maintainingGroupId,
      before: { status: current.status, replacedById: current.replacedById },
      after: { status: updated.status, replacedById: updated.replacedById, approvalsReset: resets },
    });
    return { id: updated.id, version: updated.version, status: updated.status };
  });
}

/**
 * Approves the current revision for the actor's organisation; when every
 * organisation with a definition has approved it, the term becomes `vastgesteld`.
 */
export async function approveTerm(ctx: ServiceContext, actor: Actor, input: ApproveGlossaryTermInput) {
  return ctx.db.transaction(async (tx) => {
    const { term: current, role, group } = await loadGlossaryTermAccess(tx, actor, input.id, { lock: true });
    assertExpectedVersion(input.version, current.version);
    if (group) assertWorkingGroupEditable(group.status);
    const [definitions, approvals] = await Promise.all([
      findGlossaryDefinitions(tx, [current.id]),
      findGlossaryApprovals(tx, current.id),
    ]);
    const required = requiredApprovalOrganisations(definitions);
    assertCanApproveGlossaryTerm(
      approvalAttemptOf(actor, { role }, { ...current, requiredOrganisationIds: required, approvals }),
    );
    const approval = await insertGlossaryApproval(tx, {
      termId: current.id,
      revision: current.definitionRevision,
      termVersion: current.version,
      organisationId: actor.organisationId,
      userId: actor.userId,
    });
    const status = statusAfterApproval(required, [...approvals, approval], current.definitionRevision);
    const updated = await updateGlossaryTermRow(tx, current.id, input.version, { status });
    await recordGlossaryVersion(tx, current.id, 'approve', actor.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'approve',
      entityType: GLOSSARY_ENTITY,
      entityId: current.id,
      groupId: current.maintainingGroupId,
      before: { status: current.status },
      after: { status, revision: current.definitionRevision, organisationId: actor.organisationId },
    });
    return { id: updated.id, version: updated.version, status: updated.status };
  });
}
