import { sql, type SQL } from 'drizzle-orm';
import {
  foldSearchText,
  looksLikeCode,
  searchKinds,
  searchPrefixQuery,
  searchReadRules,
  snippetMarkEnd,
  snippetMarkStart,
  type Classification,
  type SearchFilters,
  type SearchKind,
  type SearchReader,
} from '@srw/domain';
import type { Executor } from '../client';

/** How close a label must be for a typo to still find it ("oficier" → "officier"); the glossary uses the same. */
export const SEARCH_WORD_SIMILARITY_THRESHOLD = 0.45;

export interface SearchHit {
  kind: SearchKind;
  recordId: string;
  groupId: string | null;
  groupName: string | null;
  title: string;
  code: string | null;
  abbreviations: string[];
  status: string;
  classification: Classification;
  organisationIds: string[];
  /** Body text around the hits, hits between `snippetMarkStart` and `snippetMarkEnd`. */
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matches per kind the reader may open, with every filter but the kind. */
  counts: Partial<Record<SearchKind, number>>;
}

export interface SearchDocumentsQuery {
  reader: SearchReader;
  q: string;
  filters: SearchFilters;
  limit: number;
}

async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: unknown[] }).rows ?? []) as T[];
}

function list(values: readonly string[]): SQL {
  return sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  );
}

/**
 * Only what the reader may open, decided in SQL from the domain's `searchReadRules`:
 * within the group (any role) or by each kind's own public rule; everything for
 * whoever reads every group, but never above the ceiling where the kind applies it.
 */
export function searchVisibleTo(reader: SearchReader): SQL {
  const ceilingKinds = searchKinds.filter((kind) => searchReadRules[kind].withinCeiling);
  const ceiling =
    ceilingKinds.length === 0
      ? sql`true`
      : reader.classifications.length === 0
        ? sql`d.kind::text not in (${list(ceilingKinds)})`
        : sql`(d.kind::text not in (${list(ceilingKinds)}) or d.classification::text in (${list(reader.classifications)}))`;
  if (reader.readsEveryGroup) return ceiling;
  const open: SQL[] = [sql`d.group_id in (select m.group_id from memberships m where m.user_id = ${reader.userId})`];
  for (const kind of searchKinds) {
    const rule = searchReadRules[kind];
    const ways: SQL[] = [];
    if (rule.publicStatuses.length > 0) ways.push(sql`d.status in (${list(rule.publicStatuses)})`);
    if (rule.publicStatusesOncePublished.length > 0)
      ways.push(sql`(d.published and d.status in (${list(rule.publicStatusesOncePublished)}))`);
    if (rule.publicClassifications.length > 0)
      ways.push(sql`d.classification::text in (${list(rule.publicClassifications)})`);
    if (rule.publicWithoutGroup) ways.push(sql`d.group_id is null`);
    if (rule.namedReaders) ways.push(sql`${reader.userId}::uuid = any(d.named_reader_ids)`);
    if (ways.length > 0) open.push(sql`(d.kind = ${kind} and (${sql.join(ways, sql` or `)}))`);
  }
  return sql`(${ceiling} and (${sql.join(open, sql` or `)}))`;
}

function filterConditions(filters: SearchFilters, withKind: boolean): SQL[] {
  const conditions: SQL[] = [];
  if (withKind && filters.kind) conditions.push(sql`d.kind = ${filters.kind}`);
  if (filters.groupId) conditions.push(sql`d.group_id = ${filters.groupId}`);
  if (filters.organisationId) conditions.push(sql`d.organisation_ids @> array[${filters.organisationId}]::uuid[]`);
  if (filters.status) conditions.push(sql`d.status = ${filters.status}`);
  return conditions;
}

/** The query as SQL pieces: folded text for exact and trigram hits, and one tsquery (Dutch stems or simple prefixes). */
function queryParts(raw: string) {
  const folded = foldSearchText(raw);
  // A code (R-4, B2) matches exactly and as full text only: prefixes and trigrams would find every R-….
  const code = looksLikeCode(raw);
  const prefix = code ? null : searchPrefixQuery(raw);
  const tsquery = prefix
    ? sql`(plainto_tsquery('dutch', ${raw}) || to_tsquery('simple', ${prefix}))`
    : sql`plainto_tsquery('dutch', ${raw})`;
  const matches = code
    ? sql`(d.exact_keys @> array[${folded}]::text[] or d.search_vector @@ ${tsquery})`
    : sql`(d.exact_keys @> array[${folded}]::text[] or d.search_vector @@ ${tsquery} or ${folded} <% d.labels)`;
  return { folded, tsquery, matches };
}

