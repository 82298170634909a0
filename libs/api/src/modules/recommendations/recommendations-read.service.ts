import {
  findRecommendationAddressees,
  findRecommendationConditionIds,
  findRecommendationOrigins,
  findUserView,
  listRecommendationEvents,
  listRecommendations as listRecommendationRows,
  type RecommendationSummary,
} from '@srw/db';
import {
  isRecommendationOverdue,
  nextRecommendationStatuses,
  recommendationPermissions,
  type Actor,
  type ListRecommendationsInput,
  type Page,
  todayInNetherlands,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { findReadableDecision } from '../decisions/decisions-access';
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

export async function getRecommendation(ctx: ServiceContext, actor: Actor, id: string) {
  const access = await loadRecommendationAccess(ctx.db, actor, id);
  const { recommendation: row, group } = access;
  const [owner, conditionIds, addressees, history, origins, decision] = await Promise.all([
    row.ownerUserId ? findUserView(ctx.db, row.ownerUserId) : Promise.resolve(null),
    findRecommendationConditionIds(ctx.db, id),
    findRecommendationAddressees(ctx.db, id),
    listRecommendationEvents(ctx.db, id),
    findRecommendationOrigins(ctx.db, id),
    row.decisionId
      ? findReadableDecision(ctx.db, ctx.classificationCeiling, actor, row.decisionId)
      : Promise.resolve(null),
  ]);
  const permissions = recommendationPermissions(actor, recommendationRelationOf(access), row);
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
    nextStatuses: permissions.canChangeStatus ? [...nextRecommendationStatuses(row.status)] : [],
    permissions,
  };
}
