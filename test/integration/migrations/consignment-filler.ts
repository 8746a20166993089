// The 0019 filler: a partner shop (titip jual) at that version — goods sent by a received
// transfer, a settlement whose sold part is a sale at the partner (commission as the line
// discount), one piece written off as missing. Written with 0019's tables only.
import { DEVICE, type SeedTill } from './seed-till'

export function fillConsignment(t: SeedTill): void {
  const run = (sql: string, ...params: unknown[]) => t.raw.prepare(sql).run(...params)
  const partner = 'loc-mitra'
  const gantungan = t.products.gantungan
  t.at('2026-12-02T02:00:00Z')
  const now = Date.parse('2026-12-02T02:00:00Z')
  run(
    `insert into locations (id, name, kind, active, device_id, created_at)
     values (?, 'Toko Oleh-oleh Borneo', 'consignment', 1, ?, ?)`,
    partner,
    DEVICE,
    now,
  )
  run(
    `insert into consignment_partners (location_id, contact, address, commission_pct, device_id,
       created_at) values (?, 'Ibu Sari', 'Palangka Raya', 20, ?, ?)`,
    partner,
    DEVICE,
    now,
  )
  run(
    `insert into consignment_prices (location_id, product_id, price) values (?, ?, 16000)`,
    partner,
    gantungan.id,
  )
  run(
    `insert into transfers (id, transfer_no, from_location_id, to_location_id, state, note,
       created_by, sent_by, sent_at, received_by, received_at, device_id, created_at)
     values ('tr-mitra', 'TRF-KSG1-2026-0101', ?, ?, 'draft', 'titip jual', ?, null, null, null,
       null, ?, ?)`,
    t.locations.galeri,
    partner,
    t.users.admin,
    DEVICE,
    now,
  )
  run(
    `insert into transfer_lines (id, transfer_id, line_no, product_id, qty_sent, unit_cost)
     values ('tr-mitra-l1', 'tr-mitra', 1, ?, 10, ?)`,
    gantungan.id,
    gantungan.cost,
  )
  run(
    `update transfers set state = 'in_transit', sent_by = ?, sent_at = ? where id = 'tr-mitra'`,
    t.users.admin,
    now,
  )
  t.move({
    product: gantungan,
    location: t.locations.galeri,
    qty: -10,
    reason: 'transfer_out',
    ref: ['transfer', 'tr-mitra'],
  })
  run(
    `update transfer_lines set qty_received = 10, qty_damaged = 0, qty_missing = 0
     where id = 'tr-mitra-l1'`,
  )
  t.move({
    product: gantungan,
    location: partner,
    qty: 10,
    reason: 'transfer_in',
    ref: ['transfer', 'tr-mitra'],
  })
  run(
    `update transfers set state = 'received', received_by = ?, received_at = ? where id = 'tr-mitra'`,
    t.users.admin,
    now,
  )

  // Settled a week later: 4 sold at the agreed 16.000 less 20%, 1 missing, 5 still there.
  const saleId = t.sell({
    at: '2026-12-09T03:00:00Z',
    user: t.users.admin,
    location: partner,
    lines: [{ product: gantungan, qty: 4, unitPrice: 16_000, lineDiscount: 12_800 }],
    tenders: [{ method: 'transfer', amount: 51_200, reference: 'BRI-0042' }],
  })
  t.move({
    product: gantungan,
    location: partner,
    qty: -1,
    reason: 'count_adjustment',
    ref: ['consignment', 'ks-0001'],
    note: 'hilang di etalase mitra',
  })
  const settledAt = Date.parse('2026-12-09T03:00:00Z')
  run(
    `insert into consignment_settlements (id, doc_no, location_id, sale_id, return_transfer_id,
       return_to_id, commission_pct, sold_amount, commission, amount_due, missing_reason, note,
       user_id, device_id, created_at)
     values ('ks-0001', 'TJ-KSG1-2026-0001', ?, ?, null, null, 20, 64000, 12800, 51200,
       'hilang di etalase mitra', null, ?, ?, ?)`,
    partner,
    saleId,
    t.users.admin,
    DEVICE,
    settledAt,
  )
  run(
    `insert into consignment_settlement_lines (id, settlement_id, line_no, product_id, sold,
       returned, missing, unit_price, commission) values ('ks-0001-l1', 'ks-0001', 1, ?, 4, 0, 1,
       16000, 12800)`,
    gantungan.id,
  )
}
