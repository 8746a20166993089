import { defineConfig } from '@playwright/test'
import { electronBinary } from './test/e2e/support/electron-binary'
import { CHROMIUM_ARGS, findChromium } from './test/e2e/support/find-chromium'

if (!electronBinary()) {
  console.log(
    '[electron specs] skipped: no Electron binary here (it cannot be downloaded on this machine); ' +
      'they run wherever `npm install` could fetch Electron.',
  )
}

export default defineConfig({
  testDir: 'test/e2e',
  // A `.only` left in a spec would make CI run one test and report green.
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'web', testIgnore: /electron\// },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
})
