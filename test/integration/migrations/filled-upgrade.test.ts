import { registerChangeFunctions } from '../../../electron/db/change-actor'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { describe, expect, it } from 'vitest'
import {
  verifyLedgerChain,
  CHAINED_COLUMNS,
  registerChainFunctions,
} from '../../../electron/db/ledger-chain'
import { migrateToLatest } from '../../../electron/db/migrate'
import { migrations } from '../../../electron/db/migrations'
import type { Database } from '../../../electron/db/schema'
import { verifyReportRollups } from '../../../electron/services/reports/report-rollups'
import { verifyStockLevels } from '../../../electron/services/stock/stock-ledger'
import { fillers, type FillHistory } from './fillers'
import {
  comparable,
  paymentsDaily,
  productsMonthly,
  salesDaily,
  stockValueTotals,
  stored,
  workshopsDaily,
} from './recompute'
import { SeedTill } from './seed-till'

// The backfills in 0008 (report_sales_daily, report_payments_daily, report_workshops_daily),
// 0009 (report_products_monthly) and 0011 (stock_value_totals) run once, on a till's real
// history; every other test builds an empty database at the latest version. Here each earlier
// level gets a database with months of data written by every version up to it (fillers.ts),
// then the app's own migrateToLatest runs on it.

const names = Object.keys(migrations)
/** The chain key the filled till's connection holds (0014 signs with it). */
const TILL_KEY = Buffer.alloc(32, 7)

/** Migrates to 0001 and fills, to 0002 and fills, … to `level`; returns the open database. */
async function filledAt(level: number) {
  const raw = new BetterSqlite3(':memory:')
  raw.pragma('foreign_keys = ON')
  registerChainFunctions(raw, TILL_KEY)
  registerChangeFunctions(raw)
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) })
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
  const till = new SeedTill(raw)
  const history: FillHistory = new Map()
  for (let version = 1; version <= level; version++) {
    const name = names[version - 1]!
    const { error } = await migrator.migrateTo(name)
    if (error) throw error
    till.version = version
    raw.transaction(() => fillers[name]!(till, history))()
  }
  return { raw, db, till }
}

/** Every table's rows (the columns it has now), so a later migration can be shown to keep them. */
function snapshot(raw: BetterSqlite3.Database) {
  const tables = raw
    .prepare(
      `select name from sqlite_schema where type = 'table'
       and name not like 'sqlite_%' and name not like 'kysely_%' order by name`,
    )
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((table) => {
      const columns = (raw.pragma(`table_info(${table})`) as Array<{ name: string }>).map(
        (c) => c.name,
      )
      const list = columns.map((c) => `"${c}"`).join(', ')
      return [
        table,
        {
          columns,
          rows: raw.prepare(`select ${list} from "${table}" order by ${list}`).raw().all(),
        },
      ]
    }),
  )
}

