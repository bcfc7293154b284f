import { defineConfig, devices } from '@playwright/test';
import { siteDir } from './lib/static-export/site-dir';
import { chromiumFlags, testChromiumPath } from './scripts/lib/chromium';

const port = Number(process.env.PORT ?? 4173);
/** The production recipe (nginx with the build's includes) runs the serving tests too, unless SKIP_NGINX=1. */
const nginxPort = Number(process.env.NGINX_PORT ?? 4180);
const withNginx = process.env.SKIP_NGINX !== '1';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // In CI, a failed test runs once more and is reported as flaky (the line reporter names it; e2e.json
  // records it). One CI run was lost to a single request nginx's brotli_static module answered with gzip,
  // never reproduced here in 8,000 requests (tests/e2e/served.spec.ts); a test failing twice still fails.
  retries: process.env.CI ? 1 : 0,
  // Four workers on two cores: a browser test spends about half its time waiting (page loads, polling
  // assertions, the test server), and four keep both cores busy: the a11y and phone-width specs ran in
  // 169 s instead of 261 s (same CPU time).
  workers: 4,
  // Each test's duration is also written to test-results/e2e.json, to find what the suite's time goes to.
  reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // A trace when a test fails and runs again (CI retries once; locally: `--trace on`). Recording one for
    // every test, to keep only the failures', cost a sixth of the suite's time (DOM snapshots of long essays
    // after every action): 2.4 min instead of 2.0 for the a11y, phone-layout and phone-controls specs.
    trace: 'on-first-retry',
    // The site's service worker (offline reading) would answer requests other specs route or count:
    // blocked everywhere but tests/e2e/offline.spec.ts, which allows it for itself.
    serviceWorkers: 'block',
    launchOptions: { executablePath: testChromiumPath, args: chromiumFlags },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    { name: 'mobile', use: { ...devices['Pixel 7'] }, grep: /@mobile/ },
    ...(withNginx
      ? [
          {
            name: 'nginx',
            use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${nginxPort}` },
            testMatch: /(served|csp)\.spec\.ts$/,
          },
        ]
      : []),
  ],
  // `npm run serve`'s server (scripts/serve.ts), and nginx as README's "Deploy" configures it.
  webServer: [
    {
      command: `npx tsx scripts/serve.ts --dir ${siteDir} --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    ...(withNginx
      ? [
          {
            command: `npx tsx scripts/serve-nginx.ts --port ${nginxPort}`,
            url: `http://127.0.0.1:${nginxPort}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
