import { execFileSync } from 'node:child_process'

import { defineConfig } from '@playwright/test'

/** The distribution's Chromium: browsers are never downloaded here. */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

const appUrl = process.env.APP_URL ?? 'http://127.0.0.1:5173'
/** Set by the test runner when it started its own stack; otherwise the default local one. */
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:54321'

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL: appUrl,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    { name: 'chromium', testMatch: /\.spec\.ts$/, dependencies: ['setup'] },
  ],
  // Reuse what is already running (`npm run dev`, `npm run stack`); start what is missing.
  webServer: [
    ...(process.env.API_URL
      ? []
      : [
          {
            command: 'npm run stack',
            url: `${apiUrl}/auth/v1/health`,
            reuseExistingServer: true,
            timeout: 120_000,
          },
        ]),
    ...(process.env.APP_URL
      ? []
      : [
          {
            command: 'npx vite --port 5173 --strictPort',
            url: appUrl,
            reuseExistingServer: true,
            timeout: 60_000,
          },
        ]),
  ],
})
