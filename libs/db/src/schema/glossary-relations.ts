import { index, pgEnum, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { glossaryRelationKinds } from '@srw/domain';
import { glossaryTerms } from './glossary-terms';

export const glossaryRelationKindEnum = pgEnum('glossary_relation_kind', glossaryRelationKinds);

/** Stored as entered from `term_id`; the other side reads it inverted (broader ↔ narrower). */
export const glossaryRelations = pgTable(
  'glossary_relations',
  {
    termId: uuid('term_id')
      .notNull()
      .references(() => glossaryTerms.id, { onDelete: 'cascade' }),
    kind: glossaryRelationKindEnum('kind').notNull(),
    relatedTermId: uuid('related_term_id')
      .notNull()
      .references(() => glossaryTerms.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.termId, table.kind, table.relatedTermId] }),
    index('glossary_relations_related_idx').on(table.relatedTermId),
  ],
);

export type GlossaryRelationRow = typeof glossaryRelations.$inferSelect;