/**
 * One search over every kind, ranked: an exact code or abbreviation first, then an
 * exact title, then Dutch full text (weighted: titles above bodies), then trigram
 * closeness of the labels (typos; of two equally close, the one whose labels are
 * nearest as a whole, so "oficier" puts "officier" before "Officier van Justitie"). Uses the GIN indexes on `exact_keys`,
 * `search_vector` and `labels`; the threshold for `<%` is set for this transaction only.
 */
export async function searchDocumentsFor(db: Executor, query: SearchDocumentsQuery): Promise<SearchResult> {
  const { folded, tsquery, matches } = queryParts(query.q);
  if (folded === '') return { hits: [], counts: {} };
  const visible = searchVisibleTo(query.reader);
  const where = (withKind: boolean) =>
    sql.join([matches, visible, ...filterConditions(query.filters, withKind)], sql` and `);
  const headlineOptions = `StartSel="${snippetMarkStart}", StopSel="${snippetMarkEnd}", MaxWords=26, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;

  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('pg_trgm.word_similarity_threshold', ${String(SEARCH_WORD_SIMILARITY_THRESHOLD)}, true)`,
    );
    const hits = await rowsOf<{
      kind: SearchKind;
      record_id: string;
      group_id: string | null;
      group_name: string | null;
      title: string;
      code: string | null;
      abbreviations: string[];
      status: string;
      classification: Classification;
      organisation_ids: string[];
      snippet: string;
    }>(
      tx,
      sql`with ranked as (
            select d.kind, d.record_id, d.group_id, d.title, d.code, d.abbreviations, d.status, d.classification,
                   d.organisation_ids, d.body,
                   case when d.exact_keys @> array[${folded}]::text[]
                        then case when search_fold(d.title) = ${folded} then 2 else 3 end else 0 end as tier,
                   case when d.search_vector @@ ${tsquery} then ts_rank_cd(d.search_vector, ${tsquery}) else 0 end as text_rank,
                   word_similarity(${folded}, d.labels) as closeness,
                   similarity(${folded}, d.labels) as likeness
              from search_documents d
             where ${where(true)}
             order by tier desc, text_rank desc, closeness desc, likeness desc, d.title asc, d.record_id asc
             limit ${query.limit})
          select r.kind, r.record_id, r.group_id, g.name as group_name, r.title, r.code, r.abbreviations, r.status,
                 r.classification, r.organisation_ids,
                 case when r.body = '' then '' else ts_headline('dutch', r.body, ${tsquery}, ${headlineOptions}) end as snippet
            from ranked r left join working_groups g on g.id = r.group_id
           order by r.tier desc, r.text_rank desc, r.closeness desc, r.likeness desc, r.title asc, r.record_id asc`,
    );
    const counts = await rowsOf<{ kind: SearchKind; n: number | string }>(
      tx,
      sql`select d.kind, count(*) as n from search_documents d where ${where(false)} group by d.kind`,
    );
    return {
      hits: hits.map((row) => ({
        kind: row.kind,
        recordId: row.record_id,
        groupId: row.group_id,
        groupName: row.group_name,
        title: row.title,
        code: row.code,
        abbreviations: row.abbreviations,
        status: row.status,
        classification: row.classification,
        organisationIds: row.organisation_ids,
        snippet: row.snippet,
      })),
      counts: Object.fromEntries(counts.map((row) => [row.kind, Number(row.n)])),
    };
  });
}

/** Rewrites every search document from the records (`npm run search:rebuild`, and after a restore). */
export async function rebuildSearchDocuments(db: Executor): Promise<number> {
  const [row] = await rowsOf<{ n: number | string }>(db, sql`select search_documents_rebuild() as n`);
  return Number(row?.n ?? 0);
}
