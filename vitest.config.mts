import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/buildMainFirst.ts', 'test/tempRoot.ts'],
    pool: 'forks',
    testTimeout: 20000,
  },
});
