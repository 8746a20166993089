import BetterSqlite3 from 'better-sqlite3'
import { databasePath } from '../../../electron/core/data-dir'
import {
  registerChainFunctions,
  sha256Hex,
  CHAINED_COLUMNS,
} from '../../../electron/db/ledger-chain'
import { locationId, saleId, stockedProduct } from '../../helpers/builders'
import type { TestCore } from '../../helpers/test-core'
import { nzBuyer } from '../orders/order-helpers'

/**
 * What an insider with the database file and a SQLite tool can do: open it without the app's
 * key, drop triggers, write rows, and recompute every hash of the keyless chain.
 */
export function openAsInsider(core: TestCore): BetterSqlite3.Database {
  const tool = new BetterSqlite3(databasePath(core.dataDir))
  // The insider has sha256 like anyone; the key is not in the file.
  registerChainFunctions(tool)
  return tool
}

export function dropGuards(tool: BetterSqlite3.Database): void {
  const triggers = tool
    .prepare(
      // The version triggers (0020) too: they would record the insider's change, or fail
      // for want of the app's functions.
      "select name from sqlite_schema where type = 'trigger' and (name like '%_no_update' or name like '%_no_delete' or name like '%_version_%')",
    )
    .pluck()
    .all() as string[]
  for (const name of triggers) tool.exec(`drop trigger ${name}`)
  tool.pragma('foreign_keys = OFF')
}

/** Rewrites every link's prev_hash and hash from the rows as they are now (no key needed). */
export function recomputeChain(tool: BetterSqlite3.Database): void {
  const links = tool
    .prepare('select seq, table_name, row_id from ledger_chain order by seq')
    .all() as Array<{ seq: number; table_name: string; row_id: string }>
  const update = tool.prepare('update ledger_chain set prev_hash = ?, hash = ? where seq = ?')
  let previous = ''
  tool.transaction(() => {
    for (const link of links) {
      const columns = CHAINED_COLUMNS[link.table_name]!
      const canonical = tool
        .prepare(
          `select json_array('${link.table_name}', ${columns.join(', ')}) from ${link.table_name} where id = ?`,
        )
        .pluck()
        .get(link.row_id) as string
      const hash = sha256Hex(previous + canonical)
      update.run(previous, hash, link.seq)
      previous = hash
    }
  })()
}

/** A till's day with a row in every chained table: shift, sales, void, return, opname, Z. */
export async function fullLedger(core: TestCore) {
  const product = await stockedProduct(core, 20, { name: 'Tas Anyaman Rotan', price: 25000 })
  await core.must('shifts:open', { openingFloat: 100000 })
  await core.must('shifts:cash', { kind: 'in', amount: 50000, reason: 'Tambah uang kecil' })
  const sale = await core.must('sales:checkout', {
    id: saleId(),
    lines: [{ productId: product.id, qty: 2 }],
    payments: [{ methodId: 'tunai', amount: 50000 }],
  })
  const kept = await core.must('sales:checkout', {
    id: saleId(),
    lines: [{ productId: product.id, qty: 3 }],
    payments: [{ methodId: 'tunai', amount: 100000 }],
  })
  await core.must('sales:void', { saleId: sale.id, reason: 'Salah input kasir' })
  await core.must('sales:return', {
    id: saleId(),
    saleId: kept.id,
    reason: 'Pembeli berubah pikiran',
    lines: [{ saleLineId: kept.lines[0]!.id, qty: 1, disposition: 'restock' }],
    refunds: [{ methodId: 'tunai', amount: 25000 }],
  })
  const count = await core.must('opname:create', {
    locationId: await locationId(core, 'Galeri'),
    scope: { kind: 'all' },
    personInCharge: { name: 'Budi Santoso' },
    witness: { name: 'Siti Aminah' },
  })
  await core.must('opname:start', { id: count.id })
  const session = await core.must('opname:openSession', { countId: count.id, label: 'Rak A' })
  await core.must('opname:scan', {
    countId: count.id,
    sessionId: session.id,
    barcode: product.barcode!,
  })
  await core.must('opname:review', { id: count.id })
  await core.must('opname:setReason', {
    countId: count.id,
    productId: product.id,
    reason: 'Hilang saat pameran',
  })
  await core.must('opname:post', { id: count.id })
  const closed = await core.must('shifts:close', { countedCash: 100000 })
  // The records that joined the chain in 0014.
  await core.must('stock:postDocument', {
    kind: 'purchase_in',
    locationId: await locationId(core, 'Galeri'),
    docDate: '2026-11-27',
    lines: [{ productId: product.id, qty: 4, unitCost: 9000 }],
  })
  await core.must('reports:addSplitRule', {
    workshopId: null,
    validFrom: '2026-11-01',
    premiBp: 1500,
    pnbpBp: 3500,
    modalBp: 5000,
    basis: 'net_sales',
  })
  const deposit = await core.must('reports:addPnbpDeposit', {
    date: '2026-11-27',
    amount: 125000,
    billingCode: '820261127001',
    ntpn: 'NTPN-0001',
  })
  await core.must('reports:cancelPnbpDeposit', { depositId: deposit.id, reason: 'Salah ketik' })
  await core.must('reports:setPnbpTarget', { year: 2026, amount: 5_000_000 })
  // Consignment settlements joined the chain in 0019: goods sent to a partner, then settled
  // (paid by bank transfer, so no shift is needed) with a sold, a returned and a missing unit.
  const galeri = await locationId(core, 'Galeri')
  const partner = await core.must('consignment:savePartner', {
    name: 'Toko Mitra Uji',
    commissionPct: 20,
    active: true,
  })
  await core.must('consignment:send', {
    locationId: partner.id,
    fromId: galeri,
    lines: [{ productId: product.id, qty: 3 }],
  })
  await core.must('consignment:settle', {
    id: saleId(),
    locationId: partner.id,
    returnToId: galeri,
    methodId: 'transfer',
    reference: 'BRI-0001',
    missingReason: 'Hilang di toko mitra',
    lines: [{ productId: product.id, sold: 1, returned: 1, missing: 1 }],
  })
  // The order ledgers and versioned orders joined the chain in 0020: an export order
  // confirmed, a deposit by bank transfer and its proforma.
  const buyer = await nzBuyer(core)
  const order = await core.must('orders:create', {
    buyerId: buyer.id,
    lines: [{ productId: product.id, qty: 2, unitPrice: 20_000, priceReason: 'harga ekspor' }],
  })
  await core.must('orders:advance', { id: order.id, status: 'confirmed' })
  await core.must('orders:pay', {
    id: order.id,
    kind: 'deposit',
    amount: 10_000,
    methodId: 'transfer',
    reference: 'BRI-0002',
  })
  await core.must('orders:document', { orderId: order.id, kind: 'proforma', rate: 16_250 })
  await core.must('sales:reprint', { saleId: kept.id })
  await core.must('data:backupNow', {})
  return { product, sale, kept, count, closed, order }
}
