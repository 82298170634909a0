import { z } from 'zod';
import { textString, uuidSchema } from '../common/validation';
import { decisionStatuses } from '../decisions/decisions.constants';
import { glossaryTermStatuses } from '../glossary/glossary.constants';
import { placementStatuses } from '../placements/placements.constants';
import { recommendationStatuses } from '../recommendations/recommendations.constants';
import { exerciseStatuses } from '../scenarios/exercises.constants';
import { scenarioStatuses } from '../scenarios/scenarios.constants';
import { workingGroupStatuses } from '../working-groups/working-groups.schema';

/** The kinds of record one search finds, in the order the results page shows them. */
export const searchKinds = [
  'working_group',
  'glossary_term',
  'scenario',
  'exercise',
  'decision',
  'placement',
  'recommendation',
  'assessment',
] as const;
export type SearchKind = (typeof searchKinds)[number];
export const searchKindSchema = /* @__PURE__ */ (() => z.enum(searchKinds))();

/** The longest query we search for; longer input is refused, not cut. */
export const maxSearchQueryLength = 200;

export const searchQuerySchema = /* @__PURE__ */ (() =>
  z.object({
    q: textString().trim().min(1).max(maxSearchQueryLength),
    kind: searchKindSchema.optional(),
    groupId: uuidSchema.optional(),
    organisationId: uuidSchema.optional(),
    status: textString().trim().min(1).max(60).optional(),
    limit: z.number().int().min(1).max(100).default(50),
  }))();
export type SearchQueryInput = z.input<typeof searchQuerySchema>;
export type SearchQuery = z.output<typeof searchQuerySchema>;

/** The filters of a search without the query itself and the page size. */
export type SearchFilters = Omit<SearchQuery, 'q' | 'limit'>;

/** The statuses a kind's records can have, for the status filter (a scan round has none). */
export const searchKindStatuses: Record<SearchKind, readonly string[]> = {
  working_group: workingGroupStatuses,
  glossary_term: glossaryTermStatuses,
  scenario: scenarioStatuses,
  exercise: exerciseStatuses,
  decision: decisionStatuses,
  placement: placementStatuses,
  recommendation: recommendationStatuses,
  assessment: [],
};
