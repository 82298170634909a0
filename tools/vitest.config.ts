import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.test.ts'],
    environment: 'node',
    // docker-compose (Python) takes seconds to start on a busy machine.
    testTimeout: 60_000,
  },
});
