/**
 * The demo accounts, for the end-to-end suite (which may import libs/api, not libs/db).
 * From the file itself, not the package entry: Playwright's loader cannot load the
 * seed data's JSON imports that the entry pulls in.
 */
export { DEMO_PASSWORD, demoUsers, type DemoUser } from '@srw/db/demo-accounts';
