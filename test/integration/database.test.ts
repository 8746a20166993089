import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, versionAtLeast } from '../../electron/db/connection'
import { saleId, stockedProduct } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

describe('database settings', () => {
  it('opens with WAL, synchronous FULL, foreign keys and a busy timeout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'etalase-db-'))
    const { raw, close } = openDatabase(join(dir, 'x.sqlite'))
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(raw.pragma('synchronous', { simple: true })).toBe(2)
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(raw.pragma('busy_timeout', { simple: true })).toBe(5000)
    void close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('compares SQLite versions numerically', () => {
    expect(versionAtLeast('3.51.3', '3.51.3')).toBe(true)
    expect(versionAtLeast('3.51.10', '3.51.3')).toBe(true)
    expect(versionAtLeast('3.54.1', '3.51.3')).toBe(true)
    expect(versionAtLeast('3.51.2', '3.51.3')).toBe(false)
    expect(versionAtLeast('3.9.0', '3.51.3')).toBe(false)
  })
})

describe('schema', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('makes every table STRICT', () => {
    const tables = core.database.raw
      .prepare(
        `select name, sql from sqlite_schema where type = 'table'
         and name not like 'sqlite_%' and name not like 'products_fts%' and name not like 'kysely_%'`,
      )
      .all() as Array<{ name: string; sql: string }>
    expect(tables.length).toBeGreaterThan(10)
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT/)
  })

  it('refuses to change or delete finalized ledger rows', async () => {
    const product = await stockedProduct(core, 5)
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    const raw = core.database.raw
    for (const table of ['sales', 'sale_lines', 'payments', 'stock_movements']) {
      expect(() => raw.prepare(`update ${table} set created_at = 1`).run(), table).toThrow(
        /append-only/,
      )
      expect(() => raw.prepare(`delete from ${table}`).run(), table).toThrow(/append-only/)
    }
  })

  it('rejects money that is not whole Rupiah and broken references', () => {
    const raw = core.database.raw
    expect(() =>
      raw
        .prepare(
          `insert into products (id, sku, name, unit, price, cost, device_id, created_at, updated_at)
           values ('x', 'X', 'X', 'pcs', 1.5, 0, 'd', 0, 0)`,
        )
        .run(),
    ).toThrow(/cannot store REAL/)
    expect(() =>
      raw
        .prepare(
          `insert into products (id, sku, name, unit, price, cost, device_id, created_at, updated_at, category_id)
           values ('y', 'Y', 'Y', 'pcs', 100, 0, 'd', 0, 0, 'no-such-category')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/)
  })

  it('gives every till its own device id and records it on every row', async () => {
    const product = await stockedProduct(core, 2)
    const info = await core.must('app:info', {})
    const rows = core.database.raw
      .prepare('select distinct device_id from stock_movements where product_id = ?')
      .pluck()
      .all(product.id)
    expect(rows).toEqual([info.deviceId])
  })
})
