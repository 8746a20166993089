import { test as base, expect } from '@playwright/test'
import { startWebApp, type WebApp } from './web-app'

/**
 * Every test gets its own server and data folder, and a page already on the app.
 * `freshApp` leaves the demo offer unanswered; `app` has declined it (empty catalogue).
 */
export const test = base.extend<{
  web: WebApp
  openApp: (opts?: { demo?: 'accept' | 'decline' | 'leave' }) => Promise<void>
}>({
  // Playwright requires an object pattern for fixture dependencies, even when there are none.
  // eslint-disable-next-line no-empty-pattern
  web: async ({}, use) => {
    const web = await startWebApp()
    await use(web)
    await web.stop()
  },
  openApp: async ({ page, web }, use) => {
    await use(async ({ demo = 'decline' } = {}) => {
      if (demo !== 'leave') {
        const channel = demo === 'accept' ? 'demo:seed' : 'demo:decline'
        const res = await fetch(`http://127.0.0.1:${web.port}/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
          body: '{}',
        })
        expect(((await res.json()) as { ok: boolean }).ok).toBe(true)
      }
      await page.goto(web.url)
    })
  },
})

export { expect }
