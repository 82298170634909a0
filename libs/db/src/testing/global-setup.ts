import { testEngine } from './index';
import { prepareTestTemplate } from './template';

let cleanUp: (() => Promise<void>) | undefined;

/**
 * Vitest global setup (libs/db, libs/api): one migrated template database per
 * run for the engine of this run; `teardown` removes what the run made.
 */
export async function setup(): Promise<void> {
  cleanUp = await prepareTestTemplate(testEngine());
}

export async function teardown(): Promise<void> {
  await cleanUp?.();
}
