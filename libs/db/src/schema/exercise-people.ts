import { pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { exercisePersonRoleEnum } from './scenario-enums';
import { exercises } from './exercises';
import { users } from './users';

/** Named participants and the planning team of an exercise. */
export const exercisePeople = pgTable(
  'exercise_people',
  {
    exerciseId: uuid('exercise_id')
      .notNull()
      .references(() => exercises.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: exercisePersonRoleEnum('role').notNull(),
  },
  (table) => [primaryKey({ columns: [table.exerciseId, table.userId, table.role] })],
);
