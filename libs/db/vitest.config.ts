import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // One migrated template database per run; every test database is a copy of it.
    globalSetup: ['./src/testing/global-setup.ts'],
    // Each test file's PGlite runs on one core: on 2 cores two files at a time, not Vitest's default (cores - 1) of one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
