import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // One migrated template database per run; every test database is a copy of it.
    globalSetup: ['../db/src/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
  },
});
