import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { extractText, getDocumentProxy } from 'unpdf'
import { chainKeyPath } from '../../../electron/core/chain-key-store'
import { seriousViolations } from './a11y'
import { expect } from './fixtures'

// The wizard's last step, "Kode pemulihan": the chain key's recovery code shown once, saved as
// a PDF, and the tick that lets Finish through. The checks read the key file and the PDF's
// bytes on their own, without the app's parser.

export interface RecoveryWords {
  step: string
  codeLabel: string
  savePdf: string
  confirm: string
  finish: string
  pdfTitle: string
}

export const recoveryWords = {
  id: {
    step: 'Kode pemulihan',
    codeLabel: 'Kode pemulihan kunci rantai',
    savePdf: 'Simpan PDF untuk dicetak',
    confirm: 'Saya sudah menulis atau mencetak kode ini',
    finish: 'Selesai',
    pdfTitle: 'KODE PEMULIHAN KUNCI RANTAI',
  },
  en: {
    step: 'Recovery code',
    codeLabel: 'Chain key recovery code',
    savePdf: 'Save PDF to print',
    confirm: 'I have written down or printed the code',
    finish: 'Finish',
    pdfTitle: 'CHAIN KEY RECOVERY CODE',
  },
} satisfies Record<'id' | 'en', RecoveryWords>

/** RFC 4648 base32 (no padding) → bytes: the code's letters read back by hand. */
function base32Bytes(letters: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const letter of letters) bits += alphabet.indexOf(letter).toString(2).padStart(5, '0')
  const bytes: number[] = []
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2))
  return Buffer.from(bytes)
}

/**
 * On the recovery step: no serious axe finding, the code is 13 groups of 4 and is the key in
 * the key file beside the data folder, Finish waits for the tick, and the saved PDF holds the
 * code. Leaves the step with Finish. Returns the code shown.
 */
export async function passRecoveryStep(
  page: Page,
  dataDir: string,
  words: RecoveryWords,
  screenshot?: string,
): Promise<string> {
  const step = page.getByRole('group', { name: words.step, exact: true })
  const shown = step.getByLabel(words.codeLabel, { exact: true })
  await expect(shown).toHaveText(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/)
  const code = (await shown.textContent())!
  const hex = (await readFile(chainKeyPath(dataDir), 'utf8')).trim()
  expect(base32Bytes(code.replace(/-/g, '')).toString('hex')).toBe(hex)

  const finish = page.getByRole('button', { name: words.finish, exact: true })
  const tick = step.getByRole('checkbox', { name: words.confirm })
  await expect(finish).toBeDisabled()
  await expect(tick).not.toBeChecked()
  expect(await seriousViolations(page)).toEqual([])
  if (screenshot) await page.screenshot({ path: screenshot })

  const download = page.waitForEvent('download')
  await step.getByRole('button', { name: words.savePdf }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^kode-pemulihan-[A-Z0-9]{2,4}-[0-9a-f]{8}\.pdf$/)
  const bytes = await readFile((await file.path())!)
  if (screenshot) await file.saveAs(screenshot.replace(/\.png$/, '.pdf'))
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  expect(pdf.numPages).toBe(1)
  const { text } = await extractText(pdf, { mergePages: true })
  expect(text).toContain(words.pdfTitle)
  // Printed five groups a line: the page's letters hold the code's, in order.
  expect(text.replace(/[^A-Z2-7]/g, '')).toContain(code.replace(/-/g, ''))

  await expect(finish).toBeDisabled()
  await tick.check()
  await expect(finish).toBeEnabled()
  if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '-ticked.png') })
  await finish.click()
  await expect(page.getByRole('navigation')).toBeVisible()
  return code
}
