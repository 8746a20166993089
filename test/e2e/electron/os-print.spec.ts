import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { getDocumentProxy } from 'unpdf'
import { A4_PAGE_MM, renderA4ReportHtml } from '../../../electron/documents/a4-report-html'
import { labelPagesHtml, receiptPageHtml } from '../../../electron/printing/os-print/page-html'
import { layoutReceiptPage } from '../../../shared/receipt/receipt-page'
import { electronBinary } from '../support/electron-binary'

const binary = electronBinary()
const SKIP_REASON =
  'Electron binary not installed here (it cannot be downloaded on this machine); ' +
  'these specs run wherever `npm install` could fetch Electron.'
if (!binary) console.log(`[electron os-print specs] skipped: ${SKIP_REASON}`)

const PT_PER_MM = 72 / 25.4

/**
 * The pages the OS printer gets (electron/main/electron-os-printer.ts) carry their own size: Chromium
 * must lay them out at exactly that size, never A4 or Letter. A real driver is not available
 * in CI, so Chromium's own PDF printer (printToPDF, same layout engine and @page handling as
 * webContents.print) stands in for it.
 */
test.describe('OS printer pages in Electron', () => {
  test.skip(!binary, SKIP_REASON)

  let app: ElectronApplication
  let dataDir: string

  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'etalase-electron-print-'))
    app = await electron.launch({
      executablePath: binary!,
      args: ['out/main/index.js', `--data-dir=${dataDir}`, '--no-sandbox'],
    })
    await app.firstWindow()
  })
  test.afterAll(async () => {
    await app?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  async function pageSizesMm(html: string): Promise<Array<{ width: number; height: number }>> {
    const base64 = await app.evaluate(async ({ BrowserWindow }, page) => {
      const window = new BrowserWindow({ show: false, webPreferences: { javascript: false } })
      try {
        await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(page)}`)
        const pdf = await window.webContents.printToPDF({
          preferCSSPageSize: true,
          printBackground: true,
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
        })
        return pdf.toString('base64')
      } finally {
        window.destroy()
      }
    }, html)
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(base64, 'base64')))
    const sizes = []
    for (let n = 1; n <= pdf.numPages; n++) {
      const [, , width = 0, height = 0] = (await pdf.getPage(n)).view
      sizes.push({
        width: Math.round(width / PT_PER_MM),
        height: Math.round(height / PT_PER_MM),
      })
    }
    return sizes
  }

  test('a 58 mm receipt is one page 58 mm wide and as long as its content', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Baris ${i + 1}`)
    const page = layoutReceiptPage({
      paperWidth: 58,
      columns: 32,
      lines,
      styles: lines.map(() => ({ bold: false, double: false, qr: false })),
      qrData: 'KSG1-20261127-000001',
      qrModules: 25,
      logo: null,
    })
    const sizes = await pageSizesMm(receiptPageHtml(page, null))
    expect(sizes).toEqual([{ width: 58, height: Math.round(page.heightMm) }])
  })

  test('roll labels print one label per page at the label size', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="38mm" height="25mm" viewBox="0 0 38 25">' +
      '<rect width="38" height="25" fill="#fff"/></svg>'
    const html = labelPagesHtml({
      pages: [svg, svg, svg],
      label: { widthMm: 38, heightMm: 25 },
      page: { widthMm: 38, heightMm: 25 },
      labels: 3,
      warnings: [],
    })
    expect(await pageSizesMm(html)).toEqual([
      { width: 38, height: 25 },
      { width: 38, height: 25 },
      { width: 38, height: 25 },
    ])
  })

  test('an order document too long for one sheet prints on A4 pages, every one 210 × 297 mm', async () => {
    const html = renderA4ReportHtml({
      header: ['Galeri Lapas Kasongan', 'Jl. Tjilik Riwut Km 5'],
      title: 'Packing List',
      facts: [{ label: 'Number', value: 'PL-KSG1-2026-0001' }],
      sections: [
        {
          kind: 'table',
          table: {
            columns: [
              { title: 'Carton', align: 'right' },
              { title: 'Contents', width: 4 },
            ],
            rows: Array.from({ length: 120 }, (_, i) => [String(i + 1), `Tas Rotan x ${i + 1}`]),
          },
        },
      ],
      footer: 'Printed 27/11/2026 10:00 by Admin',
    })
    const sizes = await pageSizesMm(html)
    expect(sizes.length).toBeGreaterThan(1)
    for (const size of sizes) {
      expect(size).toEqual({ width: A4_PAGE_MM.widthMm, height: A4_PAGE_MM.heightMm })
    }
  })
})
