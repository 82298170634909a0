import { pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestampColumns } from './columns';
import { glossaryTerms } from './glossary-terms';
import { organisations } from './organisations';

/** A term's meaning in one organisation's usage; edited (and versioned) with its term. */
export const glossaryDefinitions = pgTable(
  'glossary_definitions',
  {
    id: idColumn(),
    ...timestampColumns(),
    termId: uuid('term_id')
      .notNull()
      .references(() => glossaryTerms.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    text: text('text').notNull(),
    source: text('source').notNull().default(''),
    explanation: text('explanation').notNull().default(''),
    example: text('example').notNull().default(''),
  },
  (table) => [unique('glossary_definitions_term_org_uq').on(table.termId, table.organisationId)],
);

export type GlossaryDefinitionRow = typeof glossaryDefinitions.$inferSelect;
