// Playwright end-to-end tests against the release build in dist/.
// Runs Debian's /usr/bin/chromium (installed by scripts/setup.sh): never `npx playwright install`.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// E2E_PORT lets two work trees run their suites side by side; CI uses the default.
const PORT = Number(process.env.E2E_PORT ?? 4173);


export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /.*\.spec\.(m?js|ts)$/,
  workers: 1, // 2-core machine
  retries: 0,
  // A test's time limit catches hangs; speed is measured in `make bench`. Whole-deck tests take
  // 7-19 s on a quiet machine and twice that on a busy one (measured with both cores loaded),
  // so Playwright's default of 30 s failed a sound test in CI.
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `python3 scripts/serve_dist.py --port ${PORT} --dir dist`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
