/** The demo accounts, for the end-to-end suite (which may import libs/api, not libs/db). */
export { DEMO_PASSWORD, demoUsers, type DemoUser } from '@srw/db';
