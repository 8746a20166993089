import { extractText, getDocumentProxy } from 'unpdf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { formatAnchor } from '../../electron/db/ledger-chain'
import { saleId, stockedProduct } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

async function pdfText(base64: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(base64, 'base64')))
  const { text } = await extractText(pdf, { mergePages: true })
  return text
}

describe('the Z report as a PDF', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('carries the chain anchor of its close, like the printed one, and records no copy', async () => {
    const product = await stockedProduct(core, 5)
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    const closed = await core.must('shifts:close', { countedCash: 15000 })
    const link = core.database.raw
      .prepare(
        `select seq, hash from ledger_chain where table_name = 'shift_closes'
         and row_id = (select id from shift_closes where shift_id = ?)`,
      )
      .get(closed.id) as { seq: number; hash: string }
    const audits = () =>
      core.database.raw
        .prepare("select count(*) from audit_log where action = 'shift.printZ'")
        .pluck()
        .get()
    const before = audits()

    const file = await core.must('shifts:zPdf', { shiftId: closed.id })
    expect(file).toMatchObject({ mime: 'application/pdf' })
    expect(file.filename).toMatch(/^laporan-z-\d{4}\.pdf$/)
    const text = await pdfText(file.base64)
    expect(text).toContain(formatAnchor(link))
    expect(text).toMatch(/Rantai/)
    expect(audits()).toBe(before)
  })

  it('is refused for a shift still open', async () => {
    const open = await core.must('shifts:current', {})
    const refused = await core.call('shifts:zPdf', { shiftId: open!.id })
    expect(refused.ok).toBe(false)
  })
})
