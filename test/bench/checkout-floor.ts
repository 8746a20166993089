import { createHash } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import { v7 as uuidv7 } from 'uuid'

export interface FloorCart {
  id: string
  lines: Array<{ productId: string; qty: number }>
  payments: Array<{ methodId: string; amount: number; reference?: string }>
}

interface ProductRow {
  id: string
  name: string
  sku: string
  price: number
  cost: number
  active: number
  workshop_id: string | null
  category_id: string | null
  on_hand: number | null
}

interface MethodRow {
  id: string
  name: string
  kind: 'cash' | 'noncash'
  requires_reference: number
}

const WIB = 7 * 3_600_000

/**
 * The checkout's work with bare prepared statements in one better-sqlite3 transaction:
 * idempotency check, till settings, location, products with stock, payment methods, receipt
 * counter, sale, lines, stock movements, stock-level upserts, payments, clearing the till's
 * open cart; then the sale read back (sale, lines, payments), since the app returns it. Same
 * rows, same checks, nothing else: the floor the app path is measured against.
 */
export function createCheckoutFloor(
  raw: BetterSqlite3.Database,
  who: { deviceId: string; userId: string },
) {
  const existing = raw.prepare('select id, request_hash from sales where id = ?')
  const settings = raw.prepare(
    `select key, value from settings where key in
       ('till.defaultLocationId', 'device.code', 'receipt.format', 'till.cashRounding',
        'till.allowNegativeStock')`,
  )
  const location = raw.prepare('select id from locations where id = ? and active = 1')
  const products = raw.prepare(
    `select p.id, p.name, p.sku, p.price, p.cost, p.active, p.workshop_id, p.category_id,
            s.on_hand
     from products p
     left join stock_levels s on s.product_id = p.id and s.location_id = ?
     where p.id in (select value from json_each(?))`,
  )
  const methods = raw.prepare(
    'select id, name, kind, requires_reference from payment_methods where active = 1',
  )
  const counter = raw
    .prepare(
      `insert into receipt_counters (device_id, last_seq) values (?, 1)
       on conflict (device_id) do update set last_seq = last_seq + 1 returning last_seq`,
    )
    .pluck()
  const insertSale = raw.prepare(
    `insert into sales (id, device_id, receipt_seq, receipt_no, location_id, user_id, subtotal,
       total, paid, change, request_hash, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertLine = raw.prepare(
    `insert into sale_lines (id, sale_id, line_no, product_id, name, sku, qty, list_price,
       unit_price, line_total, net_total, unit_cost, workshop_id, category_id, device_id,
       created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertMovement = raw.prepare(
    `insert into stock_movements (id, product_id, location_id, qty, reason, unit_cost,
       workshop_id, ref_type, ref_id, note, user_id, device_id, created_at)
     values (?, ?, ?, ?, 'sale', ?, ?, 'sale', ?, null, ?, ?, ?)`,
  )
  const upsertLevel = raw
    .prepare(
      `insert into stock_levels (product_id, location_id, on_hand) values (?, ?, ?)
       on conflict (product_id, location_id) do update set on_hand = on_hand + excluded.on_hand
       returning on_hand`,
    )
    .pluck()
  const insertPayment = raw.prepare(
    `insert into payments (id, sale_id, tender_no, method_id, method_name, kind, amount,
       tendered, change, reference, device_id, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const clearOpenCart = raw.prepare('delete from open_carts where device_id = ?')
  const readSale = raw.prepare(
    `select s.id, s.receipt_no, s.created_at, s.location_id, l.name as location_name,
            u.name as cashier_name, s.subtotal, s.cart_discount, s.rounding, s.total, s.paid,
            s.change
     from sales s join locations l on l.id = s.location_id join users u on u.id = s.user_id
     where s.id = ?`,
  )
  const readLines = raw.prepare('select * from sale_lines where sale_id = ? order by line_no')
  const readPayments = raw.prepare('select * from payments where sale_id = ? order by tender_no')

  const write = raw.transaction((cart: FloorCart) => {
    const hash = createHash('sha256')
      .update(JSON.stringify([cart.lines, cart.payments]))
      .digest('hex')
    const found = existing.get(cart.id) as { id: string; request_hash: string } | undefined
    if (found) {
      if (found.request_hash !== hash) throw new Error('IDEMPOTENCY_MISMATCH')
      return
    }
    const config = new Map(
      (settings.all() as Array<{ key: string; value: string }>).map((r) => [
        r.key,
        JSON.parse(r.value) as unknown,
      ]),
    )
    const locationId = config.get('till.defaultLocationId') as string
    const prefix = config.get('device.code') as string
    const allowNegative = config.get('till.allowNegativeStock') === true
    if (!location.get(locationId)) throw new Error('NOT_FOUND location')

    const rows = products.all(
      locationId,
      JSON.stringify(cart.lines.map((l) => l.productId)),
    ) as ProductRow[]
    const byId = new Map(rows.map((p) => [p.id, p]))
    let total = 0
    for (const line of cart.lines) {
      const p = byId.get(line.productId)
      if (!p || p.active !== 1) throw new Error(`floor: cannot sell ${line.productId}`)
      if (!allowNegative && line.qty > (p.on_hand ?? 0)) throw new Error('INSUFFICIENT_STOCK')
      total += p.price * line.qty
    }
    const methodById = new Map((methods.all() as MethodRow[]).map((m) => [m.id, m]))
    const tenders = cart.payments.map((p) => {
      const method = methodById.get(p.methodId)
      if (!method) throw new Error('NOT_FOUND method')
      if (method.requires_reference === 1 && !p.reference) throw new Error('REFERENCE_REQUIRED')
      return { ...p, method }
    })
    const paid = tenders.reduce((s, t) => s + t.amount, 0)
    if (paid < total) throw new Error('INSUFFICIENT_PAYMENT')

    const now = Date.now()
    const seq = counter.get(who.deviceId) as number
    const date = new Date(now + WIB).toISOString().slice(0, 10).replaceAll('-', '')
    insertSale.run(
      cart.id,
      who.deviceId,
      seq,
      `${prefix}-${date}-${String(seq).padStart(6, '0')}`,
      locationId,
      who.userId,
      total,
      total,
      paid,
      paid - total,
      hash,
      now,
    )
    cart.lines.forEach((line, index) => {
      const p = byId.get(line.productId)!
      const lineTotal = p.price * line.qty
      insertLine.run(
        uuidv7(),
        cart.id,
        index + 1,
        p.id,
        p.name,
        p.sku,
        line.qty,
        p.price,
        p.price,
        lineTotal,
        lineTotal,
        p.cost,
        p.workshop_id,
        p.category_id,
        who.deviceId,
        now,
      )
      insertMovement.run(
        uuidv7(),
        p.id,
        locationId,
        -line.qty,
        p.cost,
        p.workshop_id,
        cart.id,
        who.userId,
        who.deviceId,
        now,
      )
      upsertLevel.get(p.id, locationId, -line.qty)
    })
    // Change comes out of the cash tendered last.
    let changeLeft = paid - total
    const gives = tenders.map(() => 0)
    for (let t = tenders.length - 1; t >= 0; t--) {
      const tender = tenders[t]!
      if (tender.method.kind !== 'cash') continue
      gives[t] = Math.min(changeLeft, tender.amount)
      changeLeft -= gives[t]!
    }
    tenders.forEach((t, index) => {
      insertPayment.run(
        uuidv7(),
        cart.id,
        index + 1,
        t.method.id,
        t.method.name,
        t.method.kind,
        t.amount - gives[index]!,
        t.amount,
        gives[index],
        t.reference ?? null,
        who.deviceId,
        now,
      )
    })
    clearOpenCart.run(who.deviceId)
  })

  return {
    checkout(cart: FloorCart) {
      write(cart)
      const sale = readSale.get(cart.id)
      if (!sale) throw new Error('floor: sale not written')
      return { sale, lines: readLines.all(cart.id), payments: readPayments.all(cart.id) }
    },
  }
}
