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

const binary = electronBinary()
const SKIP_REASON =
  'Electron binary not installed here (it cannot be downloaded on this machine); ' +
  'these specs run wherever `npm install` could fetch Electron.'
if (!binary) console.log(`[electron specs] skipped: ${SKIP_REASON}`)

test.describe('Electron window', () => {
  test.skip(!binary, SKIP_REASON)

  let app: ElectronApplication
  let page: Page
  let dataDir: string

  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'etalase-electron-'))
    app = await electron.launch({
      executablePath: binary!,
      args: ['out/main/index.js', `--data-dir=${dataDir}`, '--no-sandbox'],
    })
    page = await app.firstWindow()
  })
  test.afterAll(async () => {
    await app?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  test('runs the renderer isolated, sandboxed, without Node', async () => {
    // Observable effects of contextIsolation + sandbox + no nodeIntegration.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    )
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
      'undefined',
    )
    expect(
      await page.evaluate(() => typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer),
    ).toBe('undefined')
    // Under contextIsolation the exposed API is a frozen copy: the page cannot swap it out.
    const replaced = await page.evaluate(() => {
      const api = (window as unknown as { etalase: { app: Record<string, unknown> } }).etalase
      try {
        api.app.info = () => 'hijacked'
      } catch {
        // strict-mode assignment to a frozen object throws; either way it must not stick
      }
      return typeof api.app.info === 'function' && String(api.app.info).includes('hijacked')
    })
    expect(replaced).toBe(false)
  })

  test('exposes only the contract API and answers over real IPC', async () => {
    const keys = await page.evaluate(() =>
      Object.keys((window as unknown as { etalase: object }).etalase).sort(),
    )
    expect(keys).toContain('sales')
    expect(keys).not.toContain('ipcRenderer')
    const info = await page.evaluate(() =>
      (
        window as unknown as { etalase: { app: { info: (i: object) => Promise<{ ok: boolean }> } } }
      ).etalase.app.info({}),
    )
    expect(info.ok).toBe(true)
  })

  test('denies new windows, navigation away and permissions', async () => {
    expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true)
    const before = page.url()
    await page.evaluate(() => (window.location.href = 'https://example.com/'))
    await page.waitForTimeout(500)
    expect(page.url()).toBe(before)
    const permission = await page.evaluate(
      async () => (await navigator.permissions.query({ name: 'geolocation' })).state,
    )
    expect(permission).not.toBe('granted')
  })
})
