import { searchDocumentsFor, type SearchHit } from '@srw/db';
import {
  classificationLevels,
  isWithinCeiling,
  searchJumpTarget,
  searchReaderOf,
  searchResultHref,
  type Actor,
  type SearchKind,
  type SearchQuery,
} from '@srw/domain';
import type { ServiceContext } from '../../context';

export interface SearchResultItem extends SearchHit {
  href: string;
}

export interface SearchResponse {
  items: SearchResultItem[];
  counts: Partial<Record<SearchKind, number>>;
  total: number;
  /** The record to open straight away: the query is exactly its code (R-4, B2). */
  jumpTo: string | null;
}

/** One search over every record the actor may open (filters from the address); counts only what they may open. */
export async function searchRecords(ctx: ServiceContext, actor: Actor, input: SearchQuery): Promise<SearchResponse> {
  const classifications = classificationLevels.filter((level) => isWithinCeiling(level, ctx.classificationCeiling));
  const { hits, counts } = await searchDocumentsFor(ctx.db, {
    reader: searchReaderOf(actor, classifications),
    q: input.q,
    filters: { kind: input.kind, groupId: input.groupId, organisationId: input.organisationId, status: input.status },
    limit: input.limit,
  });
  const items = hits.map((hit) => ({ ...hit, href: searchResultHref(hit.kind, hit.recordId, hit.groupId) }));
  return {
    items,
    counts,
    jumpTo: searchJumpTarget(items, input.q)?.href ?? null,
    total: Object.values(counts).reduce((sum, n) => sum + n, 0),
  };
}
