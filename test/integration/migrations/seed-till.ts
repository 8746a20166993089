// Writes the rows a till's code writes — a sale with its lines, payments, stock movements,
// cached levels and receipt counter; a void; a return; a stock document; a posted count… —
// as plain SQL, so a database can be filled at an OLD migration level, where today's
// services (which expect the latest schema) cannot run. `version` says which migration level
// the writing code is at: a method refuses what that version could not have written, and
// writes what that version's code also wrote (an audit entry exists only from 0002 on).
import type BetterSqlite3 from 'better-sqlite3'

export const DEVICE = 'till-1'

export interface SeedProduct {
  id: string
  sku: string
  name: string
  price: number
  cost: number
  categoryId: string | null
  workshopId: string | null
}

export interface SaleLineSpec {
  product: SeedProduct
  qty: number
  /** A price override (the list price when absent). */
  unitPrice?: number
  lineDiscount?: number
}

export interface SaleSpec {
  at: string
  user: string
  location: string
  lines: SaleLineSpec[]
  cartDiscount?: number
  rounding?: number
  tenders: Array<{ method: string; amount: number; reference?: string }>
}

const METHODS = {
  tunai: { name: 'Tunai', kind: 'cash', ref: 0 },
  qris: { name: 'QRIS', kind: 'noncash', ref: 1 },
  transfer: { name: 'Transfer', kind: 'noncash', ref: 1 },
} as const

/** Shares of `total` proportional to `weights`, whole Rupiah, by largest remainder. */
function shares(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum === 0 || total === 0) return weights.map(() => 0)
  const exact = weights.map((w) => (total * w) / sum)
  const out = exact.map(Math.floor)
  let left = total - out.reduce((a, b) => a + b, 0)
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0])
  for (const [, i] of order) {
    if (left-- <= 0) break
    out[i]! += 1
  }
  return out
}

export class SeedTill {
  /** The migration level of the code that is writing (1 = 0001_foundation). */
  version = 0
  private counter = 0
  private now = 0
  readonly users = { admin: 'u-admin', kasir: 'u-kasir', supervisor: 'u-super' }
  readonly locations = { galeri: 'loc-galeri', gudang: 'loc-gudang', pameran: 'loc-pameran' }
  readonly workshops = { getah: 'ws-getah', anyaman: 'ws-anyaman' }
  readonly categories = { gantungan: 'cat-gantungan', tas: 'cat-tas' }
  products: Record<'gantungan' | 'tas' | 'tikar' | 'roti', SeedProduct> = {
    gantungan: {
      id: 'p-gantungan',
      sku: 'GN-001',
      name: 'Gantungan Kunci Getah Nyatu',
      price: 15_000,
      cost: 6_000,
      categoryId: 'cat-gantungan',
      workshopId: 'ws-getah',
    },
    tas: {
      id: 'p-tas',
      sku: 'AN-010',
      name: 'Tas Anyaman Rotan',
      price: 125_000,
      cost: 70_000,
      categoryId: 'cat-tas',
      workshopId: 'ws-anyaman',
    },
    tikar: {
      id: 'p-tikar',
      sku: 'AN-020',
      name: 'Tikar Purun',
      price: 85_000,
      cost: 40_000,
      categoryId: null,
      workshopId: 'ws-anyaman',
    },
    roti: {
      id: 'p-roti',
      sku: 'RT-001',
      name: 'Roti Manis',
      price: 7_500,
      cost: 3_000,
      categoryId: null,
      workshopId: null,
    },
  }
  shiftId: string | null = null
  /** Rows written into ledgers before those ledgers were hash-chained (0002). */
  readonly unchained = new Set<string>()

  constructor(readonly raw: BetterSqlite3.Database) {}

  private id(prefix: string): string {
    return `${prefix}-${String(++this.counter).padStart(6, '0')}`
  }

  private needs(version: number, what: string): void {
    if (this.version < version) throw new Error(`${what} needs migration ${version}`)
  }

  private run(sql: string, ...params: unknown[]): void {
    this.raw.prepare(sql).run(...params)
  }

  /** The till's clock; every row written next carries this time. */
  at(iso: string): this {
    this.now = Date.parse(iso)
    return this
  }

