import {
  findGlossaryDefinitions,
  findGlossaryTermIdByLabelKey,
  findGlossaryTermStatuses,
  findLatestGlossarySnapshot,
  insertGlossaryTerm,
  pickGlossaryTermFields,
  recordGlossaryVersion,
  updateGlossaryTermContent,
  type Executor,
} from '@srw/db';
import {
  assertCanEditGlossaryTerm,
  assertExpectedVersion,
  assertGlossaryTermContent,
  assertWithinCeiling,
  dedupeRelations,
  definitionsChanged,
  DomainError,
  glossaryErrors,
  glossaryLabelKey,
  outcomeOfEdit,
  type Actor,
  type CreateGlossaryTermInput,
  type UpdateGlossaryTermInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { loadEditableGlossaryGroup, loadGlossaryTermAccess } from './glossary-access';

export const GLOSSARY_ENTITY = 'glossary_term';

/** Every related term must exist. */
async function assertRelationTargets(db: Executor, relations: readonly { termId: string }[]) {
  const ids = [...new Set(relations.map((r) => r.termId))];
  const found = await findGlossaryTermStatuses(db, ids);
  if (found.length !== ids.length) throw new DomainError(glossaryErrors.UNKNOWN_RELATED_TERM, { field: 'relations' });
}

async function assertLabelFree(db: Executor, label: string, exceptId?: string) {
  if (await findGlossaryTermIdByLabelKey(db, glossaryLabelKey(label), exceptId)) {
    throw new DomainError(glossaryErrors.DUPLICATE_LABEL, { field: 'prefLabel' });
  }
}

export async function createTerm(ctx: ServiceContext, actor: Actor, input: CreateGlossaryTermInput) {
  assertWithinCeiling(input.classification, ctx.classificationCeiling);
  const groupOrganisationIds = await loadEditableGlossaryGroup(ctx.db, actor, input.maintainingGroupId);
  const relations = dedupeRelations(input.relations);
  assertGlossaryTermContent({ ...input, relations }, { termId: null, groupOrganisationIds });
  await assertRelationTargets(ctx.db, relations);
  return ctx.db.transaction(async (tx) => {
    await assertLabelFree(tx, input.prefLabel);
    const term = await insertGlossaryTerm(tx, {
      fields: pickGlossaryTermFields(input),
      definitions: input.definitions,
      relations,
      status: 'in_bewerking',
      createdBy: actor.userId,
    });
    await recordGlossaryVersion(tx, term.id, 'create', actor.userId);
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
    const { term: current, role } = await loadGlossaryTermAccess(tx, actor, input.id, { lock: true });
    assertCanEditGlossaryTerm(role);
    assertExpectedVersion(input.version, current.version);
    const groupOrganisationIds = await loadEditableGlossaryGroup(tx, actor, input.maintainingGroupId);
    if (input.maintainingGroupId !== current.maintainingGroupId)
      await loadEditableGlossaryGroup(tx, actor, current.maintainingGroupId);
    const relations = dedupeRelations(input.relations);
    assertGlossaryTermContent({ ...input, relations }, { termId: current.id, groupOrganisationIds });
    await assertRelationTargets(tx, relations);
    await assertLabelFree(tx, input.prefLabel, current.id);
    const currentDefinitions = await findGlossaryDefinitions(tx, [current.id]);
    const changed = definitionsChanged(
      {
        jointDefinition: current.jointDefinition,
        jointDefinitionSource: current.jointDefinitionSource,
        definitions: currentDefinitions,
      },
      input,
    );
    const outcome = outcomeOfEdit(current.status, current.definitionRevision, changed);
    const before = await findLatestGlossarySnapshot(tx, current.id);
    const updated = await updateGlossaryTermContent(tx, current.id, input.version, {
      fields: pickGlossaryTermFields(input),
      definitions: input.definitions,
      relations,
      status: outcome.status,
      definitionRevision: outcome.revision,
    });
    const after = await recordGlossaryVersion(tx, current.id, 'update', actor.userId);
    const approvalsReset = outcome.revision !== current.definitionRevision;
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: GLOSSARY_ENTITY,
      entityId: current.id,
      groupId: updated.maintainingGroupId,
      before,
      after: { ...after, approvalsReset },
    });
    /** `approvalsReset`: the edit cleared earlier approvals. */
    return { id: updated.id, version: updated.version, status: updated.status, approvalsReset };
  });
}
