import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { glossaryCommentKinds, glossaryCommentStatuses } from '@srw/domain';
import { idColumn, timestampColumns } from './columns';
import { decisions } from './decisions';
import { glossaryTerms } from './glossary-terms';
import { users } from './users';

export const glossaryCommentKindEnum = pgEnum('glossary_comment_kind', glossaryCommentKinds);
export const glossaryCommentStatusEnum = pgEnum('glossary_comment_status', glossaryCommentStatuses);

/** Comments and change proposals from any reader; the maintaining group handles them. */
export const glossaryComments = pgTable(
  'glossary_comments',
  {
    id: idColumn(),
    ...timestampColumns(),
    termId: uuid('term_id')
      .notNull()
      .references(() => glossaryTerms.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    kind: glossaryCommentKindEnum('kind').notNull().default('comment'),
    body: text('body').notNull(),
    status: glossaryCommentStatusEnum('status').notNull().default('open'),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'date' }),
    /** The concept decision this dispute was escalated into (the decision's page links back through it). */
    decisionId: uuid('decision_id').references(() => decisions.id, { onDelete: 'set null' }),
  },
  (table) => [
    index('glossary_comments_term_idx').on(table.termId, table.createdAt),
    index('glossary_comments_decision_idx').on(table.decisionId),
  ],
);

export type GlossaryCommentRow = typeof glossaryComments.$inferSelect;