  private chained(id: string): string {
    if (this.version < 2) this.unchained.add(id)
    return id
  }

  /** What the first-run setup writes: settings, people, the catalogue, locations, methods. */
  foundation(): void {
    const t = this.now
    for (const [key, value] of Object.entries({
      'device.id': DEVICE,
      'shop.name': 'Galeri Lapas Kasongan',
      'receipt.format': { prefix: 'KSG', includeDate: true, digits: 5 },
    })) {
      this.run('insert into settings (key, value) values (?, ?)', key, JSON.stringify(value))
    }
    for (const [role, id, name] of [
      ['admin', this.users.admin, 'Admin Galeri'],
      ['cashier', this.users.kasir, 'Sari'],
      ['supervisor', this.users.supervisor, 'Pak Budi'],
    ] as const) {
      this.run(
        `insert into users (id, name, role, pin_hash, active, device_id, created_at)
         values (?, ?, ?, 'scrypt$seed', 1, ?, ?)`,
        id,
        name,
        role,
        DEVICE,
        t,
      )
    }
    for (const [role, permission] of [
      ['cashier', 'sales.checkout'],
      ['supervisor', 'sales.void'],
      ['admin', 'settings.manage'],
    ]) {
      this.run('insert into role_permissions (role, permission) values (?, ?)', role, permission)
    }
    for (const [id, name] of [
      [this.workshops.getah, 'Getah Nyatu'],
      [this.workshops.anyaman, 'Anyaman'],
    ]) {
      this.run(
        'insert into workshops (id, name, active, device_id, created_at) values (?, ?, 1, ?, ?)',
        id,
        name,
        DEVICE,
        t,
      )
    }
    for (const [id, name] of [
      [this.categories.gantungan, 'Gantungan Kunci'],
      [this.categories.tas, 'Tas'],
    ]) {
      this.run(
        'insert into categories (id, name, device_id, created_at) values (?, ?, ?, ?)',
        id,
        name,
        DEVICE,
        t,
      )
    }
    for (const [id, name, kind] of [
      [this.locations.galeri, 'Galeri', 'showroom'],
      [this.locations.gudang, 'Gudang', 'storeroom'],
    ]) {
      this.run(
        `insert into locations (id, name, kind, active, device_id, created_at)
         values (?, ?, ?, 1, ?, ?)`,
        id,
        name,
        kind,
        DEVICE,
        t,
      )
    }
    for (const [n, p] of Object.values(this.products).entries()) {
      this.run(
        `insert into products (id, sku, barcode, name, category_id, unit, price, cost, workshop_id,
           active, device_id, created_at, updated_at)
         values (?, ?, ?, ?, ?, 'pcs', ?, ?, ?, 1, ?, ?, ?)`,
        p.id,
        p.sku,
        `89931000${n + 1}`,
        p.name,
        p.categoryId,
        p.price,
        p.cost,
        p.workshopId,
        DEVICE,
        t,
        t,
      )
    }
    Object.entries(METHODS).forEach(([id, m], sort) =>
      this.run(
        `insert into payment_methods (id, name, kind, requires_reference, active, sort)
         values (?, ?, ?, ?, 1, ?)`,
        id,
        m.name,
        m.kind,
        m.ref,
        sort,
      ),
    )
  }

