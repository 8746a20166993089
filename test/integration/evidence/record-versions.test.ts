import type BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { versionedTables } from '../../../electron/db/migrations/0020_record_versions'
import { VERSIONED_TABLES } from '../../../electron/db/record-versions'
import type { Database } from '../../../electron/db/schema'
import { verifyEvidence } from '../../../electron/services/evidence/evidence-check'
import { locationId, stockedProduct } from '../../helpers/builders'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { dropGuards, fullLedger, openAsInsider } from './tamper-kit'

// Issue 13: transfers (and the other records that change state) were numbered but not
// chained: a transfer row edited or deleted with a SQLite tool went unseen. Each state is now a
// chained version row (0020) and verify compares the record with its last version.

async function verifyWith(tool: BetterSqlite3.Database) {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: tool }) })
  return verifyEvidence(tool, db)
}

/** Drops every trigger that would record or refuse an insider's change to these tables. */
function dropVersionTriggers(tool: BetterSqlite3.Database) {
  dropGuards(tool)
  const names = tool
    .prepare(
      `select name from sqlite_schema where type = 'trigger'
       and (name like '%_version_%' or name like 'transfer%' or name like 'orders_%')`,
    )
    .pluck()
    .all() as string[]
  for (const name of names) tool.exec(`drop trigger ${name}`)
}

describe('transfers, orders and production requests are in the chain as versions', () => {
  let core: TestCore
  let tool: BetterSqlite3.Database | null = null
  beforeEach(async () => (core = await createTestCore({ shift: false })))
  afterEach(async () => {
    tool?.close()
    tool = null
    await core.dispose()
  })

  async function receivedTransfer() {
    const product = await stockedProduct(core, 10, { name: 'Tikar Purun', price: 40_000 })
    const galeri = await locationId(core, 'Galeri')
    const gudang = await locationId(core, 'Gudang')
    const draft = await core.must('stock:saveTransfer', {
      fromId: galeri,
      toId: gudang,
      lines: [{ productId: product.id, qty: 4 }],
    })
    await core.must('stock:sendTransfer', { id: draft.id })
    await core.must('stock:receiveTransfer', {
      id: draft.id,
      lines: [{ productId: product.id, received: 3, damaged: 1 }],
    })
    return draft
  }

  it('the verifier and the migration agree on the versioned tables', () => {
    expect(VERSIONED_TABLES).toEqual(versionedTables)
  })

  it('each state of a transfer is a chained version, and a real day verifies', async () => {
    await fullLedger(core)
    const transfer = await receivedTransfer()
    const raw = core.database.raw
    const states = raw
      .prepare(
        `select json_extract(content, '$[5]') from record_versions
         where table_name = 'transfers' and row_id = ? order by rowid`,
      )
      .pluck()
      .all(transfer.id)
    expect(states).toEqual(expect.arrayContaining(['draft', 'in_transit', 'received']))
    expect(states.at(-1)).toBe('received')
    const linked = raw
      .prepare(
        `select count(*) from record_versions v where not exists (select 1 from ledger_chain c
         where c.table_name = 'record_versions' and c.row_id = v.id)`,
      )
      .pluck()
      .get()
    expect(linked).toBe(0)
    const report = await verifyEvidence(raw, core.db)
    expect(report.first).toBeNull()
    expect(report.ok).toBe(true)
  })

  it('a transfer edited with the triggers dropped is found, by table and id', async () => {
    const transfer = await receivedTransfer()
    await core.close()
    tool = openAsInsider(core)
    dropVersionTriggers(tool)
    const gudang = tool.prepare("select id from locations where name = 'Galeri'").pluck().get()
    // Sent somewhere else than recorded: the goods "went" back to where they came from.
    tool
      .prepare('update transfers set to_location_id = ?, note = ? where id = ?')
      .run(
        tool.prepare('select id from locations where id <> ? limit 1').pluck().get(gudang),
        'diubah',
        transfer.id,
      )
    const report = await verifyWith(tool)
    expect(report.first).toMatchObject({ check: 'versions', table: 'transfers', id: transfer.id })
    expect(report.first!.words.en).toContain('differs from its last version')
    expect(report.first!.words.id).toContain('tidak sama dengan versi terakhirnya')
  })

  it('a counted transfer line edited (a missing unit made "received") is found', async () => {
    const transfer = await receivedTransfer()
    await core.close()
    tool = openAsInsider(core)
    dropVersionTriggers(tool)
    const line = tool
      .prepare('select id from transfer_lines where transfer_id = ?')
      .pluck()
      .get(transfer.id) as string
    tool
      .prepare('update transfer_lines set qty_received = 4, qty_damaged = 0 where id = ?')
      .run(line)
    const report = await verifyWith(tool)
    expect(report.first).toMatchObject({ check: 'versions', table: 'transfer_lines', id: line })
  })

  it('a transfer deleted with its lines is found', async () => {
    const transfer = await receivedTransfer()
    await core.close()
    tool = openAsInsider(core)
    dropVersionTriggers(tool)
    tool.prepare('delete from transfer_lines where transfer_id = ?').run(transfer.id)
    tool.prepare('delete from transfers where id = ?').run(transfer.id)
    const report = await verifyWith(tool)
    const versions = report.checks.find((c) => c.check === 'versions')!.failure
    expect(versions).toMatchObject({ table: 'transfers', id: transfer.id })
    expect(versions!.words.en).toContain('no longer exists')
  })

  it('a transfer written with the version trigger dropped is found', async () => {
    const transfer = await receivedTransfer()
    await core.close()
    tool = openAsInsider(core)
    dropVersionTriggers(tool)
    const row = tool.prepare('select * from transfers where id = ?').get(transfer.id) as Record<
      string,
      unknown
    >
    tool
      .prepare(
        `insert into transfers (id, transfer_no, from_location_id, to_location_id, state,
           created_by, device_id, created_at) values ('forged', 'PIN-X-9', ?, ?, 'draft', ?, ?, ?)`,
      )
      .run(row.from_location_id, row.to_location_id, row.created_by, row.device_id, row.created_at)
    const report = await verifyWith(tool)
    const versions = report.checks.find((c) => c.check === 'versions')!.failure
    expect(versions).toMatchObject({ table: 'transfers', id: 'forged' })
    expect(versions!.words.en).toContain('has no version in the chain')
  })

  it('an order moved back from confirmed to quotation is found', async () => {
    const { order } = await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    dropVersionTriggers(tool)
    tool.prepare("update orders set status = 'quotation' where id = ?").run(order.id)
    const report = await verifyWith(tool)
    expect(report.checks.find((c) => c.check === 'versions')!.failure).toMatchObject({
      table: 'orders',
      id: order.id,
    })
  })

  it('many transfers saved, sent and received at once each keep a matching last version', async () => {
    const product = await stockedProduct(core, 100, { name: 'Tas Purun', price: 40_000 })
    const galeri = await locationId(core, 'Galeri')
    const gudang = await locationId(core, 'Gudang')
    const drafts = await Promise.all(
      Array.from({ length: 12 }, () =>
        core.must('stock:saveTransfer', {
          fromId: galeri,
          toId: gudang,
          lines: [{ productId: product.id, qty: 2 }],
        }),
      ),
    )
    await Promise.all(drafts.map((d) => core.must('stock:sendTransfer', { id: d.id })))
    await Promise.all(
      drafts.map((d) =>
        core.must('stock:receiveTransfer', {
          id: d.id,
          lines: [{ productId: product.id, received: 2, damaged: 0 }],
        }),
      ),
    )
    const report = await verifyEvidence(core.database.raw, core.db)
    expect(report.first).toBeNull()
  })
})
