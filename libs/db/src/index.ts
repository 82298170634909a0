export * from './client';
export * from './data-dir-lock';
export * from './migrate';
export * as schema from './schema';
export * from './schema';
export * from './queries/audit';
export * from './queries/login-attempts';
export * from './queries/organisations';
export * from './queries/users';
export * from './queries/working-groups';
export * from './queries/memberships';
export * from './seed/reference-data';
// SQL helpers re-exported so the API layer never imports the ORM directly.
export { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
export * from './queries/placements';
export * from './queries/decisions';
