import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The files of a worker share one module graph instead of importing zod and the rest again per file
    // (libs/domain: 149 s → 25 s wall on a loaded machine). That is safe while no test leaves state behind for the next
    // file: no vi.mock, fake timers, stubbed globals or environment changes without undoing them in afterEach.
    isolate: false,
  },
});
