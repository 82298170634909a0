import {
  findRecommendationAddressees,
  findRecommendationConditionIds,
  findRecommendationImplementer,
  findRecommendationOrigins,
  findMembershipRole,
  findUserView,
  listRecommendationEvents,
  listRecommendations as listRecommendationRows,
  type RecommendationSummary,
} from '@srw/db';
import {
  canReadGroup,
  canReadPlacement,
  isRecommendationOverdue,
  recommendationPermissions,
  recommendationWaitingFor,
  type Actor,
  type ListRecommendationsInput,
  type Page,
  todayInNetherlands,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { findReadableDecision } from '../decisions/decisions-access';
import { placementRelation } from '../placements/placements-access';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { loadRecommendationAccess, recommendationRelationOf, recommendationScopeOf } from './recommendations-access';

export async function listRecommendations(
  ctx: ServiceContext,
  actor: Actor,
  input: ListRecommendationsInput,
): Promise<Page<RecommendationSummary>> {
  if (input.groupId && input.groupId !== 'none') await loadGroupAccess(ctx.db, actor, input.groupId);
  return listRecommendationRows(ctx.db, { ...input, scope: recommendationScopeOf(actor), today: todayInNetherlands() });
}

/**
 * The exercises and placements a recommendation came from, only those the
 * reader may open there: a derived record never shows more of its source.
 */
async function readableOrigins(ctx: ServiceContext, actor: Actor, id: string) {
  const found = await findRecommendationOrigins(ctx.db, id);
  const exercises = await Promise.all(
    found.exercises.map(async (origin) => ({
      origin,
      readable: canReadGroup(actor, await findMembershipRole(ctx.db, origin.groupId, actor.userId)),
    })),
  );
  const placements = await Promise.all(
    found.placements.map(async (origin) => ({
      origin,
      readable: canReadPlacement(actor, await placementRelation(ctx.db, actor, origin)),
    })),
  );
  return [
    ...exercises
      .filter((o) => o.readable)
      .map(({ origin }) => ({ kind: 'exercise' as const, id: origin.id, label: origin.label })),
    ...placements
      .filter((o) => o.readable)
      .map(({ origin }) => ({ kind: 'placement' as const, id: origin.id, label: origin.label })),
  ];
}

export async function getRecommendation(ctx: ServiceContext, actor: Actor, id: string) {
  const access = await loadRecommendationAccess(ctx.db, actor, id);
  const { recommendation: row, group } = access;
  const [owner, conditionIds, addressees, history, origins, decision, implementedBy] = await Promise.all([
    row.ownerUserId ? findUserView(ctx.db, row.ownerUserId) : Promise.resolve(null),
    findRecommendationConditionIds(ctx.db, id),
    findRecommendationAddressees(ctx.db, id),
    listRecommendationEvents(ctx.db, id),
    readableOrigins(ctx, actor, id),
    row.decisionId
      ? findReadableDecision(ctx.db, ctx.classificationCeiling, actor, row.decisionId)
      : Promise.resolve(null),
    findRecommendationImplementer(ctx.db, id),
  ]);
  const permissions = recommendationPermissions(actor, recommendationRelationOf(access), {
    groupId: row.groupId,
    status: row.status,
    addresseeOrganisationIds: addressees.map((a) => a.organisationId),
    implementedBy,
  });
  const today = todayInNetherlands();
  return {
    ...row,
    groupName: group?.name ?? null,
    ownerName: owner?.name ?? null,
    conditionIds,
    addressees,
    history,
    /** The exercise or placement this came from, to link back to. */
    origins,
    /** The decision this waits on, when the reader may see it. */
    decision,
    overdue: isRecommendationOverdue(row, today),
    nextStatuses: permissions.nextStatuses,
    /** For whom it waits now: an addressed organisation's own state, or a second person to verify. */
    waitingFor: recommendationWaitingFor({ status: row.status, implementedBy }, addressees),
    permissions,
  };
}
