import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../../electron/services/core/errors'
import { readXlsxInWorker } from '../../electron/services/import/xlsx-in-worker'
import { XLSX_MAX_ENTRIES, XLSX_MAX_UNPACKED_MB } from '../../electron/services/import/xlsx-limits'
import { readZipDirectory } from '../../electron/services/import/zip-directory'
import { createTestCore, type TestCore } from '../helpers/test-core'
import { bombSheet, deflatedEntry, workbookParts, writeZip } from '../helpers/zip-bomb'

const preview = (core: TestCore, bytes: Uint8Array) =>
  core.call('import:preview', {
    filename: 'katalog.xlsx',
    base64: Buffer.from(bytes).toString('base64'),
  })

/** Runs `work` and measures its wall time and how far the process's RSS rose meanwhile. */
async function measured<T>(work: () => Promise<T>) {
  const before = process.memoryUsage.rss()
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5)
  const started = performance.now()
  try {
    const result = await work()
    peak = Math.max(peak, process.memoryUsage.rss())
    return { result, ms: performance.now() - started, grewMb: (peak - before) / 2 ** 20 }
  } finally {
    clearInterval(sampler)
  }
}

async function catalogueWorkbook(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Produk')
  sheet.addRow(['Nama Produk', 'Kode', 'Harga (Rp)'])
  for (let i = 1; i <= rows; i++) sheet.addRow([`Produk ${i}`, `P-${i}`, 1000 + i])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error))

describe('XLSX bombs are refused before they are unpacked', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('a 400 MB sheet in a few hundred KB is refused by its directory, fast and flat', async () => {
    const bomb = writeZip([...workbookParts(), bombSheet(400)])
    expect(bomb.byteLength).toBeLessThan(600_000)
    expect(readZipDirectory(bomb, 100).totalUncompressed).toBeGreaterThan(400 * 2 ** 20)

    const { result, ms, grewMb } = await measured(() => preview(core, bomb))
    expect(result).toMatchObject({ ok: false, code: 'IMPORT_TOO_LARGE' })
    expect(!result.ok && result.message).toContain(`${XLSX_MAX_UNPACKED_MB} MB`)
    expect(ms).toBeLessThan(1_000)
    expect(grewMb).toBeLessThan(60)
  })

  it('a sheet whose directory lies about its size stops at the claim, not at 400 MB', async () => {
    const lying = { ...bombSheet(400), declaredSize: 64 * 1024 }
    const bomb = writeZip([...workbookParts(), lying])
    expect(readZipDirectory(bomb, 100).totalUncompressed).toBeLessThan(2 ** 20)

    const { result, ms, grewMb } = await measured(() => preview(core, bomb))
    expect(result).toMatchObject({ ok: false, code: 'IMPORT_TOO_LARGE' })
    expect(ms).toBeLessThan(10_000)
    expect(grewMb).toBeLessThan(150)
  })

  it('a directory of thousands of entries is refused without reading them', async () => {
    const entries = Array.from({ length: XLSX_MAX_ENTRIES + 1 }, (_, i) =>
      deflatedEntry(`xl/media/x${i}.xml`, ''),
    )
    const many = writeZip(entries)
    expect(await preview(core, many)).toMatchObject({ ok: false, code: 'IMPORT_TOO_LARGE' })
  })

  it('says so in the caller’s language', async () => {
    const bomb = writeZip([...workbookParts(), bombSheet(100)])
    const id = await preview(core, bomb)
    expect(!id.ok && id.message).toContain('terlalu besar')
    await core.must('settings:setLocale', { locale: 'en' })
    const en = await preview(core, bomb)
    expect(en).toMatchObject({ ok: false, code: 'IMPORT_TOO_LARGE' })
    expect(!en.ok && en.message).toContain(
      `too large once unpacked (over ${XLSX_MAX_UNPACKED_MB} MB`,
    )
  })

  it('still reads an honest workbook, in the worker', async () => {
    const bytes = await catalogueWorkbook(3)
    const result = await preview(core, bytes)
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(result.data.rows.map((r) => r.values.sku)).toEqual(['P-1', 'P-2', 'P-3'])
  })
})

describe('the XLSX worker', () => {
  it('stops reading at the row cap', async () => {
    const sheet = await readXlsxInWorker(await catalogueWorkbook(50), { maxRows: 10 })
    expect(sheet.rows).toHaveLength(10)
    expect(sheet.rows.at(-1)?.fields).toEqual(['Produk 9', 'P-9', 1009])
  })

  it('a workbook that needs more than the worker’s heap is IMPORT_TOO_LARGE, the app lives on', async () => {
    const bytes = await catalogueWorkbook(10_000)
    const refused = await readXlsxInWorker(bytes, { maxRows: 100_000, heapMb: 16 }).then(
      () => 'read',
      codeOf,
    )
    expect(refused).toBe('IMPORT_TOO_LARGE')
    // The same file with the real limits reads (the refusal above was the heap, not the file).
    const sheet = await readXlsxInWorker(bytes, { maxRows: 100_000 })
    expect(sheet.rows).toHaveLength(10_001)
  })

  it('a workbook that takes longer than its deadline is refused', async () => {
    const bytes = await catalogueWorkbook(2_000)
    const refused = await readXlsxInWorker(bytes, { maxRows: 100_000, timeoutMs: 1 }).then(
      () => 'read',
      codeOf,
    )
    expect(refused).toBe('IMPORT_TOO_LARGE')
  })
})
