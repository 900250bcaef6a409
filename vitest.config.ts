import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          // Each integration test file builds its own app on its own fresh database.
          pool: 'forks',
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web',
          // Component tests: the real pages in a simulated browser, the API answered by msw.
          environment: 'happy-dom',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          setupFiles: ['apps/web/src/testing/setup.ts'],
          // The console shows times as the people using it live them (dayjs formats in local time).
          env: { TZ: 'Asia/Shanghai' },
          testTimeout: 20_000,
        },
      },
    ],
  },
});
