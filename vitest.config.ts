import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Each integration test file builds its own app on its own fresh database.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
