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
import { preparedPerDatabase, shapeKey, type Bound } from './prepared';
import { SEARCH_WORD_SIMILARITY_THRESHOLD } from './search';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

/** Who reads: classified terms are for the maintaining group, management and admins. */
export interface GlossaryReader {
  userId: string;
  seesAllClassified: boolean;
}

function visibleTo(reader: GlossaryReader): SQL | undefined {
  return visibleToMember(reader.seesAllClassified ? undefined : reader.userId);
}

/** Unclassified terms, and classified ones of the member's groups; everything without a member to limit to. */
function visibleToMember(userId: Bound<string> | undefined): SQL | undefined {
  if (userId === undefined) return undefined;
  return or(
    eq(glossaryTerms.classification, 'ONGERUBRICEERD'),
    sql`exists (select 1 from memberships m where m.group_id = ${glossaryTerms.maintainingGroupId} and m.user_id = ${userId})`,
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

/** The filters of the list, with their values (or placeholders) only where the filter is set. */
interface GlossaryListParts {
  /** The reader when classified terms are limited to the maintaining group's members. */
  readerUserId: Bound<string> | undefined;
  status: Bound<GlossaryTermStatus> | undefined;
  includeRetired: boolean;
  divergent: Bound<boolean> | undefined;
  groupId: Bound<string> | undefined;
  organisationId: Bound<string> | undefined;
  /** '#' (not a letter) is fixed SQL; a letter is a value. */
  letter: '#' | Bound<string> | undefined;
  lensOrganisationId: Bound<string> | undefined;
}

function glossaryListConditions(parts: GlossaryListParts): (SQL | undefined)[] {
  return [
    visibleToMember(parts.readerUserId),
    parts.status !== undefined
      ? eq(glossaryTerms.status, parts.status)
      : parts.includeRetired
        ? undefined
        : notInArray(glossaryTerms.status, retired),
    parts.divergent === undefined ? undefined : eq(glossaryTerms.divergent, parts.divergent),
    parts.groupId === undefined ? undefined : eq(glossaryTerms.maintainingGroupId, parts.groupId),
    parts.organisationId === undefined
      ? undefined
      : sql`exists (select 1 from glossary_definitions d where d.term_id = ${glossaryTerms.id} and d.organisation_id = ${parts.organisationId})`,
    parts.letter === '#'
      ? sql`${glossaryTerms.labelKey} !~ '^[a-z]'`
      : parts.letter === undefined
        ? undefined
        : sql`left(${glossaryTerms.labelKey}, 1) = ${parts.letter}`,
  ];
}

function glossaryListColumns(lensOrganisationId: Bound<string> | undefined) {
  return {
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
    preview:
      lensOrganisationId !== undefined
        ? sql<string>`coalesce((select d.text from glossary_definitions d where d.term_id = glossary_terms.id and d.organisation_id = ${lensOrganisationId}), nullif(glossary_terms.joint_definition, ''), (select d.text from glossary_definitions d join organisations o on o.id = d.organisation_id where d.term_id = glossary_terms.id order by o.code limit 1), '')`
        : sql<string>`coalesce(nullif(glossary_terms.joint_definition, ''), (select d.text from glossary_definitions d join organisations o on o.id = d.organisation_id where d.term_id = glossary_terms.id order by o.code limit 1), '')`,
    previewOrganisationCode:
      lensOrganisationId !== undefined
        ? sql<
            string | null
          >`(select o.code from glossary_definitions d join organisations o on o.id = d.organisation_id where d.term_id = glossary_terms.id and d.organisation_id = ${lensOrganisationId})`
        : sql<string | null>`null::text`,
    replacedById: glossaryTerms.replacedById,
    reviewDate: glossaryTerms.reviewDate,
    updatedAt: glossaryTerms.updatedAt,
  };
}

function glossaryListParts(query: GlossaryListQuery): GlossaryListParts {
  return {
    readerUserId: query.reader.seesAllClassified ? undefined : query.reader.userId,
    status: query.status,
    includeRetired: query.includeRetired,
    divergent: query.divergent,
    groupId: query.groupId || undefined,
    organisationId: query.organisationId || undefined,
    letter: query.letter || undefined,
    lensOrganisationId: query.lensOrganisationId || undefined,
  };
}

/**
 * The A–Z page, prepared once per shape (which filters are set, whether there is
 * a cursor); every value is a placeholder. See `preparedPerDatabase`.
 */
const glossaryBrowseStatement = preparedPerDatabase((db, name, shape: readonly boolean[]) => {
  const [limited, status, includeRetired, divergent, group, organisation, notALetter, letter, lens, cursor] = shape;
  const bound = (part: boolean | undefined, placeholder: string) => (part ? sql.placeholder(placeholder) : undefined);
  const parts: GlossaryListParts = {
    readerUserId: bound(limited, 'readerUserId'),
    status: bound(status, 'status'),
    includeRetired: includeRetired === true,
    divergent: bound(divergent, 'divergent'),
    groupId: bound(group, 'groupId'),
    organisationId: bound(organisation, 'organisationId'),
    letter: notALetter ? '#' : bound(letter, 'letter'),
    lensOrganisationId: bound(lens, 'lensOrganisationId'),
  };
  const cursorKey = sql.placeholder('cursorKey');
  return db
    .select(glossaryListColumns(parts.lensOrganisationId))
    .from(glossaryTerms)
    .innerJoin(workingGroups, eq(workingGroups.id, glossaryTerms.maintainingGroupId))
    .where(
      and(
        ...glossaryListConditions(parts),
        cursor
          ? or(
              gt(glossaryTerms.labelKey, cursorKey),
              and(eq(glossaryTerms.labelKey, cursorKey), gt(glossaryTerms.id, sql.placeholder('cursorId'))),
            )
          : undefined,
      ),
    )
    .orderBy(asc(glossaryTerms.labelKey), asc(glossaryTerms.id))
    .limit(sql.placeholder('limit'))
    .prepare(name);
});

/**
 * Browse A–Z (keyset on label key, id) or search: Dutch full text over labels
 * and definitions, substring and trigram similarity over the labels, ranked by
 * closeness (cursor = offset into the ranking).
 */
export async function listGlossaryTerms(db: Executor, query: GlossaryListQuery): Promise<Page<GlossaryTermSummary>> {
  const search = query.search && query.search.folded !== '' ? query.search : undefined;
  const parts = glossaryListParts(query);

  if (search) {
    const conditions = glossaryListConditions(parts);
    const columns = glossaryListColumns(parts.lensOrganisationId);
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
  const shape = [
    parts.readerUserId !== undefined,
    parts.status !== undefined,
    parts.includeRetired,
    parts.divergent !== undefined,
    parts.groupId !== undefined,
    parts.organisationId !== undefined,
    parts.letter === '#',
    parts.letter !== undefined && parts.letter !== '#',
    parts.lensOrganisationId !== undefined,
    cursor !== null,
  ];
  const rows = await glossaryBrowseStatement(db, shapeKey('glossary_browse', shape), shape).execute({
    readerUserId: parts.readerUserId,
    status: parts.status,
    divergent: parts.divergent,
    groupId: parts.groupId,
    organisationId: parts.organisationId,
    letter: parts.letter,
    lensOrganisationId: parts.lensOrganisationId,
    cursorKey: cursor?.key,
    cursorId: cursor?.id,
    limit: query.limit + 1,
  });
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

const definitionColumns = {
  termId: glossaryDefinitions.termId,
  organisationId: glossaryDefinitions.organisationId,
  organisationCode: organisations.code,
  organisationName: organisations.name,
  text: glossaryDefinitions.text,
  source: glossaryDefinitions.source,
  explanation: glossaryDefinitions.explanation,
  example: glossaryDefinitions.example,
};

/** One term's definitions (its page): prepared, see `preparedPerDatabase`. */
const termDefinitionsStatement = preparedPerDatabase((db, name) =>
  db
    .select(definitionColumns)
    .from(glossaryDefinitions)
    .innerJoin(organisations, eq(organisations.id, glossaryDefinitions.organisationId))
    .where(eq(glossaryDefinitions.termId, sql.placeholder('termId')))
    .orderBy(asc(organisations.code))
    .prepare(name),
);

export async function findGlossaryDefinitions(
  db: Executor,
  termIds: readonly string[],
): Promise<(GlossaryDefinitionView & { termId: string })[]> {
  const [only, ...others] = termIds;
  if (only === undefined) return [];
  if (others.length === 0)
    return termDefinitionsStatement(db, 'glossary_term_definitions', undefined).execute({ termId: only });
  return db
    .select(definitionColumns)
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

/** Prepared per shape: whether the reader is limited to unclassified terms and their own groups' ones. */
const replacedByStatement = preparedPerDatabase((db, name, limited: boolean) =>
  db
    .select({ id: glossaryTerms.id, prefLabel: glossaryTerms.prefLabel, status: glossaryTerms.status })
    .from(glossaryTerms)
    .where(
      and(
        eq(glossaryTerms.replacedById, sql.placeholder('termId')),
        visibleToMember(limited ? sql.placeholder('userId') : undefined),
      ),
    )
    .orderBy(asc(glossaryTerms.labelKey))
    .prepare(name),
);

/** The terms that name this one as their replacement ("vervangt"), those the reader may see. */
export async function findGlossaryTermsReplacedBy(
  db: Executor,
  termId: string,
  reader: GlossaryReader,
): Promise<{ id: string; prefLabel: string; status: GlossaryTermStatus }[]> {
  const limited = !reader.seesAllClassified;
  return replacedByStatement(db, shapeKey('glossary_replaced_by', [limited]), limited).execute({
    termId,
    userId: reader.userId,
  });
}

/** A term's relations from both sides: stored ones as they are, incoming ones inverted. */
/** A term's relations one way (to the related term, or from it), prepared per direction and reader shape. */
const relationsStatement = preparedPerDatabase((db, name, shape: { incoming: boolean; limited: boolean }) =>
  db
    .select({
      kind: glossaryRelations.kind,
      termId: glossaryTerms.id,
      prefLabel: glossaryTerms.prefLabel,
      status: glossaryTerms.status,
    })
    .from(glossaryRelations)
    .innerJoin(
      glossaryTerms,
      eq(glossaryTerms.id, shape.incoming ? glossaryRelations.termId : glossaryRelations.relatedTermId),
    )
    .where(
      and(
        eq(shape.incoming ? glossaryRelations.relatedTermId : glossaryRelations.termId, sql.placeholder('termId')),
        visibleToMember(shape.limited ? sql.placeholder('userId') : undefined),
      ),
    )
    .prepare(name),
);

export async function findGlossaryRelations(
  db: Executor,
  termId: string,
  reader: GlossaryReader,
): Promise<GlossaryRelationView[]> {
  const limited = !reader.seesAllClassified;
  const values = { termId, userId: reader.userId };
  const outgoing = await relationsStatement(db, shapeKey('glossary_relations_out', [limited]), {
    incoming: false,
    limited,
  }).execute(values);
  const incoming = await relationsStatement(db, shapeKey('glossary_relations_in', [limited]), {
    incoming: true,
    limited,
  }).execute(values);
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
