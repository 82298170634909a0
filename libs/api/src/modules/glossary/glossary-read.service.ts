import {
  eq,
  findGlossaryApprovals,
  findGlossaryCommentForUpdate,
  findGlossaryDefinitions,
  findGlossaryRelations,
  findGlossaryTerm,
  findGlossaryTermForUpdate,
  findGlossaryTermIdByLabelKey,
  findGlossaryTermStatuses,
  findGroupOrganisations,
  findMembershipRole,
  findWorkingGroup,
  glossaryTerms,
  insertGlossaryApproval,
  insertGlossaryComment,
  listGlossaryComments,
  listGlossaryTerms,
  listGlossaryTermVersions,
  replaceGlossaryDefinitions,
  replaceGlossaryRelations,
  resolveGlossaryComment,
  sql,
  type Executor,
  type GlossaryReader,
  type GlossaryTermRow,
  type GlossaryTermSummary,
} from '@srw/db';
import {
  approvalRefusal,
  assertCanApproveGlossaryTerm,
  assertCanEditGlossaryTerm,
  assertCanReadGlossaryTerm,
  assertExpectedVersion,
  assertGlossaryTermContent,
  assertManualGlossaryTransition,
  assertReadyForProposal,
  assertReplacement,
  assertWithinCeiling,
  assertWorkingGroupEditable,
  canEditGlossaryTerm,
  canReadGlossaryTerm,
  dedupeRelations,
  definitionsChanged,
  diffGlossarySnapshots,
  DomainError,
  glossaryApprovalState,
  glossaryErrors,
  glossaryLabelKey,
  isRetiredGlossaryStatus,
  normalizeForComparison,
  outcomeOfEdit,
  requiredApprovalOrganisations,
  statusAfterApproval,
  statusChangeResetsApprovals,
  type Actor,
  type AddGlossaryCommentInput,
  type ApproveGlossaryTermInput,
  type ChangeGlossaryTermStatusInput,
  type CreateGlossaryTermInput,
  type GroupRole,
  type ListGlossaryTermsInput,
  type Page,
  type ResolveGlossaryCommentInput,
  type UpdateGlossaryTermInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/group-access';
import { derivedColumns, insertGlossaryTermWithContent, pickTermFields, recordGlossaryVersion } from './glossary-write';

export const GLOSSARY_ENTITY = 'glossary_term';

export function glossaryReaderOf(actor: Actor): GlossaryReader {
  return { userId: actor.userId, seesAllClassified: actor.globalRole === 'admin' || actor.globalRole === 'management' };
}

interface TermAccess {
  term: GlossaryTermRow;
  role: GroupRole | null;
}

/** Loads a term the actor may read, with their role in its maintaining group; NOT_FOUND otherwise. */
export async function loadTermAccess(db: Executor, actor: Actor, id: string, forUpdate = false): Promise<TermAccess> {
  const term = forUpdate ? await findGlossaryTermForUpdate(db, id) : await findGlossaryTerm(db, id);
  if (!term) throw new DomainError('NOT_FOUND');
  const role = await findMembershipRole(db, term.maintainingGroupId, actor.userId);
  assertCanReadGlossaryTerm(actor, term.classification, role);
  return { term, role };
}

export async function listTerms(ctx: ServiceContext, actor: Actor, input: ListGlossaryTermsInput): Promise<Page<GlossaryTermSummary>> {
  return listGlossaryTerms(ctx.db, {
    reader: glossaryReaderOf(actor),
    search: input.search ? { raw: input.search, folded: normalizeForComparison(input.search) } : undefined,
    organisationId: input.organisationId,
    status: input.status,
    divergent: input.divergent,
    groupId: input.groupId,
    letter: input.letter,
    includeRetired: input.includeRetired,
    cursor: input.cursor,
    limit: input.limit,
  });
}

export async function getTerm(ctx: ServiceContext, actor: Actor, id: string) {
  const { term, role } = await loadTermAccess(ctx.db, actor, id);
  const reader = glossaryReaderOf(actor);
  const [definitions, relations, approvals, group, groupOrganisations, replacement] = await Promise.all([
    findGlossaryDefinitions(ctx.db, [id]),
    findGlossaryRelations(ctx.db, id, reader),
    findGlossaryApprovals(ctx.db, id),
    findWorkingGroup(ctx.db, term.maintainingGroupId),
    findGroupOrganisations(ctx.db, term.maintainingGroupId),
    term.replacedById ? findGlossaryTerm(ctx.db, term.replacedById) : Promise.resolve(null),
  ]);
  const required = requiredApprovalOrganisations(definitions);
  const state = glossaryApprovalState(required, approvals, term.definitionRevision);
  const organisationsById = new Map([...definitions, ...approvals].map((d) => [d.organisationId, d.organisationCode]));
  const attempt = {
    status: term.status,
    groupRole: role,
    actorOrganisationId: actor.organisationId,
    requiredOrganisationIds: required,
    approvals,
    currentRevision: term.definitionRevision,
  };
  const editable = canEditGlossaryTerm(role) && group?.status !== 'gearchiveerd';
  const { labelKey: _key, searchLabels: _labels, searchDocument: _document, ...fields } = term;
  return {
    ...fields,
    maintainingGroup: { id: term.maintainingGroupId, name: group?.name ?? '', status: group?.status ?? 'actief' },
    groupOrganisations,
    definitions: definitions.map(({ termId: _termId, ...d }) => d),
    relations,
    replacement:
      replacement && canReadGlossaryTerm(actor, replacement.classification, null) ? { id: replacement.id, prefLabel: replacement.prefLabel } : null,
    approval: {
      revision: term.definitionRevision,
      complete: state.complete,
      organisations: state.organisations
        .map((o) => ({
          organisationId: o.organisationId,
          organisationCode: organisationsById.get(o.organisationId) ?? '',
          approval: o.approval
            ? (approvals.find((a) => a.revision === o.approval?.revision && a.organisationId === o.organisationId) ?? null)
            : null,
        }))
        .sort((a, b) => a.organisationCode.localeCompare(b.organisationCode)),
      /** Every approval ever given, including those of earlier revisions. */
      history: approvals,
    },
    myRole: role,
    permissions: {
      edit: editable && !isRetiredGlossaryStatus(term.status),
      changeStatus: editable,
      approve: editable && approvalRefusal(attempt) === null,
      /** Why approving is not possible right now (null when it is). */
      approveRefusal: approvalRefusal(attempt),
      comment: true,
      resolveComments: editable,
    },
  };
}

export async function getTermHistory(ctx: ServiceContext, actor: Actor, id: string) {
  await loadTermAccess(ctx.db, actor, id);
  const versions = await listGlossaryTermVersions(ctx.db, id);
  return versions
    .map((version, index) => ({
      version: version.version,
      change: version.change,
      changedAt: version.changedAt,
      changedByName: version.changedByName,
      snapshot: version.snapshot,
      changes: diffGlossarySnapshots(versions[index - 1]?.snapshot ?? null, version.snapshot),
    }))
    .reverse();
}

async function assertGroupEditableBy(db: Executor, actor: Actor, groupId: string) {
  const { group, role } = await loadGroupAccess(db, actor, groupId);
  assertCanEditGlossaryTerm(role);
  assertWorkingGroupEditable(group.status);
  return (await findGroupOrganisations(db, groupId)).map((o) => o.id);
}

async function assertRelationTargets(db: Executor, actor: Actor, relations: readonly { termId: string }[]) {
  const ids = [...new Set(relations.map((r) => r.termId))];
  const found = await findGlossaryTermStatuses(db, ids);
  const visible = found.filter((t) => canReadGlossaryTerm(actor, t.classification, 'observer') || t.classification === 'ONGERUBRICEERD');
  if (visible.length !== ids.length) {
    throw new DomainError(glossaryErrors.UNKNOWN_RELATED_TERM, { field: 'relations' });
  }
}

async function assertLabelFree(db: Executor, label: string, exceptId?: string) {
  if (await findGlossaryTermIdByLabelKey(db, glossaryLabelKey(label), exceptId)) {
    throw new DomainError(glossaryErrors.DUPLICATE_LABEL, { field: 'prefLabel' });
  }
}

export async function createTerm(ctx: ServiceContext, actor: Actor, input: CreateGlossaryTermInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  const groupOrganisationIds = await assertGroupEditableBy(ctx.db, actor, input.maintainingGroupId);
  const relations = dedupeRelations(input.relations);
  assertGlossaryTermContent({ ...input, relations }, { termId: null, groupOrganisationIds });
  await assertRelationTargets(ctx.db, actor, relations);
  return ctx.db.transaction(async (tx) => {
    await assertLabelFree(tx, input.prefLabel);
    const term = await insertGlossaryTermWithContent(tx, {
      fields: pickTermFields(input),
      definitions: input.definitions,
      relations,
      status: 'in_bewerking',
      createdBy: actor.userId,
      change: 'create',
    });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: GLOSSARY_ENTITY,
      entityId: term.id,
      groupId: term.maintainingGroupId,
      after: { prefLabel: term.prefLabel, status: term.status, definitions: input.definitions },
    });
    return { id: term.id, version: term.version, status: term.status };
  });
}

