import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema and committed; they are never pushed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './libs/db/src/schema/index.ts',
  out: './libs/db/migrations',
  strict: true,
  verbose: false,
});
