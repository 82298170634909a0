import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { glossaryTermStatuses } from '@srw/domain';
import { editableColumns } from './columns';
import { classificationEnum } from './enums';
import { workingGroups } from './working-groups';

export const glossaryTermStatusEnum = pgEnum('glossary_term_status', glossaryTermStatuses);

/** One shared begrippenlijst: a term, maintained by one working group. */
export const glossaryTerms = pgTable(
  'glossary_terms',
  {
    ...editableColumns(),
    prefLabel: text('pref_label').notNull(),
    /** Lower case, accents stripped (computed by the service): makes the label unique. */
    labelKey: text('label_key').notNull(),
    abbreviations: text('abbreviations').array().notNull().default([]),
    synonyms: text('synonyms').array().notNull().default([]),
    hiddenLabels: text('hidden_labels').array().notNull().default([]),
    jointDefinition: text('joint_definition').notNull().default(''),
    jointDefinitionSource: text('joint_definition_source').notNull().default(''),
    scopeNote: text('scope_note').notNull().default(''),
    divergent: boolean('divergent').notNull().default(false),
    divergenceNote: text('divergence_note').notNull().default(''),
    status: glossaryTermStatusEnum('status').notNull().default('in_bewerking'),
    replacedById: uuid('replaced_by_id'),
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    reviewDate: date('review_date', { mode: 'string' }),
    maintainingGroupId: uuid('maintaining_group_id')
      .notNull()
      .references(() => workingGroups.id),
    classification: classificationEnum('classification').notNull().default('ONGERUBRICEERD'),
    /** Bumped when a definition changes; approvals are for one revision. */
    definitionRevision: integer('definition_revision').notNull().default(1),
    /** All labels, folded (service-computed): the haystack for typo-tolerant trigram search. */
    searchLabels: text('search_labels').notNull().default(''),
    /** Labels and definitions: the document for Dutch full-text search. */
    searchDocument: text('search_document').notNull().default(''),
  },
  (table) => [
    uniqueIndex('glossary_terms_label_key_uq').on(table.labelKey),
    index('glossary_terms_group_idx').on(table.maintainingGroupId),
    index('glossary_terms_status_idx').on(table.status),
    foreignKey({ columns: [table.replacedById], foreignColumns: [table.id] }).onDelete('set null'),
  ],
);

export type GlossaryTermRow = typeof glossaryTerms.$inferSelect;
