import {
  findDecisionHeadlines,
  findDecisionPrintDetails,
  findGroupRolesOfUser,
  type DecisionPrintDetails,
  type DecisionSummary,
} from '@srw/db';
import { canReadDecision, isDecisionClosed, type Actor, type DecisionFilters } from '@srw/domain';
import type { ServiceContext } from '../../context';
import { getOverview } from './decisions-read.service';

type ChainLink = { id: string; question: string; status: DecisionSummary['status'] } | null;

/**
 * The framework as printed: the overview's decisions with everything a reader
 * on paper needs (options, information-sharing rules, consequences per
 * organisation, sign-offs, review date, what each replaces and is replaced by),
 * current decisions by level and topic, and the replaced and withdrawn ones in
 * a separate section after them.
 */
export async function getPrintableFramework(ctx: ServiceContext, actor: Actor, filters: DecisionFilters) {
  const overview = await getOverview(ctx, actor, filters);
  const rows = overview.sections.flatMap((section) => section.topics.flatMap((topic) => topic.decisions));
  const chainIds = [...new Set(rows.flatMap((row) => [row.supersedesId, row.supersededById]).filter(isId))];
  const [details, headlines] = await Promise.all([
    findDecisionPrintDetails(
      ctx.db,
      rows.map((row) => row.id),
    ),
    findDecisionHeadlines(ctx.db, chainIds),
  ]);
  const roles = await findGroupRolesOfUser(ctx.db, actor.userId, [...new Set(headlines.map((h) => h.groupId))]);
  const linkTo = (id: string | null): ChainLink => {
    const headline = id ? headlines.find((h) => h.id === id) : undefined;
    if (!headline || !canReadDecision(actor, roles.get(headline.groupId) ?? null, headline)) return null;
    return { id: headline.id, question: headline.question, status: headline.status };
  };
  const detailsOf = new Map(details.map((d) => [d.id, d]));
  const printed = (row: DecisionSummary) => ({
    ...row,
    ...withoutId(detailsOf.get(row.id)),
    supersedes: linkTo(row.supersedesId),
    supersededBy: linkTo(row.supersededById),
  });
  const sections = overview.sections
    .map((section) => ({
      ...section,
      topics: section.topics
        .map((topic) => ({
          topic: topic.topic,
          decisions: topic.decisions.filter((d) => !isDecisionClosed(d.status)).map(printed),
        }))
        .filter((topic) => topic.decisions.length > 0),
    }))
    .filter((section) => section.topics.length > 0);
  const closed = rows.filter((row) => isDecisionClosed(row.status)).map(printed);
  return { ...overview, sections, closed };
}

function isId(id: string | null): id is string {
  return id !== null;
}

const noDetails: Omit<DecisionPrintDetails, 'id'> = { options: [], organisations: [], sharingRules: [], signOffs: [] };

function withoutId(details: DecisionPrintDetails | undefined): Omit<DecisionPrintDetails, 'id'> {
  if (!details) return noDetails;
  const { id: _id, ...rest } = details;
  return rest;
}
