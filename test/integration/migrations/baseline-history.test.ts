import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { describe, expect, it } from 'vitest'
import { registerChangeFunctions } from '../../../electron/db/change-actor'
import { registerChainFunctions } from '../../../electron/db/ledger-chain'
import { migrateToLatest } from '../../../electron/db/migrate'
import { migrations } from '../../../electron/db/migrations'
import { VERSIONED_TABLES } from '../../../electron/db/record-versions'
import type { Database } from '../../../electron/db/schema'
import { verifyEvidence } from '../../../electron/services/evidence/evidence-check'
import { fillers, type FillHistory } from './fillers'
import { SeedTill } from './seed-till'

// Issue 13: master-data history began at the upgrade to 0016, so "what was the price before?"
// had no answer for older records. 0020 writes one baseline row per record without history
// (its state at the upgrade, by 'system/upgrade'), and one first version per transfer, order
// and production request, all chained.

const names = Object.keys(migrations)
const KEY = Buffer.alloc(32, 7)

async function filledAt(level: number) {
  const raw = new BetterSqlite3(':memory:')
  raw.pragma('foreign_keys = ON')
  registerChainFunctions(raw, KEY)
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
  return { raw, db }
}

const count = (raw: BetterSqlite3.Database, sql: string, ...params: unknown[]) =>
  raw
    .prepare(sql)
    .pluck()
    .get(...params) as number

describe('0020: baselines for master data and first versions of changing records', () => {
  for (const level of [
    names.indexOf('0015_first_run') + 1,
    names.indexOf('0019_consignment') + 1,
  ]) {
    it(`from ${names[level - 1]}: every master record has history, every state record a version, verify passes`, async () => {
      const { raw, db } = await filledAt(level)
      try {
        const priceBefore = raw
          .prepare('select id, name, price, cost from products order by rowid limit 1')
          .get() as { id: string; name: string; price: number; cost: number }
        await migrateToLatest(db)

        for (const [table, entity, key] of [
          ['products', 'product', 'id'],
          ['users', 'user', 'id'],
          ['payment_methods', 'payment_method', 'id'],
        ] as const) {
          expect(
            count(
              raw,
              `select count(*) from ${table} t where not exists (select 1 from master_history h
                 where h.entity = ? and h.entity_id = t.${key})`,
              entity,
            ),
            `${table} without history`,
          ).toBe(0)
        }
        expect(
          count(
            raw,
            `select count(*) from settings s where s.key <> 'labels.inStoreEanSeq' and not exists
               (select 1 from master_history h where h.entity = 'setting' and h.entity_id = s.key)`,
          ),
        ).toBe(0)
        expect(
          count(
            raw,
            `select count(*) from role_permissions r where not exists (select 1 from master_history h
               where h.entity = 'role_permission' and h.entity_id = r.role
               and coalesce(h.new_value, h.old_value) = r.permission)`,
          ),
        ).toBe(0)

        if (level <= names.indexOf('0015_first_run') + 1) {
          // No history at all before 0016: the first product's baseline is its state then.
          const baseline = raw
            .prepare(
              `select field, new_value, user_id from master_history
               where entity = 'product' and entity_id = ? order by rowid limit 1`,
            )
            .get(priceBefore.id) as { field: string; new_value: string; user_id: string }
          expect(baseline.field).toBe('baseline')
          expect(baseline.user_id).toBe('system/upgrade')
          expect(JSON.parse(baseline.new_value)).toMatchObject({
            name: priceBefore.name,
            price: priceBefore.price,
            cost: priceBefore.cost,
          })
        } else {
          // Records that had history keep it and get no baseline.
          expect(
            count(
              raw,
              `select count(*) from master_history b where b.field = 'baseline' and exists (
                 select 1 from master_history h where h.entity = b.entity
                 and h.entity_id = b.entity_id and h.rowid < b.rowid)`,
            ),
          ).toBe(0)
        }

        for (const [table, { key }] of Object.entries(VERSIONED_TABLES)) {
          expect(
            count(
              raw,
              `select count(*) from ${table} t where not exists (select 1 from record_versions v
                 where v.table_name = ? and v.row_id = ${key.replace(/\b(id|stock_doc_id|request_id)\b/g, 't.$1')})`,
              table,
            ),
            `${table} without a version`,
          ).toBe(0)
        }

        const report = await verifyEvidence(raw, db as unknown as Kysely<Database>, {
          keys: [KEY],
        })
        // ('unlinked' is left out: rows written under 0001, before the chain, never joined it;
        // filled-upgrade.test.ts checks exactly those.)
        const failing = report.checks.filter(
          (c) => c.failure && ['chain', 'history', 'versions'].includes(c.check),
        )
        expect(failing).toEqual([])
        expect(report.chain).toMatchObject({ ok: true, authenticated: true })
      } finally {
        raw.close()
      }
    })
  }
})
