import { and, asc, desc, eq, gt, inArray, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import {
  decodeCursor,
  encodeCursor,
  glossaryLabelKey,
  glossarySearchDocument,
  glossarySearchLabels,
  inverseRelationKind,
  retiredGlossaryStatuses,
  toPage,
  type Classification,
  type GlossaryDefinitionInput,
  type GlossaryRelationInput,
  type GlossaryRelationKind,
  type GlossaryTermStatus,
  type Page,
} from '@srw/domain';
import type { Executor } from '../client';
import {
  glossaryDefinitions,
  glossaryRelations,
  glossaryTerms,
  organisations,
  workingGroups,
  type GlossaryTermRow,
} from '../schema';
import { SEARCH_WORD_SIMILARITY_THRESHOLD } from './search';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

/** Who reads: classified terms are for the maintaining group, management and admins. */
export interface GlossaryReader {
  userId: string;
  seesAllClassified: boolean;
}

function visibleTo(reader: GlossaryReader): SQL | undefined {
  if (reader.seesAllClassified) return undefined;
  return or(
    eq(glossaryTerms.classification, 'ONGERUBRICEERD'),
    sql`exists (select 1 from memberships m where m.group_id = ${glossaryTerms.maintainingGroupId} and m.user_id = ${reader.userId})`,
  );
}

const retired = [...retiredGlossaryStatuses];

export interface GlossaryTermSummary {
  id: string;
  prefLabel: string;
  abbreviations: string[];
  synonyms: string[];
  status: GlossaryTermStatus;
  divergent: boolean;
  classification: Classification;
  maintainingGroupId: string;
  maintainingGroupName: string;
  organisationCodes: string[];
  /** The lens organisation's definition, else the joint definition, else the first organisation's definition. */
  preview: string;
  /** The lens organisation's code when the preview is its definition; null otherwise. */
  previewOrganisationCode: string | null;
  replacedById: string | null;
  reviewDate: string | null;
  updatedAt: Date;
}

export interface GlossaryListQuery {
  reader: GlossaryReader;
  /** The search as typed, and folded (lower case, no accents). */
  search?: { raw: string; folded: string } | undefined;
  organisationId?: string | undefined;
  status?: GlossaryTermStatus | undefined;
  divergent?: boolean | undefined;
  groupId?: string | undefined;
  letter?: string | undefined;
  includeRetired: boolean;
  /** The organisation lens: its definition first in the preview. */
  lensOrganisationId?: string | undefined;
  cursor?: string | null | undefined;
  limit: number;
}

/** How close a label must be for typo-tolerant search ("oficier" → "officier"): the same as the one search. */
const WORD_SIMILARITY_THRESHOLD = SEARCH_WORD_SIMILARITY_THRESHOLD;

/**
 * Browse A–Z (keyset on label key, id) or search: Dutch full text over labels
 * and definitions, substring and trigram similarity over the labels, ranked by
 * closeness (cursor = offset into the ranking).
 */
export async function listGlossaryTerms(db: Executor, query: GlossaryListQuery): Promise<Page<GlossaryTermSummary>> {
  const search = query.search && query.search.folded !== '' ? query.search : undefined;
  const conditions: (SQL | undefined)[] = [
    visibleTo(query.reader),
    query.status
      ? eq(glossaryTerms.status, query.status)
      : query.includeRetired
        ? undefined
        : notInArray(glossaryTerms.status, retired),
    query.divergent === undefined ? undefined : eq(glossaryTerms.divergent, query.divergent),
    query.groupId ? eq(glossaryTerms.maintainingGroupId, query.groupId) : undefined,
    query.organisationId
      ? sql`exists (select 1 from glossary_definitions d where d.term_id = ${glossaryTerms.id} and d.organisation_id = ${query.organisationId})`
      : undefined,
    query.letter === '#'
      ? sql`${glossaryTerms.labelKey} !~ '^[a-z]'`
      : query.letter
        ? sql`left(${glossaryTerms.labelKey}, 1) = ${query.letter}`
        : undefined,
  ];
  const columns = {
    id: glossaryTerms.id,
    prefLabel: glossaryTerms.prefLabel,
    labelKey: glossaryTerms.labelKey,
    abbreviations: glossaryTerms.abbreviations,
    synonyms: glossaryTerms.synonyms,
    status: glossaryTerms.status,
    divergent: glossaryTerms.divergent,
    classification: glossaryTerms.classification,
    maintainingGroupId: glossaryTerms.maintainingGroupId,
    maintainingGroupName: workingGroups.name,
    organisationCodes: sql<
      string[]
    >`coalesce((select array_agg(o.code order by o.code) from glossary_definitions d join organisations o on o.id = d.organisation_id where d.term_id = glossary_terms.id), '{}')`,
    preview: query.lensOrganisationId
      ? sql<string>`coalesce((select d.text from glossary_definitions d where d.term_id = glossary_terms.id and d.organisation_id = ${query.lensOrganisationId}), nullif(glossary_terms.joint_definition, ''), (select d.text from glossary_definitions d join organisations o on o.id = d.organisation_id where d.term_id = glossary_terms.id order by o.code limit 1), '')`
      : sql<string>`coalesce(nullif(glossary_terms.joint_definition, ''), (select d.text from glossary_definitions d join organisations o on o.id = d.organisation_id where d.term_id = glossary_terms.id order by o.code limit 1), '')`,
    previewOrganisationCode: query.lensOrganisationId
      ? sql<
          string | null
        >`(select o.code from glossary_definitions d join organisations o on o.id = d.organisation_id where d.term_id = glossary_terms.id and d.organisation_id = ${query.lensOrganisationId})`
      : sql<string | null>`null::text`,
    replacedById: glossaryTerms.replacedById,
    reviewDate: glossaryTerms.reviewDate,
    updatedAt: glossaryTerms.updatedAt,
  };

  if (search) {
    const offset = Number(decodeCursor(query.cursor, 'offset')?.key ?? 0);
    const like = `%${search.folded.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    // Explicit table names: inside select fields Drizzle drops the table prefix.
    const fullText = sql`to_tsvector('dutch', glossary_terms.search_document) @@ plainto_tsquery('dutch', ${search.raw})`;
    const rank = sql<number>`greatest(
      case when glossary_terms.label_key = ${search.folded} then 4 else 0 end,
      case when glossary_terms.label_key like ${`${search.folded.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`} then 3 else 0 end,
      case when glossary_terms.search_labels like ${like} then 2 else 0 end,
      word_similarity(${search.folded}, glossary_terms.search_labels) * 1.5,
      case when ${fullText} then 1 + ts_rank(to_tsvector('dutch', glossary_terms.search_document), plainto_tsquery('dutch', ${search.raw})) else 0 end
    )`;
    // Every condition can use an index (trigram GIN for `like` and `<%`, the Dutch
    // full-text expression index), so the planner combines them instead of scanning
    // every term; `<%` takes its threshold from the setting, for this transaction only.
    const matches = or(
      sql`${glossaryTerms.searchLabels} like ${like}`,
      sql`${search.folded} <% ${glossaryTerms.searchLabels}`,
      sql`to_tsvector('dutch', ${glossaryTerms.searchDocument}) @@ plainto_tsquery('dutch', ${search.raw})`,
    );
    const rows = await db.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`,
      );
      return tx
        .select({ ...columns, rank })
        .from(glossaryTerms)
        .innerJoin(workingGroups, eq(workingGroups.id, glossaryTerms.maintainingGroupId))
        .where(and(...conditions, matches))
        .orderBy(desc(rank), asc(glossaryTerms.labelKey), asc(glossaryTerms.id))
        .offset(offset)
        .limit(query.limit + 1);
    });
    const items = rows.slice(0, query.limit).map(({ rank: _rank, labelKey: _key, ...row }) => row);
    return {
      items,
      nextCursor: rows.length > query.limit ? encodeCursor({ key: String(offset + query.limit), id: '' }) : null,
    };
  }

  const cursor = decodeCursor(query.cursor, 'text');
  const rows = await db
    .select(columns)
    .from(glossaryTerms)
    .innerJoin(workingGroups, eq(workingGroups.id, glossaryTerms.maintainingGroupId))
    .where(
      and(
        ...conditions,
        cursor
          ? or(
              gt(glossaryTerms.labelKey, cursor.key),
              and(eq(glossaryTerms.labelKey, cursor.key), gt(glossaryTerms.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(glossaryTerms.labelKey), asc(glossaryTerms.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => ({ key: row.labelKey, id: row.id }));
  return { items: page.items.map(({ labelKey: _key, ...row }) => row), nextCursor: page.nextCursor };
}

export async function findGlossaryTerm(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, glossaryTerms, id, options);
}

/** What a term holds besides its definitions and relations, as written to the table. */
export interface GlossaryTermFields {
  prefLabel: string;
  abbreviations: string[];
  synonyms: string[];
  hiddenLabels: string[];
  jointDefinition: string;
  jointDefinitionSource: string;
  scopeNote: string;
  divergent: boolean;
  divergenceNote: string;
  validFrom: string | null;
  validUntil: string | null;
  reviewDate: string | null;
  maintainingGroupId: string;
  classification: Classification;
}

/** The term's own fields out of an input that holds more (definitions, relations, version). */
export function pickGlossaryTermFields(input: GlossaryTermFields): GlossaryTermFields {
  return {
    prefLabel: input.prefLabel,
    abbreviations: input.abbreviations,
    synonyms: input.synonyms,
    hiddenLabels: input.hiddenLabels,
    jointDefinition: input.jointDefinition,
    jointDefinitionSource: input.jointDefinitionSource,
    scopeNote: input.scopeNote,
    divergent: input.divergent,
    divergenceNote: input.divergenceNote,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    reviewDate: input.reviewDate,
    maintainingGroupId: input.maintainingGroupId,
    classification: input.classification,
  };
}

/** The computed columns: unique label key and search text. */
function derivedColumns(fields: GlossaryTermFields, definitions: readonly { text: string; explanation: string }[]) {
  return {
    labelKey: glossaryLabelKey(fields.prefLabel),
    searchLabels: glossarySearchLabels(fields),
    searchDocument: glossarySearchDocument(fields, definitions),
  };
}

/** A term's content as a form or an import gives it: its fields, definitions and relations. */
export interface GlossaryTermContentValues {
  fields: GlossaryTermFields;
  definitions: readonly GlossaryDefinitionInput[];
  relations: readonly GlossaryRelationInput[];
}

/** Inserts a term with its definitions and relations; the caller records it as version 1. */
export async function insertGlossaryTerm(
  db: Executor,
  values: GlossaryTermContentValues & { status: GlossaryTermStatus; createdBy: string | null },
): Promise<GlossaryTermRow> {
  const [term] = await db
    .insert(glossaryTerms)
    .values({
      ...values.fields,
      ...derivedColumns(values.fields, values.definitions),
      status: values.status,
      createdBy: values.createdBy,
    })
    .returning();
  if (!term) throw new Error('insert glossary_terms returned no row');
  await replaceGlossaryDefinitions(db, term.id, values.definitions);
  await replaceGlossaryRelations(db, term.id, values.relations);
  return term;
}

/** Rewrites a term's content at the version the editor read, with its status and definition revision. */
export async function updateGlossaryTermContent(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: GlossaryTermContentValues & { status: GlossaryTermStatus; definitionRevision: number },
): Promise<GlossaryTermRow> {
  const updated = await updateGlossaryTermRow(db, id, expectedVersion, {
    ...values.fields,
    ...derivedColumns(values.fields, values.definitions),
    status: values.status,
    definitionRevision: values.definitionRevision,
  });
  await replaceGlossaryDefinitions(db, id, values.definitions);
  await replaceGlossaryRelations(db, id, values.relations);
  return updated;
}

/** The one versioned update of a term row (status, replacement, revision, content). */
export async function updateGlossaryTermRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<Omit<typeof glossaryTerms.$inferInsert, 'id' | 'version' | 'createdAt' | 'createdBy'>>,
): Promise<GlossaryTermRow> {
  return updateVersioned(db, glossaryTerms, id, expectedVersion, values);
}

/** The term holding a label key, optionally other than `exceptId`. */
export async function findGlossaryTermIdByLabelKey(
  db: Executor,
  labelKey: string,
  exceptId?: string,
): Promise<string | null> {
  const [row] = await db
    .select({ id: glossaryTerms.id })
    .from(glossaryTerms)
    .where(and(eq(glossaryTerms.labelKey, labelKey), exceptId ? ne(glossaryTerms.id, exceptId) : undefined));
  return row?.id ?? null;
}

export async function findGlossaryTermIdsByLabelKeys(
  db: Executor,
  labelKeys: readonly string[],
): Promise<Map<string, string>> {
  if (labelKeys.length === 0) return new Map();
  const rows = await db
    .select({ id: glossaryTerms.id, labelKey: glossaryTerms.labelKey })
    .from(glossaryTerms)
    .where(inArray(glossaryTerms.labelKey, [...labelKeys]));
  return new Map(rows.map((r) => [r.labelKey, r.id]));
}

export interface GlossaryDefinitionView {
  organisationId: string;
  organisationCode: string;
  organisationName: string;
  text: string;
  source: string;
  explanation: string;
  example: string;
}

export async function findGlossaryDefinitions(
  db: Executor,
  termIds: readonly string[],
): Promise<(GlossaryDefinitionView & { termId: string })[]> {
  if (termIds.length === 0) return [];
  return db
    .select({
      termId: glossaryDefinitions.termId,
      organisationId: glossaryDefinitions.organisationId,
      organisationCode: organisations.code,
      organisationName: organisations.name,
      text: glossaryDefinitions.text,
      source: glossaryDefinitions.source,
      explanation: glossaryDefinitions.explanation,
      example: glossaryDefinitions.example,
    })
    .from(glossaryDefinitions)
    .innerJoin(organisations, eq(organisations.id, glossaryDefinitions.organisationId))
    .where(inArray(glossaryDefinitions.termId, [...termIds]))
    .orderBy(asc(organisations.code));
}

export async function replaceGlossaryDefinitions(
  db: Executor,
  termId: string,
  definitions: readonly {
    organisationId: string;
    text: string;
    source: string;
    explanation: string;
    example: string;
  }[],
): Promise<void> {
  await db.delete(glossaryDefinitions).where(eq(glossaryDefinitions.termId, termId));
  if (definitions.length > 0) {
    await db.insert(glossaryDefinitions).values(definitions.map((d) => ({ ...d, termId })));
  }
}

export interface GlossaryRelationView {
  kind: GlossaryRelationKind;
  termId: string;
  prefLabel: string;
  status: GlossaryTermStatus;
}

/** The terms that name this one as their replacement ("vervangt"), those the reader may see. */
export async function findGlossaryTermsReplacedBy(
  db: Executor,
  termId: string,
  reader: GlossaryReader,
): Promise<{ id: string; prefLabel: string; status: GlossaryTermStatus }[]> {
  return db
    .select({ id: glossaryTerms.id, prefLabel: glossaryTerms.prefLabel, status: glossaryTerms.status })
    .from(glossaryTerms)
    .where(and(eq(glossaryTerms.replacedById, termId), visibleTo(reader)))
    .orderBy(asc(glossaryTerms.labelKey));
}

/** A term's relations from both sides: stored ones as they are, incoming ones inverted. */
export async function findGlossaryRelations(
  db: Executor,
  termId: string,
  reader: GlossaryReader,
): Promise<GlossaryRelationView[]> {
  const outgoing = await db
    .select({
      kind: glossaryRelations.kind,
      termId: glossaryTerms.id,
      prefLabel: glossaryTerms.prefLabel,
      status: glossaryTerms.status,
    })
    .from(glossaryRelations)
    .innerJoin(glossaryTerms, eq(glossaryTerms.id, glossaryRelations.relatedTermId))
    .where(and(eq(glossaryRelations.termId, termId), visibleTo(reader)));
  const incoming = await db
    .select({
      kind: glossaryRelations.kind,
      termId: glossaryTerms.id,
      prefLabel: glossaryTerms.prefLabel,
      status: glossaryTerms.status,
    })
    .from(glossaryRelations)
    .innerJoin(glossaryTerms, eq(glossaryTerms.id, glossaryRelations.termId))
    .where(and(eq(glossaryRelations.relatedTermId, termId), visibleTo(reader)));
  const seen = new Set<string>();
  const result: GlossaryRelationView[] = [];
  for (const relation of [...outgoing, ...incoming.map((r) => ({ ...r, kind: inverseRelationKind(r.kind) }))]) {
    const key = `${relation.kind}:${relation.termId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(relation);
  }
  return result.sort((a, b) => a.prefLabel.localeCompare(b.prefLabel, 'nl'));
}

/** The term's form is authoritative for all its relations, whichever side stored them. */
export async function replaceGlossaryRelations(
  db: Executor,
  termId: string,
  relations: readonly { kind: GlossaryRelationKind; termId: string }[],
): Promise<void> {
  await db
    .delete(glossaryRelations)
    .where(or(eq(glossaryRelations.termId, termId), eq(glossaryRelations.relatedTermId, termId)));
  if (relations.length > 0) {
    await db
      .insert(glossaryRelations)
      .values(relations.map((r) => ({ termId, kind: r.kind, relatedTermId: r.termId })));
  }
}

export async function findGlossaryTermStatuses(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: glossaryTerms.id,
      prefLabel: glossaryTerms.prefLabel,
      status: glossaryTerms.status,
      classification: glossaryTerms.classification,
    })
    .from(glossaryTerms)
    .where(inArray(glossaryTerms.id, [...ids]));
}

/** Full rows for export, with the maintaining group's name. */
export async function listGlossaryTermsForExport(db: Executor, reader: GlossaryReader, includeRetired: boolean) {
  return db
    .select({ term: glossaryTerms, groupName: workingGroups.name })
    .from(glossaryTerms)
    .innerJoin(workingGroups, eq(workingGroups.id, glossaryTerms.maintainingGroupId))
    .where(and(visibleTo(reader), includeRetired ? undefined : notInArray(glossaryTerms.status, retired)))
    .orderBy(asc(glossaryTerms.labelKey));
}

/** Stored relations between the given terms (for export). */
export async function findGlossaryRelationsAmong(db: Executor, termIds: readonly string[]) {
  if (termIds.length === 0) return [];
  return db
    .select()
    .from(glossaryRelations)
    .where(
      and(inArray(glossaryRelations.termId, [...termIds]), inArray(glossaryRelations.relatedTermId, [...termIds])),
    );
}