export async function updateTerm(ctx: ServiceContext, actor: Actor, input: UpdateGlossaryTermInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  return ctx.db.transaction(async (tx) => {
    const { term: current, role } = await loadTermAccess(tx, actor, input.id, true);
    assertCanEditGlossaryTerm(role);
    assertExpectedVersion(input.version, current.version);
    const groupOrganisationIds = await assertGroupEditableBy(tx, actor, input.maintainingGroupId);
    if (input.maintainingGroupId !== current.maintainingGroupId) await assertGroupEditableBy(tx, actor, current.maintainingGroupId);
    const relations = dedupeRelations(input.relations);
    assertGlossaryTermContent({ ...input, relations }, { termId: current.id, groupOrganisationIds });
    await assertRelationTargets(tx, actor, relations);
    await assertLabelFree(tx, input.prefLabel, current.id);
    const currentDefinitions = await findGlossaryDefinitions(tx, [current.id]);
    const changed = definitionsChanged(
      { jointDefinition: current.jointDefinition, jointDefinitionSource: current.jointDefinitionSource, definitions: currentDefinitions },
      input,
    );
    const outcome = outcomeOfEdit(current.status, current.definitionRevision, changed);
    const before = await recordSnapshotForAudit(tx, current.id);
    const fields = pickTermFields(input);
    const [updated] = await tx
      .update(glossaryTerms)
      .set({
        ...fields,
        ...derivedColumns(fields, input.definitions),
        status: outcome.status,
        definitionRevision: outcome.revision,
        version: sql`${glossaryTerms.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(glossaryTerms.id, current.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
    await replaceGlossaryDefinitions(tx, current.id, input.definitions);
    await replaceGlossaryRelations(tx, current.id, relations);
    const after = await recordGlossaryVersion(tx, current.id, 'update', actor.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: GLOSSARY_ENTITY,
      entityId: current.id,
      groupId: updated.maintainingGroupId,
      before,
      after: { ...after, approvalsReset: outcome.revision !== current.definitionRevision },
    });
    return {
      id: updated.id,
      version: updated.version,
      status: updated.status,
      /** True when the edit cleared earlier approvals. */
      approvalsReset: outcome.revision !== current.definitionRevision,
    };
  });
}

async function recordSnapshotForAudit(tx: Executor, termId: string): Promise<Record<string, unknown>> {
  const versions = await listGlossaryTermVersions(tx, termId);
  return { ...(versions.at(-1)?.snapshot ?? {}) };
}

export async function changeTermStatus(ctx: ServiceContext, actor: Actor, input: ChangeGlossaryTermStatusInput) {
  return ctx.db.transaction(async (tx) => {
    const { term: current, role } = await loadTermAccess(tx, actor, input.id, true);
    assertCanEditGlossaryTerm(role);
    const group = await findWorkingGroup(tx, current.maintainingGroupId);
    if (group) assertWorkingGroupEditable(group.status);
    assertExpectedVersion(input.version, current.version);
    assertManualGlossaryTransition(current.status, input.status);
    const replacement = input.replacedById ? (await findGlossaryTermStatuses(tx, [input.replacedById]))[0] ?? null : null;
    assertReplacement(current.id, input.status, input.replacedById, replacement);
    if (input.status === 'voorgesteld') {
      assertReadyForProposal({ definitions: await findGlossaryDefinitions(tx, [current.id]), jointDefinition: current.jointDefinition });
    }
    const resets = statusChangeResetsApprovals(current.status, input.status);
    const [updated] = await tx
      .update(glossaryTerms)
      .set({
        status: input.status,
        replacedById: input.status === 'vervangen' ? input.replacedById : null,
        definitionRevision: resets ? current.definitionRevision + 1 : current.definitionRevision,
        version: sql`${glossaryTerms.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(glossaryTerms.id, current.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
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
    const { term: current, role } = await loadTermAccess(tx, actor, input.id, true);
    assertExpectedVersion(input.version, current.version);
    const group = await findWorkingGroup(tx, current.maintainingGroupId);
    if (group) assertWorkingGroupEditable(group.status);
    const [definitions, approvals] = await Promise.all([findGlossaryDefinitions(tx, [current.id]), findGlossaryApprovals(tx, current.id)]);
    const required = requiredApprovalOrganisations(definitions);
    assertCanApproveGlossaryTerm({
      status: current.status,
      groupRole: role,
      actorOrganisationId: actor.organisationId,
      requiredOrganisationIds: required,
      approvals,
      currentRevision: current.definitionRevision,
    });
    const approval = await insertGlossaryApproval(tx, {
      termId: current.id,
      revision: current.definitionRevision,
      termVersion: current.version,
      organisationId: actor.organisationId,
      userId: actor.userId,
    });
    const status = statusAfterApproval(required, [...approvals, approval], current.definitionRevision);
    const [updated] = await tx
      .update(glossaryTerms)
      .set({ status, version: sql`${glossaryTerms.version} + 1`, updatedAt: new Date() })
      .where(eq(glossaryTerms.id, current.id))
      .returning();
    if (!updated) throw new DomainError('NOT_FOUND');
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

export async function listComments(ctx: ServiceContext, actor: Actor, termId: string) {
  await loadTermAccess(ctx.db, actor, termId);
  return listGlossaryComments(ctx.db, termId);
}

/** Anyone who reads a term may comment on it or propose a change. */
export async function addComment(ctx: ServiceContext, actor: Actor, input: AddGlossaryCommentInput) {
  return ctx.db.transaction(async (tx) => {
    const { term } = await loadTermAccess(tx, actor, input.termId);
    const comment = await insertGlossaryComment(tx, { termId: term.id, authorId: actor.userId, kind: input.kind, body: input.body });
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: 'glossary_comment',
      entityId: comment.id,
      groupId: term.maintainingGroupId,
      after: { termId: term.id, kind: comment.kind, body: comment.body },
    });
    return comment;
  });
}

export async function resolveComment(ctx: ServiceContext, actor: Actor, input: ResolveGlossaryCommentInput) {
  return ctx.db.transaction(async (tx) => {
    const comment = await findGlossaryCommentForUpdate(tx, input.id);
    if (!comment) throw new DomainError('NOT_FOUND');
    const { term, role } = await loadTermAccess(tx, actor, comment.termId);
    assertCanEditGlossaryTerm(role);
    if (comment.status !== 'open') throw new DomainError(glossaryErrors.COMMENT_ALREADY_RESOLVED);
    const resolved = await resolveGlossaryComment(tx, comment.id, input.status, actor.userId);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'status',
      entityType: 'glossary_comment',
      entityId: comment.id,
      groupId: term.maintainingGroupId,
      before: { status: comment.status },
      after: { status: input.status },
    });
    return resolved;
  });
}
