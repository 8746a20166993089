import { extractText, getDocumentProxy } from 'unpdf'
import type { FilePayload } from '../../../shared/documents/file-payload'
import type { TestCore } from '../../helpers/test-core'
import { productInput } from '../../helpers/builders'

/** The text of a PDF the app made, pages joined: what a test compares with the order's figures. */
export async function pdfText(file: FilePayload): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(file.base64, 'base64')))
  const { text } = await extractText(pdf, { mergePages: true })
  return text.replace(/\s+/g, ' ')
}

/** Rows of every order table and of the ledgers an order writes to. */
export function orderCounts(core: TestCore): Record<string, number> {
  const tables = [
    'buyers',
    'orders',
    'order_events',
    'order_lines',
    'order_payments',
    'order_cartons',
    'order_carton_lines',
    'order_documents',
    'production_requests',
    'production_request_receipts',
    'sales',
    'sale_lines',
    'payments',
    'stock_movements',
    'stock_docs',
    'shift_cash_moves',
    'audit_log',
  ]
  return Object.fromEntries(
    tables.map((t) => [
      t,
      core.database.raw.prepare(`select count(*) from ${t}`).pluck().get() as number,
    ]),
  )
}

/** A keychain made by a workshop, at Rp 15.000 (cost Rp 6.000), nothing in stock. */
export async function workshopProduct(core: TestCore, workshop: string) {
  const ws = await core.must('catalog:addWorkshop', { name: workshop })
  const product = await core.must(
    'catalog:create',
    productInput({ name: 'Gantungan Kunci Logo', price: 15_000, cost: 6_000, workshopId: ws.id }),
  )
  return { workshop: ws, product }
}

export async function nzBuyer(core: TestCore) {
  return core.must('orders:saveBuyer', {
    name: 'Kiwi Crafts Ltd',
    kind: 'company',
    country: 'nz',
    address: '12 Queen Street, Auckland',
    contact: 'Aroha Ngata',
    language: 'en',
    currency: 'USD',
  })
}

/** Production intake of `qty`, naming the request it answers. */
export async function intake(
  core: TestCore,
  productId: string,
  qty: number,
  productionRequestId?: string,
) {
  const { locationId } = await core.must('till:settings', {})
  return core.must('stock:postDocument', {
    kind: 'production_in',
    locationId,
    docDate: '2026-11-27',
    lines: [{ productId, qty }],
    ...(productionRequestId ? { productionRequestId } : {}),
  })
}