describe('migrating a filled database from every earlier version to the latest', () => {
  it('has a filler for every migration (add one with each new migration)', () => {
    expect(Object.keys(fillers)).toEqual(names)
  })

  for (let level = 1; level <= names.length; level++) {
    it(`from ${names[level - 1]}: nothing lost, rollups and stock totals equal the ledgers`, async () => {
      const { raw, db, till } = await filledAt(level)
      try {
        const before = snapshot(raw)
        expect(before.sales!.rows.length, 'the filled database has sales').toBeGreaterThanOrEqual(3)

        await migrateToLatest(db)

        expect(raw.pragma('integrity_check', { simple: true })).toBe('ok')
        expect(raw.pragma('foreign_key_check')).toEqual([])
        // Nothing lost or changed: every table that existed keeps every row and value.
        const after = snapshot(raw)
        for (const [table, { columns, rows }] of Object.entries(before)) {
          const list = columns.map((c) => `"${c}"`).join(', ')
          const kept = raw.prepare(`select ${list} from "${table}" order by ${list}`).raw().all()
          // 0014 links the rows of the tables that joined the chain: links are only appended.
          // 0015 marks a till that already had a PIN as set up (it predates the wizard): that
          // one settings row is added, and every other is kept as it was.
          const hadMark = rows.some((row) => (row as unknown[])[0] === 'setup.completedAt')
          const compared =
            table === 'ledger_chain'
              ? kept.slice(0, rows.length)
              : table === 'settings' && !hadMark
                ? kept.filter((row) => (row as unknown[])[0] !== 'setup.completedAt')
                : kept
          // 0020 appends links, signatures, outbox entries and baseline history rows, 0025
          // queues the till's own split rules as proposals: the rows there before are all
          // kept, unchanged.
          if (
            ['ledger_chain_macs', 'sync_outbox', 'master_history', 'sync_master_edits'].includes(
              table,
            )
          ) {
            expect(kept, `${table} changed by the migration`).toEqual(expect.arrayContaining(rows))
            continue
          }
          expect(compared, `${table} changed by the migration`).toEqual(rows)
          expect(after[table], `${table} dropped`).toBeDefined()
        }

        // A till filled before the wizard had an admin with a PIN: after 0015 it is set up.
        expect(
          raw
            .prepare("select count(*) from settings where key = 'setup.completedAt'")
            .pluck()
            .get(),
          'a filled till counts as set up',
        ).toBe(1)

        // The rollups (0008, 0009) equal a recomputation from the ledgers, in JS and by the app.
        const rollups = [
          [
            'report_sales_daily',
            ['day', 'location_id', 'user_id'],
            ['sales', 'cart_discount', 'rounding', 'subtotal', 'gross', 'line_discount'],
            salesDaily,
          ],
          [
            'report_payments_daily',
            ['day', 'location_id', 'method_name', 'kind'],
            ['payments', 'amount'],
            paymentsDaily,
          ],
          [
            'report_workshops_daily',
            ['day', 'location_id', 'workshop_id'],
            ['qty', 'net', 'cost'],
            workshopsDaily,
          ],
          [
            'report_products_monthly',
            ['month', 'product_id', 'category_id', 'workshop_id', 'location_id'],
            ['qty', 'net', 'cost'],
            productsMonthly,
          ],
        ] as const
        for (const [table, keys, values, recompute] of rollups) {
          expect(comparable(stored(raw, table, [...keys], [...values])), table).toEqual(
            comparable(recompute(raw)),
          )
        }
        const typed = db as unknown as Kysely<Database>
        expect(await verifyReportRollups(typed)).toEqual([])

        // stock_value_totals (0011) equals on hand from the movements at today's cost.
        expect(
          comparable(
            stored(
              raw,
              'stock_value_totals',
              ['location_id', 'category_id', 'workshop_id'],
              ['units', 'value'],
            ),
          ),
        ).toEqual(comparable(stockValueTotals(raw)))
        expect(await verifyStockLevels(typed)).toEqual([])

        // product_search (0013), backfilled or trigger-kept, mirrors products row for row.
        expect(
          raw.prepare('select rid, name, sku, active from product_search order by rid').all(),
        ).toEqual(
          raw.prepare('select rowid as rid, name, sku, active from products order by rowid').all(),
        )

        // The hash chain verifies. Rows written under 0001, before 0002 created the chain, were
        // never linked into it (0002 has no backfill): exactly those, and no others, are absent.
        // Every link, old and new, is signed by the till's key (the backfill in 0014).
        expect(verifyLedgerChain(raw, { keys: [TILL_KEY] })).toMatchObject({
          ok: true,
          authenticated: true,
        })
        const unlinked = Object.keys(CHAINED_COLUMNS).flatMap(
          (table) =>
            raw
              .prepare(
                `select id from "${table}" where id not in
                 (select row_id from ledger_chain where table_name = ?)`,
              )
              .pluck()
              .all(table) as string[],
        )
        expect(new Set(unlinked)).toEqual(till.unchained)

        // 0025: every split rule this till wrote waits as a proposal for the hub, once; a rule
        // that came from the hub does not.
        const queued = raw
          .prepare("select row_id from sync_master_edits where table_name = 'split_rules'")
          .pluck()
          .all()
        const own = raw
          .prepare(
            "select id from split_rules where device_id = (select json_extract(value, '$') from settings where key = 'device.id') order by rowid",
          )
          .pluck()
          .all()
        expect(queued).toEqual(own)
        if (level >= 7) expect(own.length).toBeGreaterThan(0)
      } finally {
        await db.destroy()
      }
    })
  }
})
