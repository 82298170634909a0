import {
  cooperationLevelExists,
  countLegalBasesByIds,
  deleteDecisionSignOffs,
  findDecision,
  findDecisionRulingParts,
  findGroupOrganisations,
  findMembershipRole,
  findWorkingGroup,
  insertDecision,
  listAssistanceConditions,
  replaceDecisionLegalBases,
  replaceDecisionOrganisations,
  replaceDecisionSharingRules,
  updateDecisionRow,
  type Executor,
} from '@srw/db';
import {
  assertCanCreateDecision,
  assertCanSupersede,
  assertConsequencesForConcernedOrganisations,
  assertDecisionOrganisationsInGroup,
  assertKnownConditionCodes,
  assertOutcomeConditions,
  assertSharingRulesValid,
  assertWithinCeiling,
  assertWorkingGroupEditable,
  decisionsErrors,
  DomainError,
  effectOfEdit,
  isMaterialChange,
  type Actor,
  type CreateDecisionInput,
  type UpdateDecisionInput,
} from '@srw/domain';
import { recordAudit } from '../../audit-log';
import type { ServiceContext } from '../../context';
import { lockEditableDecision } from './decisions-access';

/** Decisions, their sign-offs and test links are audited under this entity, so all show in the decision's history. */
export const DECISION_ENTITY = 'decision';

type DecisionContent = Omit<UpdateDecisionInput, 'id' | 'version'>;

/** Checks everything in the content that needs the database or the group. */
async function assertContentValid(
  db: Executor,
  groupId: string,
  content: DecisionContent,
  ceiling: ServiceContext['classificationCeiling'],
) {
  assertWithinCeiling(content.classification, ceiling);
  assertOutcomeConditions(content.outcome, content.conditions);
  assertSharingRulesValid(content.sharingRules);
  if (!(await cooperationLevelExists(db, content.cooperationLevel))) {
    throw new DomainError(decisionsErrors.UNKNOWN_COOPERATION_LEVEL, { field: 'cooperationLevel' });
  }
  if ((await countLegalBasesByIds(db, content.legalBasisIds)) !== content.legalBasisIds.length) {
    throw new DomainError(decisionsErrors.UNKNOWN_LEGAL_BASIS, { field: 'legalBasisIds' });
  }
  const referenceCodes = (await listAssistanceConditions(db)).map((condition) => condition.code);
  assertKnownConditionCodes(content.conditions, referenceCodes);
  const groupOrganisationIds = (await findGroupOrganisations(db, groupId)).map((organisation) => organisation.id);
  assertDecisionOrganisationsInGroup(content.organisationIds, groupOrganisationIds);
  assertConsequencesForConcernedOrganisations(content.organisationConsequences, content.organisationIds);
}

function contentColumns(content: DecisionContent) {
  return {
    question: content.question,
    context: content.context,
    consequences: content.consequences,
    cooperationLevel: content.cooperationLevel,
    topic: content.topic,
    tags: content.tags,
    options: content.options,
    outcome: content.outcome,
    conditions: content.conditions,
    decisionLevel: content.decisionLevel,
    decidedBy: content.decidedBy,
    decisionDate: content.decisionDate,
    reviewDate: content.reviewDate,
    classification: content.classification,
  };
}

/** The ruling's parts that live in their own tables. */
async function replaceRulingParts(tx: Executor, decisionId: string, content: DecisionContent) {
  await replaceDecisionOrganisations(tx, decisionId, content.organisationIds, content.organisationConsequences);
  await replaceDecisionLegalBases(tx, decisionId, content.legalBasisIds);
  await replaceDecisionSharingRules(tx, decisionId, content.sharingRules);
}

export async function createDecision(ctx: ServiceContext, actor: Actor, input: CreateDecisionInput) {
  return ctx.db.transaction(async (tx) => {
    const [group, role] = await Promise.all([
      findWorkingGroup(tx, input.groupId),
      findMembershipRole(tx, input.groupId, actor.userId),
    ]);
    if (!group) throw new DomainError('NOT_FOUND');
    assertCanCreateDecision(actor, role);
    assertWorkingGroupEditable(group.status);
    const { groupId, supersedesId, ...content } = input;
    await assertContentValid(tx, groupId, content, ctx.classificationCeiling);
    if (supersedesId) {
      const predecessor = await findDecision(tx, supersedesId, { lock: true });
      if (!predecessor) throw new DomainError('NOT_FOUND', { field: 'supersedesId' });
      assertCanSupersede({ id: null, groupId }, predecessor);
    }
    const created = await insertDecision(tx, {
      ...contentColumns(content),
      groupId,
      supersedesId,
      createdBy: actor.userId,
    });
    await replaceRulingParts(tx, created.id, content);
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'create',
      entityType: DECISION_ENTITY,
      entityId: created.id,
      groupId,
      after: {
        ...created,
        organisationIds: content.organisationIds,
        organisationConsequences: content.organisationConsequences,
        legalBasisIds: content.legalBasisIds,
        sharingRules: content.sharingRules,
      },
    });
    return created;
  });
}

export async function updateDecision(ctx: ServiceContext, actor: Actor, input: UpdateDecisionInput) {
  return ctx.db.transaction(async (tx) => {
    const { decision } = await lockEditableDecision(tx, ctx.classificationCeiling, actor, input);
    const { id, version, ...content } = input;
    await assertContentValid(tx, decision.groupId, content, ctx.classificationCeiling);
    const before = await findDecisionRulingParts(tx, id);
    const material = isMaterialChange(
      { ...before, outcome: decision.outcome, conditions: decision.conditions },
      content,
    );
    const effect = effectOfEdit(decision.status, material);
    const updated = await updateDecisionRow(tx, id, version, {
      ...contentColumns(content),
      status: effect.status,
      ...(effect.status !== decision.status ? { statusChangedAt: new Date() } : {}),
    });
    await replaceRulingParts(tx, id, content);
    const removedSignOffs = effect.resetSignOffs ? await deleteDecisionSignOffs(tx, id) : 0;
    await recordAudit(tx, ctx, {
      actorId: actor.userId,
      action: 'update',
      entityType: DECISION_ENTITY,
      entityId: id,
      groupId: decision.groupId,
      before: { ...decision, ...before },
      after: {
        ...updated,
        organisationIds: content.organisationIds,
        organisationConsequences: content.organisationConsequences,
        legalBasisIds: content.legalBasisIds,
        sharingRules: content.sharingRules,
        event: removedSignOffs > 0 ? 'signOffsReset' : 'update',
      },
    });
    return { ...updated, signOffsReset: removedSignOffs > 0 };
  });
}
