import {
  countRecommendationsBy,
  listConditionNodeRefs,
  listRecommendationClassifications,
  listOverdueRecommendations,
  recommendationTrend,
} from '@srw/db';
import {
  buildConditionProgress,
  fillTrend,
  highestClassification,
  summariseStatusRows,
  summariseTotal,
  type Actor,
  type RecommendationDashboardInput,
  todayInNetherlands,
  firstOfMonthsBack,
} from '@srw/domain';
import type { ServiceContext } from '../../context';
import { loadGroupAccess } from '../working-groups/working-groups-access';
import { recommendationScopeOf } from './recommendations-access';

/**
 * The management dashboard over what the actor may see. Every figure comes from
 * SQL aggregates; the domain turns the counts into progress figures.
 */
export async function recommendationDashboard(ctx: ServiceContext, actor: Actor, input: RecommendationDashboardInput) {
  if (input.groupId && input.groupId !== 'none') await loadGroupAccess(ctx.db, actor, input.groupId);
  const today = todayInNetherlands();
  const query = { ...input, scope: recommendationScopeOf(actor), today };
  const periodTo = input.to && input.to < today ? input.to : today;
  const periodFrom = input.from ?? firstOfMonthsBack(today, 11);
  const [
    statusRows,
    organisationRows,
    levelRows,
    sourceRows,
    groupRows,
    categoryRows,
    indicatorRows,
    nodes,
    overdue,
    trend,
    classifications,
  ] = await Promise.all([
    countRecommendationsBy(ctx.db, 'status', query),
    countRecommendationsBy(ctx.db, 'organisation', query),
    countRecommendationsBy(ctx.db, 'level', query),
    countRecommendationsBy(ctx.db, 'source', query),
    countRecommendationsBy(ctx.db, 'group', query),
    countRecommendationsBy(ctx.db, 'category', query),
    countRecommendationsBy(ctx.db, 'indicator', query),
    listConditionNodeRefs(ctx.db),
    listOverdueRecommendations(ctx.db, { ...query, limit: 50 }),
    recommendationTrend(ctx.db, { ...query, periodFrom, periodTo }),
    listRecommendationClassifications(ctx.db, query),
  ]);
  return {
    today,
    period: { from: periodFrom, to: periodTo },
    total: summariseTotal(statusRows),
    byOrganisation: summariseStatusRows(organisationRows),
    byLevel: summariseStatusRows(levelRows),
    bySource: summariseStatusRows(sourceRows),
    byGroup: summariseStatusRows(groupRows),
    conditions: buildConditionProgress(nodes, [...categoryRows, ...indicatorRows]),
    trend: fillTrend(trend, periodFrom, periodTo),
    overdue,
    /** The marking of a printed dashboard: the highest classification among what it counts. */
    marking: highestClassification(classifications),
  };
}
