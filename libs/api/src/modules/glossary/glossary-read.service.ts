import {
  findGlossaryApprovals,
  findGlossaryDefinitions,
  findGlossaryRelations,
  findGlossaryTerm,
  findGlossaryTermsReplacedBy,
  findGroupOrganisations,
  listGlossaryComments,
  listGlossaryTerms,
  listGlossaryTermVersions,
  type GlossaryTermSummary,
} from '@srw/db';
import {
  approvalAttemptOf,
  approvalRefusal,
  canReadGlossaryTerm,
  diffGlossarySnapshots,
  glossaryApprovalState,
  glossaryPermissions,
  isArchivedGroupStatus,
  isGlossaryReviewOverdue,
  normalizeForComparison,
  requiredApprovalOrganisations,
  todayInNetherlands,
  type Actor,
  type ListGlossaryTermsInput,
  type Page,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { glossaryReaderOf, loadGlossaryTermAccess } from './glossary-access';
import { pendingDecisionsOf } from './glossary-escalation.service';

export async function listTerms(
  ctx: ServiceContext,
  actor: Actor,
  input: ListGlossaryTermsInput,
): Promise<Page<GlossaryTermSummary & { reviewOverdue: boolean }>> {
  const page = await listGlossaryTerms(ctx.db, {
    reader: glossaryReaderOf(actor),
    search: input.search ? { raw: input.search, folded: normalizeForComparison(input.search) } : undefined,
    organisationId: input.organisationId,
    status: input.status,
    divergent: input.divergent,
    groupId: input.groupId,
    letter: input.letter,
    includeRetired: input.includeRetired,
    lensOrganisationId: input.lensOrganisationId,
    cursor: input.cursor,
    limit: input.limit,
  });
  const today = todayInNetherlands();
  return {
    ...page,
    items: page.items.map((item) => ({ ...item, reviewOverdue: isGlossaryReviewOverdue(item, today) })),
  };
}

export async function getTerm(ctx: ServiceContext, actor: Actor, id: string) {
  const { term, role, group } = await loadGlossaryTermAccess(ctx.db, actor, id);
  const reader = glossaryReaderOf(actor);
  const [definitions, relations, approvals, groupOrganisations, replacement, replaces, comments] = await Promise.all([
    findGlossaryDefinitions(ctx.db, [id]),
    findGlossaryRelations(ctx.db, id, reader),
    findGlossaryApprovals(ctx.db, id),
    findGroupOrganisations(ctx.db, term.maintainingGroupId),
    term.replacedById ? findGlossaryTerm(ctx.db, term.replacedById) : Promise.resolve(null),
    findGlossaryTermsReplacedBy(ctx.db, id, reader),
    listGlossaryComments(ctx.db, id),
  ]);
  const required = requiredApprovalOrganisations(definitions);
  const state = glossaryApprovalState(required, approvals, term.definitionRevision);
  const organisationsById = new Map([...definitions, ...approvals].map((d) => [d.organisationId, d.organisationCode]));
  const relation = { role, groupArchived: group ? isArchivedGroupStatus(group.status) : false };
  const permissionRef = { ...term, requiredOrganisationIds: required, approvals };
  const { labelKey: _key, searchLabels: _labels, searchDocument: _document, ...fields } = term;
  return {
    ...fields,
    maintainingGroup: { id: term.maintainingGroupId, name: group?.name ?? '', status: group?.status ?? 'actief' },
    groupOrganisations,
    definitions: definitions.map(({ termId: _termId, ...d }) => d),
    relations,
    replacement:
      replacement && canReadGlossaryTerm(actor, replacement.classification, null)
        ? { id: replacement.id, prefLabel: replacement.prefLabel }
        : null,
    /** "Vervangt": the (retired) terms this term replaces, the other side of `replacement`. */
    replaces,
    reviewOverdue: isGlossaryReviewOverdue(term, todayInNetherlands()),
    /** Decisions escalated from this term's disputes and not yet decided: "besluit in voorbereiding". */
    pendingDecisions: pendingDecisionsOf(comments, actor, role),
    approval: {
      revision: term.definitionRevision,
      complete: state.complete,
      organisations: state.organisations
        .map((o) => ({
          organisationId: o.organisationId,
          organisationCode: organisationsById.get(o.organisationId) ?? '',
          approval: o.approval
            ? (approvals.find((a) => a.revision === o.approval?.revision && a.organisationId === o.organisationId) ??
              null)
            : null,
        }))
        .sort((a, b) => a.organisationCode.localeCompare(b.organisationCode)),
      /** Every approval ever given, including those of earlier revisions. */
      history: approvals,
      /** Why the actor cannot approve right now (null when they can). */
      refusal: approvalRefusal(approvalAttemptOf(actor, relation, permissionRef)),
    },
    myRole: role,
    permissions: glossaryPermissions(actor, relation, permissionRef),
  };
}

export async function getTermHistory(ctx: ServiceContext, actor: Actor, id: string) {
  await loadGlossaryTermAccess(ctx.db, actor, id);
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
