import { test as base, expect } from '@playwright/test'
import { apiCall } from './api'
import { completeSetup, importDemoCatalogue } from './first-run'
import { startWebApp, type WebApp } from './web-app'

/**
 * Every test gets its own server and data folder, already through the first-run wizard
 * (support/first-run.ts) with its admin signed in — unless the spec sets `emptyFolder`, which
 * leaves the folder to the wizard itself. `openApp` opens the page with, unless `shift: false`,
 * a shift open; `demo: 'accept'` imports the demo catalogue, `decline` leaves it empty.
 */
export const test = base.extend<{
  emptyFolder: boolean
  web: WebApp
  openApp: (opts?: { demo?: 'accept' | 'decline'; shift?: boolean }) => Promise<void>
}>({
  emptyFolder: [false, { option: true }],
  web: async ({ emptyFolder }, use) => {
    const web = await startWebApp()
    if (!emptyFolder) await completeSetup(web)
    await use(web)
    await web.stop()
  },
  openApp: async ({ page, web }, use) => {
    await use(async ({ demo = 'decline', shift = true } = {}) => {
      if (demo === 'accept') await importDemoCatalogue(web)
      if (shift) await apiCall(web, 'shifts:open', { openingFloat: 0 })
      await page.goto(web.url)
    })
  },
})

export { expect }
