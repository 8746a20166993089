// One filler per migration: what a till running THAT version did in a month of work, written
// with that version's tables only. A database "at level k" is built by migrating to 0001 and
// running its filler, migrating to 0002 and running its filler, … up to k: a till that was
// upgraded k-1 times with data at every step. When a migration is added, add its filler here
// (the test fails until there is one) — new tables get rows, old flows keep writing.
import { fillConsignment } from './consignment-filler'
import { DEVICE, type SeedTill } from './seed-till'

/** Sales and other ids a later filler refers to (a void of an older sale, a deposit…). */
export type FillHistory = Map<string, string>

export type Filler = (till: SeedTill, history: FillHistory) => void

export const fillers: Record<string, Filler> = {
  '0001_foundation': (t, h) => {
    t.at('2026-01-05T01:00:00Z').foundation()
    const { gantungan, tas, tikar, roti } = t.products
    for (const [p, qty] of [
      [gantungan, 200],
      [tas, 20],
      [tikar, 10],
      [roti, 60],
    ] as const) {
      t.receive(p, t.locations.galeri, qty)
      t.receive(p, t.locations.gudang, qty / 2)
    }
    t.openShift(t.users.kasir, t.locations.galeri, 500_000)
    // 23:59 and 00:00 WIB on either side of a month end that is one UTC day.
    h.set(
      'jan31-late',
      t.sell({
        at: '2026-01-31T16:59:30Z',
        user: t.users.kasir,
        location: t.locations.galeri,
        lines: [{ product: gantungan, qty: 3 }],
        tenders: [{ method: 'tunai', amount: 50_000 }],
      }),
    )
    h.set(
      'feb1-early',
      t.sell({
        at: '2026-01-31T17:00:30Z',
        user: t.users.kasir,
        location: t.locations.galeri,
        lines: [
          { product: tas, qty: 1 },
          { product: gantungan, qty: 2, lineDiscount: 2_000 },
        ],
        cartDiscount: 5_000,
        tenders: [
          { method: 'qris', amount: 100_000, reference: 'QR-7781' },
          { method: 'tunai', amount: 50_000 },
        ],
      }),
    )
    h.set(
      'gudang',
      t.sell({
        at: '2026-01-31T18:00:00Z',
        user: t.users.admin,
        location: t.locations.gudang,
        lines: [
          { product: tikar, qty: 2 },
          { product: roti, qty: 4 },
        ],
        tenders: [{ method: 'transfer', amount: 200_000, reference: 'TRF 0098' }],
      }),
    )
  },

  '0002_till': (t, h) => {
    const { gantungan, tas, roti } = t.products
    h.set(
      'override',
      t.sell({
        at: '2026-02-10T03:00:00Z',
        user: t.users.kasir,
        location: t.locations.galeri,
        lines: [
          { product: tas, qty: 1, unitPrice: 110_000 },
          { product: roti, qty: 3 },
        ],
        rounding: -500,
        tenders: [{ method: 'tunai', amount: 200_000 }],
      }),
    )
    // A sale voided before any rollup existed: the 0008 backfill must leave it out.
    t.voidSale(h.get('gudang')!, '2026-02-10T04:00:00Z')
    t.returnLine(h.get('feb1-early')!, 1, 1, 'restock', '2026-02-11T02:00:00Z')
    t.tillExtras('2026-02-11T09:00:00Z')
    t.closeShift('2026-02-11T10:00:00Z')
    t.at('2026-02-12T01:00:00Z').openShift(t.users.kasir, t.locations.galeri, 300_000)
    t.sell({
      at: '2026-02-12T02:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: gantungan, qty: 10, lineDiscount: 10_000 }],
      tenders: [{ method: 'qris', amount: 140_000, reference: 'QR-8812' }],
    })
  },

  '0003_printing': (t, h) => {
    const sale = t.sell({
      at: '2026-03-03T05:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [
        { product: t.products.tikar, qty: 1 },
        { product: t.products.gantungan, qty: 4 },
      ],
      tenders: [{ method: 'tunai', amount: 150_000 }],
    })
    h.set('march', sale)
    t.printJob(sale, '2026-03-03T05:00:05Z')
  },

  '0004_stock': (t) => {
    t.exhibitionRoundTrip('2026-04-19T02:00:00Z')
    t.sell({
      at: '2026-04-21T04:00:00Z',
      user: t.users.kasir,
      location: t.locations.pameran,
      lines: [
        { product: t.products.gantungan, qty: 12, unitPrice: 12_500 },
        { product: t.products.tas, qty: 1 },
      ],
      cartDiscount: 10_000,
      tenders: [{ method: 'qris', amount: 265_000, reference: 'QR-EXPO-1' }],
    })
    t.at('2026-04-28T02:00:00Z')
    t.stockDoc('damaged', t.locations.gudang, [[t.products.roti, 5]], null, 'jamur')
    t.receive(t.products.tas, t.locations.galeri, 6)
  },

  '0005_opname': (t) => {
    t.postedCount(
      t.locations.galeri,
      [
        [t.products.gantungan, 150],
        [t.products.roti, 52],
      ],
      '2026-05-15T06:00:00Z',
    )
    t.sell({
      at: '2026-05-16T02:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.roti, qty: 2 }],
      tenders: [{ method: 'tunai', amount: 20_000 }],
    })
  },

  '0006_backups': (t) => {
    t.backupRuns('2026-06-10T03:00:00Z')
    // 23:30 WIB on the last day of June.
    t.sell({
      at: '2026-06-30T16:30:00Z',
      user: t.users.supervisor,
      location: t.locations.galeri,
      lines: [{ product: t.products.tas, qty: 2, lineDiscount: 15_000 }],
      tenders: [{ method: 'transfer', amount: 235_000, reference: 'TRF 1200' }],
    })
  },

  '0007_reports': (t, h) => {
    h.set('deposit', t.reportRegisters('2026-07-05T03:00:00Z'))
    t.sell({
      at: '2026-07-06T03:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [
        { product: t.products.gantungan, qty: 5 },
        { product: t.products.tikar, qty: 1 },
      ],
      tenders: [{ method: 'tunai', amount: 200_000 }],
    })
  },

  '0008_report_rollups': (t, h) => {
    // From here the rollups are kept by triggers: a void of a sale the backfill counted must
    // take it back out of its own day (31 January), and a fresh sale voided the same day too.
    t.voidSale(h.get('jan31-late')!, '2026-08-03T02:00:00Z')
    const fresh = t.sell({
      at: '2026-08-03T03:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.roti, qty: 6 }],
      tenders: [{ method: 'tunai', amount: 50_000 }],
    })
    t.voidSale(fresh, '2026-08-03T03:05:00Z')
    t.sell({
      at: '2026-08-04T03:00:00Z',
      user: t.users.supervisor,
      location: t.locations.gudang,
      lines: [{ product: t.products.gantungan, qty: 8 }],
      tenders: [
        { method: 'qris', amount: 60_000, reference: 'QR-9001' },
        { method: 'tunai', amount: 100_000 },
      ],
    })
  },

  '0009_report_product_months': (t, h) => {
    // 00:10 WIB on 1 October, still 30 September in UTC.
    t.sell({
      at: '2026-09-30T17:10:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.tas, qty: 1 }],
      tenders: [{ method: 'tunai', amount: 150_000 }],
    })
    t.returnLine(h.get('march')!, 2, 2, 'damaged', '2026-09-02T03:00:00Z')
  },

  '0010_pnbp_cancellations': (t, h) => {
    t.cancelDeposit(h.get('deposit')!, '2026-10-02T03:00:00Z')
    t.sell({
      at: '2026-10-05T03:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.gantungan, qty: 2 }],
      tenders: [{ method: 'tunai', amount: 30_000 }],
    })
  },

  '0011_stock_screen': (t) => {
    // A cost change moves the product's whole value in stock_value_totals (trigger).
    t.changeCost(t.products.tas, 75_000, '2026-11-01T02:00:00Z')
    t.at('2026-11-02T02:00:00Z').receive(t.products.tikar, t.locations.gudang, 4)
    t.sell({
      at: '2026-11-03T03:00:00Z',
      user: t.users.kasir,
      location: t.locations.pameran,
      lines: [{ product: t.products.tas, qty: 1 }],
      tenders: [{ method: 'tunai', amount: 125_000 }],
    })
  },

  '0012_approval_grants': (t) => {
    // Grants live two minutes and the PIN counters clear on a right PIN: an upgraded till
    // carries none. It keeps selling after the tables exist.
    t.sell({
      at: '2026-11-08T03:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.gantungan, qty: 2 }],
      tenders: [{ method: 'tunai', amount: 30_000 }],
    })
  },

  '0013_product_search': (t) => {
    // Renames and a product taken off sale after the search table exists: its triggers follow.
    t.renameProduct(t.products.tikar, 'Tikar Purun Motif Dayak', '2026-11-10T02:00:00Z')
    t.setActive(t.products.roti, false, '2026-11-10T02:05:00Z')
    t.sell({
      at: '2026-11-11T03:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.tikar, qty: 1 }],
      tenders: [{ method: 'tunai', amount: 150_000 }],
    })
  },

  '0014_evidence': (t) => {
    // Signed from here on by the key the connection holds; the earlier history was signed by
    // the migration's backfill.
    t.sell({
      at: '2026-11-20T03:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.gantungan, qty: 1 }],
      tenders: [{ method: 'tunai', amount: 15_000 }],
    })
  },

  '0015_first_run': (t) => {
    // A till set up before the wizard existed keeps selling after it: its code is now frozen.
    t.sell({
      at: '2026-12-01T03:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.gantungan, qty: 1 }],
      tenders: [{ method: 'tunai', amount: 15_000 }],
    })
  },

  '0016_master_history': (t) => {
    // Prices, names and the shelf keep changing after the history exists: its triggers record
    // each change (by no signed-in person: the filler writes as the app itself would at
    // upgrade), and the till keeps selling.
    t.changeCost(t.products.tas, 80_000, '2026-12-03T02:00:00Z')
    t.renameProduct(t.products.gantungan, 'Gantungan Kunci Burung Enggang', '2026-12-03T02:05:00Z')
    t.setActive(t.products.roti, true, '2026-12-03T02:10:00Z')
    t.sell({
      at: '2026-12-04T03:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.gantungan, qty: 1 }],
      tenders: [{ method: 'tunai', amount: 15_000 }],
    })
  },
  '0017_hub_sync': (t) => {
    // A till that never joins a hub keeps selling: its sales wait in the outbox.
    t.sell({
      at: '2026-12-05T03:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.gantungan, qty: 1 }],
      tenders: [{ method: 'tunai', amount: 15_000 }],
    })
  },
  '0018_orders': (t) => {
    // An export buyer with a confirmed order, its deposit and a production request; the till
    // keeps selling at the counter beside it.
    const at = Date.parse('2026-12-02T03:00:00Z')
    const run = (sql: string, ...params: unknown[]) => t.raw.prepare(sql).run(...params)
    run(
      `insert into buyers (id, name, kind, country, address, contact, language, currency,
         device_id, created_at, updated_at)
       values ('b-nz', 'Kiwi Crafts Ltd', 'company', 'NZ', 'Auckland', 'Aroha', 'en', 'USD',
         'till-1', ?, ?)`,
      at,
      at,
    )
    run(
      `insert into orders (id, order_no, buyer_id, location_id, status, due_date, total,
         created_by, device_id, created_at)
       values ('o-1', 'PSN-KSG1-2026-0001', 'b-nz', ?, 'confirmed', '2026-12-20', 2600000,
         ?, 'till-1', ?)`,
      t.locations.galeri,
      t.users.admin,
      at,
    )
    for (const [id, status] of [
      ['oe-1', 'quotation'],
      ['oe-2', 'confirmed'],
    ]) {
      run(
        `insert into order_events (id, order_id, status, user_id, device_id, created_at)
         values (?, 'o-1', ?, ?, 'till-1', ?)`,
        id,
        status,
        t.users.admin,
        at,
      )
    }
    run(
      `insert into order_lines (id, order_id, line_no, product_id, qty, list_price, unit_price,
         price_reason, hs_code)
       values ('ol-1', 'o-1', 1, ?, 200, 15000, 13000, 'harga grosir', '4602.19')`,
      t.products.gantungan.id,
    )
    run(
      `insert into order_payments (id, order_id, receipt_no, kind, method_id, method_name,
         method_kind, amount, reference, user_id, device_id, created_at)
       values ('op-1', 'o-1', 'KWT-KSG1-2026-0001', 'deposit', 'transfer', 'Transfer Bank',
         'noncash', 780000, 'TRF 1', ?, 'till-1', ?)`,
      t.users.admin,
      at,
    )
    run(
      `insert into production_requests (id, request_no, order_id, product_id, workshop_id, qty,
         due_date, user_id, device_id, created_at)
       values ('pr-1', 'PRD-KSG1-2026-0001', 'o-1', ?, ?, 100, '2026-12-15', ?, 'till-1', ?)`,
      t.products.gantungan.id,
      t.workshops.getah,
      t.users.admin,
      at,
    )
    t.sell({
      at: '2026-12-03T03:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.gantungan, qty: 1 }],
      tenders: [{ method: 'tunai', amount: 15_000 }],
    })
  },
  '0019_consignment': (t) => fillConsignment(t),
  '0020_record_versions': (t) => {
    // After the upgrade a price change is history as before and the till keeps selling.
    t.changeCost(t.products.tikar, 55_000, '2026-12-06T02:00:00Z')
    t.sell({
      at: '2026-12-06T03:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.gantungan, qty: 1 }],
      tenders: [{ method: 'tunai', amount: 15_000 }],
    })
  },
  '0021_shared_ids': (t) => {
    // A price change after 0021 is a new version (a trigger writes it); the till keeps selling
    // at the new price, and the sale line snapshots it.
    t.changeCost(t.products.tas, 52_000, '2026-12-06T04:00:00Z')
    t.sell({
      at: '2026-12-06T05:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.tas, qty: 1 }],
      tenders: [{ method: 'tunai', amount: t.products.tas.price }],
    })
  },
  '0022_hub_flow': (t) => {
    // A draft transfer (queued for the hub), a product renamed here (kept as an edit to
    // propose), and the counter keeps selling.
    t.raw
      .prepare(
        `insert into transfers (id, transfer_no, from_location_id, to_location_id, state, note,
           created_by, device_id, created_at)
         values ('tr-hubflow', 'TRF-2026-0099', ?, ?, 'draft', 'ke gudang', ?, 'till-1', ?)`,
      )
      .run(
        t.locations.galeri,
        t.locations.gudang,
        t.users.admin,
        Date.parse('2026-12-06T06:00:00Z'),
      )
    t.renameProduct(t.products.tas, 'Tas Anyaman Pandan', '2026-12-06T07:00:00Z')
    t.sell({
      at: '2026-12-06T08:00:00Z',
      user: t.users.kasir,
      location: t.locations.galeri,
      lines: [{ product: t.products.gantungan, qty: 1 }],
      tenders: [{ method: 'tunai', amount: 15_000 }],
    })
  },
  '0023_order_shipments': (t) => {
    // The confirmed export order of 0018 ships a first part: its own sale and shipment.
    const saleId = t.sell({
      at: '2026-12-06T09:00:00Z',
      user: t.users.admin,
      location: t.locations.galeri,
      lines: [{ product: t.products.gantungan, qty: 5 }],
      tenders: [{ method: 'tunai', amount: 75_000 }],
    })
    const run = (sql: string, ...params: unknown[]) => t.raw.prepare(sql).run(...params)
    run(
      `insert into order_shipments (id, order_id, shipment_no, sale_id, user_id, device_id,
         created_at)
       values ('os-1', 'o-1', 1, ?, ?, 'till-1', ?)`,
      saleId,
      t.users.admin,
      Date.parse('2026-12-06T09:00:00Z'),
    )
    run(
      `insert into order_shipment_lines (shipment_id, order_line_id, qty) values ('os-1', 'ol-1', 5)`,
    )
  },
  '0024_consignment_money': (t) => {
    // The partner's keychain price rises from 16.000 (backfilled as in force since the start)
    // to 17.000 for goods sent from mid-December; versions are append-only from here on.
    t.at('2026-12-10T02:00:00Z')
    t.raw
      .prepare(
        `insert into consignment_price_versions (id, location_id, product_id, price, effective_at,
           user_id, device_id, created_at) values ('pv-1', 'loc-mitra', ?, 17000, ?, ?, ?, ?)`,
      )
      .run(
        t.products.gantungan.id,
        Date.parse('2026-12-15T00:00:00+07:00'),
        t.users.admin,
        DEVICE,
        Date.parse('2026-12-10T02:00:00Z'),
      )
  },
  '0025_hub_split_rules': (t) => {
    // A rule the hub published (its device id is 'hub': not in this chain, not proposed back)
    // and a rule written here for January (in the chain, queued as a proposal).
    t.at('2026-12-20T02:00:00Z')
    const rule = (id: string, device: string, premi: number) =>
      t.raw
        .prepare(
          `insert into split_rules (id, workshop_id, valid_from, premi_bp, pnbp_bp, modal_bp, basis,
             note, user_id, device_id, created_at)
           values (?, null, '2027-01-01', ?, 2000, ?, 'net_sales', null, ?, ?, ?)`,
        )
        .run(id, premi, 8000 - premi, t.users.admin, device, Date.parse('2026-12-20T02:00:00Z'))
    t.raw.prepare('insert into sync_applying (id) values (1)').run()
    rule('sr-hub-1', 'hub', 5000)
    t.unchained.add('sr-hub-1')
    t.raw.prepare('delete from sync_applying').run()
    rule('sr-till-1', DEVICE, 4000)
  },
  '0026_hub_decisions': (t) => {
    // A sync sent the till's January rule and brought back the admin's rejection.
    t.at('2026-12-22T02:00:00Z')
    const sentAt = Date.parse('2026-12-21T02:00:00Z')
    const edit = t.raw
      .prepare(
        "select id from sync_master_edits where table_name = 'split_rules' and row_id = 'sr-till-1'",
      )
      .pluck()
      .get() as number
    t.raw.prepare('update sync_master_edits set sent_at = ? where id = ?').run(sentAt, edit)
    t.raw
      .prepare(
        `insert into hub_decisions (source_id, proposal_id, table_name, row_id, decision, note,
           decided_at) values (?, 7, 'split_rules', 'sr-till-1', 'rejected', ?, ?)`,
      )
      .run(`edit:${edit}`, 'Menunggu SK Kalapas', Date.parse('2026-12-22T01:00:00Z'))
  },
}
