import { index, pgTable, unique, uuid } from 'drizzle-orm/pg-core';
import { editableColumns } from './columns';
import { groupRoleEnum } from './enums';
import { users } from './users';
import { workingGroups } from './working-groups';

export const memberships = pgTable(
  'memberships',
  {
    ...editableColumns(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => workingGroups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: groupRoleEnum('role').notNull().default('member'),
  },
  (table) => [
    unique('memberships_group_user_uq').on(table.groupId, table.userId),
    index('memberships_user_idx').on(table.userId),
  ],
);

export type MembershipRow = typeof memberships.$inferSelect;
