import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { electronBinary } from '../support/electron-binary'
import { buyerScreen } from '../support/buyer-screen'

const binary = electronBinary()
const SKIP_REASON =
  'Electron binary not installed here (it cannot be downloaded on this machine); ' +
  'the buyer window spec runs wherever `npm install` could fetch Electron.'
if (!binary) console.log(`[electron specs] buyer window skipped: ${SKIP_REASON}`)

/** The buyer's second window in the desktop app: opened by main, push-only, locked down. */
test.describe('Electron buyer window', () => {
  test.skip(!binary, SKIP_REASON)

  let app: ElectronApplication
  let till: Page
  let dataDir: string

  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'etalase-electron-buyer-'))
    app = await electron.launch({
      executablePath: binary!,
      args: ['out/main/index.js', `--data-dir=${dataDir}`, '--no-sandbox'],
    })
    till = await app.firstWindow()
  })
  test.afterAll(async () => {
    await app?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  test('the till button opens the buyer window through main; it can listen and nothing else', async () => {
    // A fresh data folder offers the demo catalogue first: decline it, then the till shows.
    await till.evaluate(() =>
      (
        window as unknown as { etalase: { demo: { decline: (i: object) => Promise<unknown> } } }
      ).etalase.demo.decline({}),
    )
    await till.reload()
    const [buyer] = await Promise.all([
      app.waitForEvent('window'),
      buyerScreen.openButton(till).click(),
    ])
    await expect(buyerScreen.main(buyer)).toBeVisible({ timeout: 30_000 })
    expect(new URL(buyer.url()).hash).toBe('#/pembeli')
    const exposed = await buyer.evaluate(() => ({
      api: typeof (window as { etalase?: unknown }).etalase,
      push: Object.keys((window as { etalasePush?: object }).etalasePush ?? {}),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }))
    expect(exposed).toEqual({
      api: 'undefined',
      push: ['subscribe'],
      require: 'undefined',
      process: 'undefined',
    })
    // Only the buyer's topic: anything else is refused in the preload.
    const refused = await buyer.evaluate(() => {
      try {
        ;(
          window as unknown as { etalasePush: { subscribe: (t: string, f: () => void) => void } }
        ).etalasePush.subscribe('other', () => {})
        return false
      } catch {
        return true
      }
    })
    expect(refused).toBe(true)
    // No new windows from the buyer's page (the same lock-down as the till's window).
    expect(await buyer.evaluate(() => window.open('https://example.com') === null)).toBe(true)
    // Opening again brings the same window forward instead of a second one.
    await buyerScreen.openButton(till).click()
    await expect.poll(() => app.windows().length).toBe(2)
  })
})
