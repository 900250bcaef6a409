/**
 * End-to-end suite: a demo server on a fresh SQLite database, driven through Debian's Chromium
 * (no browser download). `npm run test:e2e` builds the web app first.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3199);
// Computed once in the runner and inherited by workers through the environment.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'tuoyu-e2e-'));

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/artifacts',
  // Generous: a CI machine may be busy (the suite measures behaviour; speed lives in bench/).
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node --import tsx apps/server/src/main.ts --demo',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: process.env.E2E_DATA_DIR,
      LOG_LEVEL: 'warn',
      // Every spec's sessions log in from 127.0.0.1, far above a person's 30 a minute; the limit
      // itself is tested in apps/server/src/platform/http.test.ts.
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    },
  },
});
