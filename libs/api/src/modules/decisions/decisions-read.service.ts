import {
  contributesToAnyOpenGroup,
  findDecisionHeadlines,
  findDecisionLegalBases,
  findDecisionOrganisations,
  findDecisionSharingRules,
  findDecisionSignOffs,
  findGlossaryEscalationsOfDecision,
  findGroupRolesOfUser,
  listAssistanceConditions,
  listAuditEvents,
  listDecisionGroups,
  listDecisions,
  listDecisionsForOverview,
  listDecisionTags,
  listDecisionTestLinksWithTargets,
  type DecisionSummary,
  type Executor,
} from '@srw/db';
import {
  canReadDecision,
  canReadGlossaryTerm,
  decisionsPermissions,
  decisionTestsPermissions,
  isArchivedGroupStatus,
  isOpenQuestion,
  missingSignOffs,
  openQuestionAgeDays,
  readsEveryGroup,
  type Actor,
  type DecisionFilters,
  type ListDecisionsInput,
  type Page,
  type TestLinkGroup,
  highestClassification,
  changedFields,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { readCooperationLevels } from '../reference/reference-read.service';
import { DECISION_ENTITY } from './decisions-write.service';
import { decisionReaderOf, loadDecisionAccess } from './decisions-access';

export async function listDecisionsForActor(
  ctx: ServiceContext,
  actor: Actor,
  input: ListDecisionsInput,
): Promise<Page<DecisionSummary>> {
  const { cursor, limit, ...filters } = input;
  return listDecisions(ctx.db, { reader: decisionReaderOf(ctx, actor), filters, cursor, limit });
}

/** The overview is capped: the framework is meant to stay a readable document. */
export const OVERVIEW_LIMIT = 1000;

export async function getOverview(ctx: ServiceContext, actor: Actor, filters: DecisionFilters) {
  const reader = decisionReaderOf(ctx, actor);
  const [rows, levels, tags, groups] = await Promise.all([
    listDecisionsForOverview(ctx.db, { reader, filters, limit: OVERVIEW_LIMIT }),
    readCooperationLevels(ctx),
    listDecisionTags(ctx.db, reader),
    listDecisionGroups(ctx.db, reader),
  ]);
  const now = new Date();
  const sections = levels
    .map((level) => {
      const topics = new Map<string, DecisionSummary[]>();
      for (const row of rows.filter((r) => r.cooperationLevel === level.code)) {
        const list = topics.get(row.topic) ?? [];
        list.push(row);
        topics.set(row.topic, list);
      }
      return {
        level: { code: level.code, labelNl: level.labelNl, labelEn: level.labelEn },
        topics: [...topics.entries()].map(([topic, items]) => ({ topic, decisions: items })),
      };
    })
    .filter((section) => section.topics.length > 0);
  const openQuestions = rows
    .filter(isOpenQuestion)
    .map((row) => ({
      id: row.id,
      question: row.question,
      groupName: row.groupName,
      status: row.status,
      raisedAt: row.createdAt,
      ageDays: openQuestionAgeDays(row.createdAt, now),
    }))
    .sort((a, b) => b.ageDays - a.ageDays);
  return {
    sections,
    openQuestions,
    tags,
    groups,
    total: rows.length,
    truncated: rows.length >= OVERVIEW_LIMIT,
    generatedAt: now,
    /** The marking of the printed framework: the highest classification among the decisions in it. */
    marking: highestClassification(rows.map((row) => row.classification)),
  };
}

type Headline = Awaited<ReturnType<typeof findDecisionHeadlines>>[number];

/** Follows one direction of the supersede chain from `id`, guarding against loops and runaway chains. */
async function walkChain(
  db: Executor,
  id: string | null,
  seen: Set<string>,
  next: (row: Headline) => string | null,
): Promise<Headline[]> {
  const found: Headline[] = [];
  let current = id;
  while (current && !seen.has(current) && seen.size < 50) {
    seen.add(current);
    const [row] = await findDecisionHeadlines(db, [current]);
    if (!row) break;
    found.push(row);
    current = next(row);
  }
  return found;
}

/** The supersede chain around a decision, oldest first, limited to what the actor may read. */
async function loadChain(
  db: Executor,
  actor: Actor,
  start: { id: string; supersedesId: string | null; supersededById: string | null },
) {
  const seen = new Set([start.id]);
  const predecessors = await walkChain(db, start.supersedesId, seen, (row) => row.supersedesId);
  const self = await findDecisionHeadlines(db, [start.id]);
  const successors = await walkChain(db, start.supersededById, seen, (row) => row.supersededById);
  const chain = [...predecessors.reverse(), ...self, ...successors];
  // The successor named on a draft (supersedesId) is not yet linked back; show it to those who may read it.
  const roles = await findGroupRolesOfUser(db, actor.userId, [...new Set(chain.map((item) => item.groupId))]);
  return chain
    .filter((item) => canReadDecision(actor, roles.get(item.groupId) ?? null, item))
    .map(({ id, question, status, outcome }) => ({ id, question, status, outcome, current: id === start.id }));
}

/** Each test link with what the actor may do to it: as chair/member of the decision's group or of the link's scenario/exercise group. */
async function withTestPermissions(
  db: Executor,
  actor: Actor,
  decisionGroup: TestLinkGroup,
  links: Awaited<ReturnType<typeof listDecisionTestLinksWithTargets>>,
) {
  const targetGroupIds = [...new Set(links.flatMap((link) => (link.targetGroupId ? [link.targetGroupId] : [])))];
  const roles = await findGroupRolesOfUser(db, actor.userId, targetGroupIds);
  return links.map(({ targetGroupStatus, ...link }) => ({
    ...link,
    permissions: decisionTestsPermissions(
      decisionGroup,
      link.targetGroupId
        ? { role: roles.get(link.targetGroupId) ?? null, archived: isArchivedGroupStatus(targetGroupStatus ?? '') }
        : null,
    ),
  }));
}

export async function getDecision(ctx: ServiceContext, actor: Actor, id: string) {
  const { decision, group, role } = await loadDecisionAccess(ctx.db, ctx.classificationCeiling, actor, id);
  const [organisations, legalBases, sharingRules, signOffs, links, chain, contributesElsewhere, escalations] =
    await Promise.all([
      findDecisionOrganisations(ctx.db, id),
      findDecisionLegalBases(ctx.db, id),
      findDecisionSharingRules(ctx.db, id),
      findDecisionSignOffs(ctx.db, id),
      listDecisionTestLinksWithTargets(ctx.db, id, { userId: actor.userId, allGroups: readsEveryGroup(actor) }),
      loadChain(ctx.db, actor, decision),
      contributesToAnyOpenGroup(ctx.db, actor.userId),
      findGlossaryEscalationsOfDecision(ctx.db, id),
    ]);
  const groupArchived = isArchivedGroupStatus(group.status);
  const testLinks = await withTestPermissions(ctx.db, actor, { role, archived: groupArchived }, links);
  const concernedOrganisationIds = organisations.map((o) => o.id);
  const signedOrganisationIds = signOffs.map((s) => s.organisationId);
  const missing = missingSignOffs(concernedOrganisationIds, signedOrganisationIds);
  return {
    ...decision,
    group: { id: group.id, name: group.name, status: group.status },
    myRole: role,
    organisations,
    legalBases,
    sharingRules,
    signOffs,
    missingSignOffs: organisations.filter((o) => missing.includes(o.id)),
    chain,
    testLinks,
    /** The glossary terms whose dispute this decision grew out of (escalated in the same group). */
    glossaryOrigins: escalations
      .filter((e) => canReadGlossaryTerm(actor, e.classification, role))
      .map((e) => ({ termId: e.termId, prefLabel: e.prefLabel, commentId: e.commentId })),
    permissions: decisionsPermissions(
      actor,
      { role, groupArchived, contributesElsewhere },
      { ...decision, concernedOrganisationIds, signedOrganisationIds },
    ),
  };
}

export async function getDecisionHistory(ctx: ServiceContext, actor: Actor, id: string) {
  await loadDecisionAccess(ctx.db, ctx.classificationCeiling, actor, id);
  const page = await listAuditEvents(ctx.db, { entityType: DECISION_ENTITY, entityId: id, limit: 100 });
  return page.items.map((event) => ({
    id: event.id,
    occurredAt: event.occurredAt,
    actorName: event.actorName,
    action: event.action,
    fromStatus: typeof event.before?.status === 'string' ? event.before.status : null,
    toStatus: typeof event.after?.status === 'string' ? event.after.status : null,
    /** What happened, as a stable key the UI translates (e.g. `signOff`, `signOffsReset`). */
    event: typeof event.after?.event === 'string' ? event.after.event : event.action,
    detail: typeof event.after?.detail === 'string' ? event.after.detail : null,
    /** Before → after per changed field of an edit (bookkeeping, ids and the event key left out). */
    changes:
      event.action === 'update'
        ? changedFields(event.before, event.after).filter((change) => change.key !== 'event' && change.key !== 'detail')
        : [],
  }));
}

export async function listReferenceConditions(ctx: ServiceContext) {
  return listAssistanceConditions(ctx.db);
}
