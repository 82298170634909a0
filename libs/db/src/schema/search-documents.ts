import { sql } from 'drizzle-orm';
import { boolean, customType, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { searchKinds } from '@srw/domain';
import { classificationEnum } from './enums';

export const searchKindEnum = pgEnum('search_kind', searchKinds);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One row per searchable record (issue 16), written only by the triggers of the
 * custom migration `search_documents_sync` in the same transaction as the record
 * itself; `search_documents_rebuild()` rewrites all of them. Derived data: backups
 * leave it out and a restore rebuilds it.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    kind: searchKindEnum('kind').notNull(),
    recordId: uuid('record_id').notNull(),
    /** The working group the record belongs to (its own id for a group); null for group-less records. */
    groupId: uuid('group_id'),
    /** The organisations the record concerns (perspectives, definitions, addressees, home and host …). */
    organisationIds: uuid('organisation_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    status: text('status').notNull().default(''),
    /** Whether the record was ever published (a decision with `published_at`). */
    published: boolean('published').notNull().default(false),
    classification: classificationEnum('classification').notNull().default('ONGERUBRICEERD'),
    /** People who may open the record without belonging to its group (a placement's person and proposer). */
    namedReaderIds: uuid('named_reader_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    title: text('title').notNull(),
    code: text('code'),
    abbreviations: text('abbreviations')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    body: text('body').notNull().default(''),
    /** Folded code, abbreviations and title: exact hits ("om", "r-4", "b2"). */
    exactKeys: text('exact_keys')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Folded title, code, abbreviations and other labels: the haystack for typo-tolerant trigram search. */
    labels: text('labels').notNull().default(''),
    /** Dutch stems of title and body, plus unstemmed words (`simple`) for codes and prefixes. */
    searchVector: tsvector('search_vector').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.kind, table.recordId] }),
    index('search_documents_vector_idx').using('gin', table.searchVector),
    index('search_documents_labels_trgm_idx').using('gin', table.labels.op('gin_trgm_ops')),
    index('search_documents_exact_keys_idx').using('gin', table.exactKeys),
    index('search_documents_group_idx').on(table.groupId),
  ],
);

export type SearchDocumentRow = typeof searchDocuments.$inferSelect;
