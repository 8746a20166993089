import { readFile } from 'node:fs/promises'
import BetterSqlite3 from 'better-sqlite3'
import { apiCall } from './support/api'
import { expect, test } from './support/fixtures'

// Pengaturan → Data → the auditor's export: the copy downloads and the anchor it ends at stays
// on screen to be written in the handover record. The anchor is checked against the chain head
// read from the downloaded bytes themselves, in Indonesian and in English.

const words = {
  id: {
    settings: 'Pengaturan',
    data: 'Data',
    download: 'Unduh file database',
    anchorTitle: 'Jangkar salinan ini',
    hint: /berita acara serah terima/,
  },
  en: {
    settings: 'Settings',
    data: 'Data',
    download: 'Download database file',
    anchorTitle: 'This copy’s anchor',
    hint: /handover record/,
  },
} as const

for (const lang of ['id', 'en'] as const) {
  const w = words[lang]
  test(`the auditor’s export shows the anchor its bytes end at (${lang})`, async ({
    page,
    web,
    openApp,
  }) => {
    await apiCall(web, 'settings:setLocale', { locale: lang })
    await openApp({ demo: 'accept' })
    await page.getByRole('link', { name: w.settings }).click()
    await page.getByRole('tab', { name: w.data }).click()

    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: w.download }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^etalase-export-\d{8}-\d{6}\.sqlite$/)
    const bytes = await readFile((await download.path())!)
    expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3')
    const copy = new BetterSqlite3(bytes, { readonly: true })
    const head = copy
      .prepare('select seq, hash from ledger_chain order by seq desc limit 1')
      .get() as { seq: number; hash: string }
    copy.close()

    const shown = page.getByRole('alert', { name: w.anchorTitle })
    await expect(shown.getByTestId('export-anchor')).toHaveText(
      `${head.seq}:${head.hash.slice(0, 16)}`,
    )
    await expect(shown).toContainText(w.hint)
    await page.setViewportSize({ width: 1366, height: 768 })
    await shown.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `/tmp/export-anchor-${lang}.png` })
  })
}