  /** An append to the ledger and, in the same transaction, the cached level (postMovement). */
  move(m: {
    product: SeedProduct
    location: string
    qty: number
    reason: string
    ref?: [string, string]
    note?: string
    user?: string
  }): void {
    this.run(
      `insert into stock_movements (id, product_id, location_id, qty, reason, unit_cost,
         workshop_id, ref_type, ref_id, note, user_id, device_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      this.chained(this.id('mv')),
      m.product.id,
      m.location,
      m.qty,
      m.reason,
      m.product.cost,
      m.product.workshopId,
      m.ref?.[0] ?? null,
      m.ref?.[1] ?? null,
      m.note ?? null,
      m.user ?? this.users.admin,
      DEVICE,
      this.now,
    )
    this.run(
      `insert into stock_levels (product_id, location_id, on_hand) values (?, ?, ?)
       on conflict (product_id, location_id) do update set on_hand = on_hand + excluded.on_hand`,
      m.product.id,
      m.location,
      m.qty,
    )
  }

  audit(action: string, detail: object, ref?: [string, string], reason?: string): void {
    if (this.version < 2) return // no audit trail before 0002
    this.run(
      `insert into audit_log (id, action, user_id, approved_by, reason, ref_type, ref_id, detail,
         device_id, created_at) values (?, ?, ?, null, ?, ?, ?, ?, ?, ?)`,
      this.id('au'),
      action,
      this.users.admin,
      reason ?? null,
      ref?.[0] ?? null,
      ref?.[1] ?? null,
      JSON.stringify(detail),
      DEVICE,
      this.now,
    )
  }

  private nextSeq(table: string): number {
    this.run(
      `insert into ${table} (device_id, last_seq) values (?, 1)
       on conflict (device_id) do update set last_seq = last_seq + 1`,
      DEVICE,
    )
    return this.raw
      .prepare(`select last_seq from ${table} where device_id = ?`)
      .pluck()
      .get(DEVICE) as number
  }

  openShift(user: string, location: string, float: number): void {
    this.shiftId = this.chained(this.id('sh'))
    this.run(
      `insert into shifts (id, device_id, location_id, user_id, opening_float, created_at)
       values (?, ?, ?, ?, ?, ?)`,
      this.shiftId,
      DEVICE,
      location,
      user,
      float,
      this.now,
    )
  }

  /** Stock in: a bare movement before 0004, a numbered intake document from then on. */
  receive(product: SeedProduct, location: string, qty: number): void {
    if (this.version < 4) {
      this.move({ product, location, qty, reason: 'production_in', note: 'hasil produksi' })
    } else {
      this.stockDoc(
        'production_in',
        location,
        [[product, qty]],
        product.workshopId,
        'hasil produksi',
      )
    }
  }

  sell(spec: SaleSpec): string {
    this.at(spec.at)
    const saleId = this.chained(this.id('sale'))
    const lines = spec.lines.map((l) => {
      const unitPrice = l.unitPrice ?? l.product.price
      const discount = l.lineDiscount ?? 0
      return { ...l, unitPrice, discount, total: l.qty * unitPrice - discount }
    })
    const subtotal = lines.reduce((s, l) => s + l.total, 0)
    const cartDiscount = spec.cartDiscount ?? 0
    const rounding = spec.rounding ?? 0
    const total = subtotal - cartDiscount + rounding
    const cartShares = shares(
      cartDiscount,
      lines.map((l) => l.total),
    )
    const paid = spec.tenders.reduce((s, t) => s + t.amount, 0)
    const seq = this.nextSeq('receipt_counters')
    const ymd = new Date(this.now + 7 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '')
    this.run(
      `insert into sales (id, device_id, receipt_seq, receipt_no, location_id, user_id, shift_id,
         subtotal, cart_discount, cart_discount_kind, cart_discount_value, cart_discount_reason,
         rounding, total, paid, change, request_hash, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      saleId,
      DEVICE,
      seq,
      `KSG-${ymd}-${String(seq).padStart(5, '0')}`,
      spec.location,
      spec.user,
      this.shiftId,
      subtotal,
      cartDiscount,
      cartDiscount > 0 ? 'amount' : null,
      cartDiscount > 0 ? cartDiscount : null,
      cartDiscount > 0 ? 'pelanggan tetap' : null,
      rounding,
      total,
      paid,
      paid - total,
      `hash-${saleId}`,
      this.now,
    )
    lines.forEach((l, i) => {
      this.run(
        `insert into sale_lines (id, sale_id, line_no, product_id, name, sku, qty, list_price,
           unit_price, override_reason, line_discount, discount_kind, discount_value,
           discount_reason, line_total, net_total, unit_cost, workshop_id, category_id,
           device_id, created_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        this.chained(this.id('line')),
        saleId,
        i + 1,
        l.product.id,
        l.product.name,
        l.product.sku,
        l.qty,
        l.product.price,
        l.unitPrice,
        l.unitPrice !== l.product.price ? 'harga pameran' : null,
        l.discount,
        l.discount > 0 ? 'amount' : null,
        l.discount > 0 ? l.discount : null,
        l.discount > 0 ? 'cacat kecil' : null,
        l.total,
        l.total - cartShares[i]!,
        l.product.cost,
        l.product.workshopId,
        l.product.categoryId,
        DEVICE,
        this.now,
      )
      this.move({
        product: l.product,
        location: spec.location,
        qty: -l.qty,
        reason: 'sale',
        ref: ['sale', saleId],
        user: spec.user,
      })
      if (l.discount > 0) this.audit('sale.lineDiscount', { amount: l.discount }, ['sale', saleId])
    })
    // Change comes out of the cash tendered last; non-cash never exceeds what is due.
    let changeLeft = paid - total
    const gives = [...spec.tenders]
      .reverse()
      .map((t) => {
        const give =
          METHODS[t.method as keyof typeof METHODS].kind === 'cash'
            ? Math.min(changeLeft, t.amount)
            : 0
        changeLeft -= give
        return give
      })
      .reverse()
    spec.tenders.forEach((t, i) => {
      const m = METHODS[t.method as keyof typeof METHODS]
      this.run(
        `insert into payments (id, sale_id, tender_no, method_id, method_name, kind, amount,
           tendered, change, reference, device_id, created_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        this.chained(this.id('pay')),
        saleId,
        i + 1,
        t.method,
        m.name,
        m.kind,
        t.amount - gives[i]!,
        t.amount,
        gives[i]!,
        t.reference ?? null,
        DEVICE,
        this.now,
      )
    })
    if (this.version >= 2) this.run('delete from open_carts where device_id = ?', DEVICE)
    return saleId
  }

  private saleOf(saleId: string) {
    return this.raw.prepare('select * from sales where id = ?').get(saleId) as {
      location_id: string
      receipt_no: string
      total: number
    }
  }

  private productById(id: string): SeedProduct {
    return Object.values(this.products).find((p) => p.id === id)!
  }

  voidSale(saleId: string, at: string, reason = 'salah input'): void {
    this.needs(2, 'a void')
    this.at(at)
    const sale = this.saleOf(saleId)
    const voidId = this.id('void')
    this.run(
      `insert into sale_voids (id, sale_id, reason, user_id, approved_by, device_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?)`,
      voidId,
      saleId,
      reason,
      this.users.kasir,
      this.users.supervisor,
      DEVICE,
      this.now,
    )
    const lines = this.raw
      .prepare('select product_id, qty from sale_lines where sale_id = ?')
      .all(saleId) as Array<{ product_id: string; qty: number }>
    for (const line of lines) {
      this.move({
        product: this.productById(line.product_id),
        location: sale.location_id,
        qty: line.qty,
        reason: 'void',
        ref: ['void', voidId],
        note: reason,
      })
    }
    const payments = this.raw
      .prepare(
        'select method_id, method_name, kind, amount, reference from payments where sale_id = ?',
      )
      .all(saleId) as Array<{
      method_id: string
      method_name: string
      kind: string
      amount: number
      reference: string | null
    }>
    for (const p of payments.filter((p) => p.amount > 0)) {
      this.refund({ voidId, ...p })
    }
    this.audit(
      'sale.void',
      { receiptNo: sale.receipt_no, total: sale.total },
      ['sale', saleId],
      reason,
    )
  }

  private refund(r: {
    voidId?: string
    returnId?: string
    method_id: string
    method_name: string
    kind: string
    amount: number
    reference: string | null
  }): void {
    this.run(
      `insert into refunds (id, shift_id, return_id, void_id, method_id, method_name, kind, amount,
         reference, device_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      this.id('rf'),
      this.shiftId,
      r.returnId ?? null,
      r.voidId ?? null,
      r.method_id,
      r.method_name,
      r.kind,
      r.amount,
      r.reference,
      DEVICE,
      this.now,
    )
  }

  /** A return of some units of one line, refunded in cash; damaged goods are written off. */
  returnLine(
    saleId: string,
    lineNo: number,
    qty: number,
    disposition: 'restock' | 'damaged',
    at: string,
  ): void {
    this.needs(2, 'a return')
    this.at(at)
    const sale = this.saleOf(saleId)
    const line = this.raw
      .prepare(
        'select id, product_id, qty, net_total from sale_lines where sale_id = ? and line_no = ?',
      )
      .get(saleId, lineNo) as { id: string; product_id: string; qty: number; net_total: number }
    const amount = Math.floor((line.net_total * qty) / line.qty)
    const returnId = this.id('ret')
    const seq = this.nextSeq('return_counters')
    this.run(
      `insert into returns (id, sale_id, return_no, reason, refund_total, user_id, approved_by,
         request_hash, device_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      returnId,
      saleId,
      `RKSG-${seq}`,
      'ukuran tidak cocok',
      amount,
      this.users.kasir,
      this.users.supervisor,
      `hash-${returnId}`,
      DEVICE,
      this.now,
    )
    this.run(
      `insert into return_lines (id, return_id, sale_line_id, qty, amount, disposition, device_id,
         created_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
      this.id('rl'),
      returnId,
      line.id,
      qty,
      amount,
      disposition,
      DEVICE,
      this.now,
    )
    const product = this.productById(line.product_id)
    const ref: [string, string] = ['return', returnId]
    this.move({ product, location: sale.location_id, qty, reason: 'return', ref })
    if (disposition === 'damaged') {
      this.move({ product, location: sale.location_id, qty: -qty, reason: 'damaged', ref })
    }
    this.refund({
      returnId,
      method_id: 'tunai',
      method_name: 'Tunai',
      kind: 'cash',
      amount,
      reference: null,
    })
    this.audit('sale.return', { refundTotal: amount }, ['sale', saleId], 'ukuran tidak cocok')
  }

  /** Drawer moves, reprints, held and open carts, and the Z report closing the shift. */
  tillExtras(at: string): void {
    this.needs(2, 'till extras')
    this.at(at)
    this.run(
      `insert into shift_cash_moves (id, shift_id, kind, amount, reason, user_id, device_id, created_at)
       values (?, ?, 'out', 50000, 'beli kantong plastik', ?, ?, ?)`,
      this.id('cm'),
      this.shiftId,
      this.users.kasir,
      DEVICE,
      this.now,
    )
    const sale = this.raw
      .prepare('select id from sales order by created_at limit 1')
      .pluck()
      .get() as string
    this.run(
      `insert into receipt_prints (id, sale_id, copy_no, user_id, device_id, created_at)
       values (?, ?, 1, ?, ?, ?)`,
      this.id('rp'),
      sale,
      this.users.kasir,
      DEVICE,
      this.now,
    )
    const cart = { id: this.id('cart'), lines: [{ productId: this.products.tas.id, qty: 1 }] }
    this.run(
      `insert into held_carts (id, label, cart, user_id, device_id, created_at) values (?, ?, ?, ?, ?, ?)`,
      cart.id,
      'Ibu berbaju merah',
      JSON.stringify(cart),
      this.users.kasir,
      DEVICE,
      this.now,
    )
    this.run(
      `insert into open_carts (device_id, cart, updated_at) values (?, ?, ?)
       on conflict (device_id) do update set cart = excluded.cart, updated_at = excluded.updated_at`,
      DEVICE,
      JSON.stringify({ id: this.id('cart'), lines: [] }),
      this.now,
    )
  }

  closeShift(at: string): void {
    this.needs(2, 'a Z report')
    this.at(at)
    const z = this.nextSeq('z_counters')
    this.run(
      `insert into shift_closes (id, shift_id, z_no, counted_cash, expected_cash, variance,
         denominations, totals, note, forced, user_id, approved_by, device_id, created_at)
       values (?, ?, ?, 1000000, 1000500, -500, '{"100000":10}', '{"sales":3}', 'selisih receh', 0,
         ?, null, ?, ?)`,
      this.id('zc'),
      this.shiftId,
      z,
      this.users.kasir,
      DEVICE,
      this.now,
    )
    this.shiftId = null
  }

  printJob(saleId: string, at: string): void {
    this.needs(3, 'the print log')
    this.at(at)
    this.run(
      `insert into print_jobs (id, kind, sale_id, copy_no, copies, transport, target, ok, error_code,
         bytes, user_id, device_id, created_at)
       values (?, 'receipt', ?, 0, 1, 'network', '192.168.1.50:9100', 1, null, 812, ?, ?, ?)`,
      this.id('pj'),
      saleId,
      this.users.kasir,
      DEVICE,
      this.now,
    )
    this.run(
      `insert into print_jobs (id, kind, sale_id, copy_no, copies, transport, target, ok, error_code,
         bytes, user_id, device_id, created_at)
       values (?, 'test', null, null, 1, 'device', '/dev/usb/lp0', 0, 'PRINTER_PAPER_OUT', 0, ?, ?, ?)`,
      this.id('pj'),
      this.users.admin,
      DEVICE,
      this.now,
    )
  }

  stockDoc(
    kind: string,
    location: string,
    lines: Array<[SeedProduct, number]>,
    workshop: string | null,
    note: string,
  ): void {
    this.needs(4, 'a stock document')
    const docId = this.id('doc')
    const series = `PHP-${new Date(this.now).getUTCFullYear()}`
    this.run(
      `insert into stock_doc_counters (series, last_seq) values (?, 1)
       on conflict (series) do update set last_seq = last_seq + 1`,
      series,
    )
    const seq = this.raw
      .prepare('select last_seq from stock_doc_counters where series = ?')
      .pluck()
      .get(series) as number
    this.run(
      `insert into stock_docs (id, doc_no, kind, location_id, workshop_id, doc_date, batch, party,
         note, user_id, device_id, created_at) values (?, ?, ?, ?, ?, ?, 'B-07', null, ?, ?, ?, ?)`,
      docId,
      `${series}-${String(seq).padStart(4, '0')}`,
      kind,
      location,
      workshop,
      new Date(this.now).toISOString().slice(0, 10),
      note,
      this.users.admin,
      DEVICE,
      this.now,
    )
    const writeOff = kind === 'damaged' || kind === 'sample'
    lines.forEach(([product, qty], i) => {
      this.run(
        `insert into stock_doc_lines (id, doc_id, line_no, product_id, qty, unit_cost)
         values (?, ?, ?, ?, ?, ?)`,
        this.id('dl'),
        docId,
        i + 1,
        product.id,
        qty,
        product.cost,
      )
      this.move({
        product,
        location,
        qty: writeOff ? -qty : qty,
        reason: kind,
        ref: ['stock_doc', docId],
        note: `batch B-07 · ${note}`,
      })
    })
    this.audit('stock.document', { kind, lines: lines.length }, ['stock_doc', docId])
  }

  /** An exhibition location, stock sent there and received, and a reorder level. */
  exhibitionRoundTrip(at: string): void {
    this.needs(4, 'an exhibition')
    this.at(at)
    this.run(
      `insert into locations (id, name, kind, active, device_id, created_at)
       values (?, 'Pameran Kalteng Expo', 'event', 1, ?, ?)`,
      this.locations.pameran,
      DEVICE,
      this.now,
    )
    this.run(
      `insert into exhibitions (location_id, place, starts_on, ends_on, state, return_location_id,
         device_id, created_at) values (?, 'Palangka Raya', '2026-04-20', '2026-04-26', 'open', ?, ?, ?)`,
      this.locations.pameran,
      this.locations.galeri,
      DEVICE,
      this.now,
    )
    const transferId = this.id('tr')
    this.run(
      `insert into transfers (id, transfer_no, from_location_id, to_location_id, state, note,
         created_by, device_id, created_at) values (?, 'TRF-2026-0001', ?, ?, 'draft', 'ke pameran', ?, ?, ?)`,
      transferId,
      this.locations.galeri,
      this.locations.pameran,
      this.users.admin,
      DEVICE,
      this.now,
    )
    const sent: Array<[SeedProduct, number]> = [
      [this.products.gantungan, 30],
      [this.products.tas, 4],
    ]
    sent.forEach(([product, qty], i) =>
      this.run(
        `insert into transfer_lines (id, transfer_id, line_no, product_id, qty_sent, unit_cost)
         values (?, ?, ?, ?, ?, ?)`,
        `${transferId}-l${i + 1}`,
        transferId,
        i + 1,
        product.id,
        qty,
        product.cost,
      ),
    )
    this.run(
      `update transfers set state = 'in_transit', sent_by = ?, sent_at = ? where id = ?`,
      this.users.admin,
      this.now,
      transferId,
    )
    for (const [product, qty] of sent) {
      this.move({
        product,
        location: this.locations.galeri,
        qty: -qty,
        reason: 'transfer_out',
        ref: ['transfer', transferId],
      })
    }
    // Received a day later: one keychain went missing on the way.
    this.at(new Date(this.now + 86_400_000).toISOString())
    sent.forEach(([product, qty], i) => {
      const missing = i === 0 ? 1 : 0
      this.run(
        `update transfer_lines set qty_received = ?, qty_damaged = 0, qty_missing = ? where id = ?`,
        qty - missing,
        missing,
        `${transferId}-l${i + 1}`,
      )
      this.move({
        product,
        location: this.locations.pameran,
        qty: qty - missing,
        reason: 'transfer_in',
        ref: ['transfer', transferId],
      })
    })
    this.run(
      `update transfers set state = 'received', received_by = ?, received_at = ? where id = ?`,
      this.users.admin,
      this.now,
      transferId,
    )
    this.run('update products set reorder_level = 10 where id = ?', this.products.gantungan.id)
  }

  /** A stock count from draft to posted, with its adjustment movements. */
  postedCount(location: string, counted: Array<[SeedProduct, number]>, at: string): void {
    this.needs(5, 'a stock count')
    this.at(at)
    const countId = this.id('cnt')
    const seq = this.nextSeq('stock_count_counters')
    this.run(
      `insert into stock_counts (id, count_no, seq, location_id, scope_kind, scope_id, scope_name,
         pic_user_id, pic_name, witness_user_id, witness_name, head_name, note, user_id,
         device_id, created_at)
       values (?, ?, ?, ?, 'all', null, null, ?, 'Sari', ?, 'Pak Budi', 'Kalapas', null, ?, ?, ?)`,
      countId,
      `SO-2026-${String(seq).padStart(4, '0')}`,
      seq,
      location,
      this.users.kasir,
      this.users.supervisor,
      this.users.admin,
      DEVICE,
      this.now,
    )
    const watermark = this.raw
      .prepare('select max(rowid) from stock_movements')
      .pluck()
      .get() as number
    const event = (n: number, state: string) =>
      this.run(
        `insert into stock_count_events (id, count_id, seq, state, movement_watermark, reason,
           user_id, approved_by, device_id, created_at) values (?, ?, ?, ?, ?, null, ?, ?, ?, ?)`,
        this.id('ev'),
        countId,
        n,
        state,
        state === 'counting' ? watermark : null,
        this.users.admin,
        state === 'posted' ? this.users.supervisor : null,
        DEVICE,
        this.now,
      )
    event(1, 'counting')
    const sessionId = this.id('ses')
    this.run(
      `insert into stock_count_sessions (id, count_id, label, user_id, device_id, created_at)
       values (?, ?, 'Rak depan', ?, ?, ?)`,
      sessionId,
      countId,
      this.users.kasir,
      DEVICE,
      this.now,
    )
    for (const [product, qty] of counted) {
      const onHand = this.raw
        .prepare(
          'select coalesce(sum(qty), 0) from stock_movements where product_id = ? and location_id = ?',
        )
        .pluck()
        .get(product.id, location) as number
      this.run(
        `insert into stock_count_snapshot (count_id, product_id, on_hand, unit_cost) values (?, ?, ?, ?)`,
        countId,
        product.id,
        onHand,
        product.cost,
      )
      this.run(
        `insert into stock_count_entries (id, count_id, session_id, product_id, kind, qty,
           undoes_entry_id, movement_watermark, user_id, device_id, created_at)
         values (?, ?, ?, ?, 'typed', ?, null, ?, ?, ?, ?)`,
        this.id('ent'),
        countId,
        sessionId,
        product.id,
        qty,
        watermark,
        this.users.kasir,
        DEVICE,
        this.now,
      )
      if (qty !== onHand) {
        this.run(
          `insert into stock_count_reasons (id, count_id, product_id, reason, user_id, device_id, created_at)
           values (?, ?, ?, 'hilang di rak', ?, ?, ?)`,
          this.id('cr'),
          countId,
          product.id,
          this.users.kasir,
          DEVICE,
          this.now,
        )
        this.move({
          product,
          location,
          qty: qty - onHand,
          reason: 'count_adjustment',
          ref: ['stock_count', countId],
        })
      }
    }
    event(2, 'review')
    event(3, 'posted')
    this.audit('stock.countPosted', { counted: counted.length }, ['stock_count', countId])
  }

  backupRuns(at: string): void {
    this.needs(6, 'the backup log')
    this.at(at)
    this.run(
      `insert into backup_runs (id, kind, trigger, file, destination, bytes, ok, problem, detail,
         duration_ms, device_id, created_at)
       values (?, 'backup', 'shift', 'etalase-20260610-100000.sqlite', '/data/backups', 524288, 1, null,
         '{"verification":{"ok":true}}', 840, ?, ?)`,
      this.id('br'),
      DEVICE,
      this.now,
    )
    this.run(
      `insert into backup_runs (id, kind, trigger, file, destination, bytes, ok, problem, detail,
         duration_ms, device_id, created_at)
       values (?, 'check', 'start', null, null, 0, 1, null, '{"quick":true}', 12, ?, ?)`,
      this.id('br'),
      DEVICE,
      this.now,
    )
  }

  /** Split rules, a PNBP target and deposits; returns the id of the first deposit. */
  reportRegisters(at: string): string {
    this.needs(7, 'the report registers')
    this.at(at)
    for (const [workshop, premi, pnbp, modal, basis] of [
      [null, 5000, 1500, 3500, 'net_sales'],
      [this.workshops.getah, 3500, 5000, 1500, 'gross_profit'],
    ] as const) {
      this.run(
        `insert into split_rules (id, workshop_id, valid_from, premi_bp, pnbp_bp, modal_bp, basis, note,
           user_id, device_id, created_at) values (?, ?, '2026-01-01', ?, ?, ?, ?, 'Kepmen M.01', ?, ?, ?)`,
        this.id('sr'),
        workshop,
        premi,
        pnbp,
        modal,
        basis,
        this.users.admin,
        DEVICE,
        this.now,
      )
    }
    this.run(
      `insert into pnbp_targets (id, year, amount, user_id, device_id, created_at)
       values (?, 2026, 12000000, ?, ?, ?)`,
      this.id('tg'),
      this.users.admin,
      DEVICE,
      this.now,
    )
    const first = this.id('dp')
    for (const [id, amount, ntpn] of [
      [first, 450_000, 'NTPN0001'],
      [this.id('dp'), 380_000, 'NTPN0002'],
    ] as const) {
      this.run(
        `insert into pnbp_deposits (id, deposit_date, amount, billing_code, ntpn, note, user_id,
           device_id, created_at) values (?, '2026-07-05', ?, '820260705001', ?, null, ?, ?, ?)`,
        id,
        amount,
        ntpn,
        this.users.admin,
        DEVICE,
        this.now,
      )
    }
    this.audit('reports.deposit', { amount: 450_000 })
    return first
  }

  cancelDeposit(depositId: string, at: string): void {
    this.needs(10, 'a deposit cancellation')
    this.at(at)
    this.run(
      `insert into pnbp_deposit_cancellations (id, deposit_id, reason, user_id, device_id, created_at)
       values (?, ?, 'kode billing tercatat dua kali', ?, ?, ?)`,
      this.id('dc'),
      depositId,
      this.users.admin,
      DEVICE,
      this.now,
    )
    this.audit('reports.depositCancelled', {}, ['pnbp_deposit', depositId])
  }

  /** A price list change: new cost (and price) for a product, as the catalogue edit writes it. */
  changeCost(product: SeedProduct, cost: number, at: string): void {
    this.at(at)
    product.cost = cost
    this.run(
      'update products set cost = ?, updated_at = ? where id = ?',
      cost,
      this.now,
      product.id,
    )
    this.audit('catalog.update', { cost }, ['product', product.id])
  }

  /** A product renamed in the catalogue. */
  renameProduct(product: SeedProduct, name: string, at: string): void {
    this.at(at)
    this.run(
      'update products set name = ?, updated_at = ? where id = ?',
      name,
      this.now,
      product.id,
    )
    this.audit('catalog.update', { name }, ['product', product.id])
  }

  /** A product taken off sale (or back on). */
  setActive(product: SeedProduct, active: boolean, at: string): void {
    this.at(at)
    this.run(
      'update products set active = ?, updated_at = ? where id = ?',
      active ? 1 : 0,
      this.now,
      product.id,
    )
    this.audit('catalog.update', { active }, ['product', product.id])
  }
}
