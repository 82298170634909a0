import { testEngine } from './index';
import { prepareTestTemplate } from './template';

/**
 * Vitest global setup (libs/db, libs/api): one migrated template database per
 * run for the engine of this run, removed again when the run ends.
 */
export default async function setup(): Promise<() => Promise<void>> {
  return prepareTestTemplate(testEngine());
}
