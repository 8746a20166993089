import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { databasePath } from '../../electron/core/data-dir'
import { registerChangeFunctions } from '../../electron/db/change-actor'
import { registerChainFunctions, verifyLedgerChain } from '../../electron/db/ledger-chain'
import type { Database } from '../../electron/db/schema'
import { verifyEvidence } from '../../electron/services/evidence/evidence-check'
import { addUser, callAs, productInput } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'
import { dropGuards } from './evidence/tamper-kit'

/** 09:00 WIB on a day of December 2026. */
const decemberMorning = (day: number) => Date.UTC(2026, 11, day, 2, 0, 0)

describe('master-data history: who changed what, when, old → new', () => {
  let core: TestCore
  let tool: BetterSqlite3.Database | null = null
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => {
    tool?.close()
    tool = null
    await core.dispose()
  })

  it('answers "who changed the price on the 3rd"', async () => {
    const input = productInput({ name: 'Tas Anyaman Rotan', price: 15000, cost: 6000 })
    const product = await core.must('catalog:create', input)
    const sari = addUser(core, { id: 'u-sari', name: 'Sari', role: 'supervisor' })
    core.clock.set(decemberMorning(3))
    const changed = await callAs(core, sari, 'catalog:update', {
      ...input,
      id: product.id,
      price: 17500,
    })
    expect(changed.ok).toBe(true)
    core.clock.set(decemberMorning(4))
    await core.must('catalog:update', { ...input, id: product.id, price: 18000, cost: 7000 })

    const onThe3rd = await core.must('audit:history', {
      entity: 'product',
      entityId: product.id,
      from: '2026-12-03',
      to: '2026-12-03',
    })
    expect(onThe3rd).toEqual([
      expect.objectContaining({
        at: decemberMorning(3),
        entityName: 'Tas Anyaman Rotan',
        field: 'price',
        oldValue: '15000',
        newValue: '17500',
        userName: 'Sari',
        approvedByName: null,
      }),
    ])
    const all = await core.must('audit:history', { entity: 'product', entityId: product.id })
    expect(all.map((r) => [r.field, r.oldValue, r.newValue, r.userName])).toEqual([
      ['cost', '6000', '7000', 'Admin'],
      ['price', '17500', '18000', 'Admin'],
      ['price', '15000', '17500', 'Sari'],
      ['created', null, expect.stringContaining('"price":15000'), 'Admin'],
    ])
  })

  it('records people (never the PIN hash), permissions, payment methods and settings', async () => {
    await core.must('users:save', { name: 'Budi', role: 'cashier', active: true, pin: '4826' })
    const budi = (await core.must('users:list', {})).find((u) => u.name === 'Budi')!
    await core.must('users:save', {
      id: budi.id,
      name: 'Budi',
      role: 'supervisor',
      active: true,
      pin: '482615',
    })
    await core.must('permissions:set', { role: 'cashier', permission: 'reprint', allowed: false })
    await core.must('payments:save', {
      id: 'qris',
      name: 'QRIS Bank',
      kind: 'noncash',
      requiresReference: true,
      active: false,
    })
    await core.must('settings:setAutoLock', { minutes: 7 })

    const people = await core.must('audit:history', { entity: 'user', entityId: budi.id })
    expect(people).toHaveLength(4)
    expect(people.map((r) => [r.field, r.oldValue, r.newValue])).toEqual(
      expect.arrayContaining([
        ['role', 'cashier', 'supervisor'],
        ['pin', 'old', 'changed'],
        ['created', null, '{"name":"Budi","role":"cashier","active":1}'],
        ['pin', null, 'set'],
      ]),
    )
    const hashes = core.database.raw.prepare('select pin_hash from users').pluck().all() as string[]
    const written = JSON.stringify(await core.must('audit:history', { limit: 2000 }))
    for (const hash of hashes.filter(Boolean)) expect(written).not.toContain(hash)

    const permissions = await core.must('audit:history', { entity: 'role_permission' })
    expect(permissions[0]).toMatchObject({
      entityId: 'cashier',
      field: 'permission',
      oldValue: 'reprint',
      newValue: null,
      userName: 'Admin',
    })
    const methods = await core.must('audit:history', { entity: 'payment_method', entityId: 'qris' })
    expect(methods.map((r) => [r.field, r.newValue])).toEqual(
      expect.arrayContaining([
        ['name', 'QRIS Bank'],
        ['active', '0'],
      ]),
    )
    const settings = await core.must('audit:history', {
      entity: 'setting',
      entityId: 'auth.autoLockMinutes',
    })
    expect(settings[0]).toMatchObject({ newValue: '7', userName: 'Admin' })
  })

  it('is written in the change’s own transaction: a refused change leaves no history', async () => {
    const product = await core.must('catalog:create', productInput())
    const before = await core.must('audit:history', { entity: 'product', entityId: product.id })
    const clash = await core.must('catalog:create', productInput())
    const refused = await core.call('catalog:update', {
      ...productInput(),
      id: product.id,
      sku: clash.sku, // taken: the update fails after the trigger would have written
      price: 99000,
    })
    expect(refused.ok).toBe(false)
    expect(await core.must('audit:history', { entity: 'product', entityId: product.id })).toEqual(
      before,
    )
  })

  it('joins the chain: a history row deleted is found by verify', async () => {
    const product = await core.must('catalog:create', productInput({ price: 15000 }))
    await core.must('catalog:update', { ...productInput(), id: product.id, price: 20000 })
    expect(verifyLedgerChain(core.database.raw)).toMatchObject({ ok: true })
    await core.close()
    tool = new BetterSqlite3(databasePath(core.dataDir))
    registerChainFunctions(tool)
    dropGuards(tool)
    tool.prepare("delete from master_history where entity = 'product' and field = 'price'").run()
    const report = await verifyEvidence(
      tool,
      new Kysely<Database>({ dialect: new SqliteDialect({ database: tool }) }),
    )
    expect(report.first).toMatchObject({ check: 'chain', table: 'master_history' })
  })

  it('a price changed outside Etalase is refused, or found when the triggers were dropped', async () => {
    const product = await core.must('catalog:create', productInput({ price: 15000 }))
    await core.close()
    tool = new BetterSqlite3(databasePath(core.dataDir))
    // Anyone can define the helper functions; only the chain key is secret.
    registerChainFunctions(tool)
    registerChangeFunctions(tool)
    expect(() =>
      tool!.prepare('update products set price = 1000 where id = ?').run(product.id),
    ).toThrow(/no chain key/)

    tool.exec('drop trigger products_history_update')
    tool.prepare('update products set price = 1000 where id = ?').run(product.id)
    const report = await verifyEvidence(
      tool,
      new Kysely<Database>({ dialect: new SqliteDialect({ database: tool }) }),
    )
    const history = report.checks.find((c) => c.check === 'history')!.failure
    expect(history).toMatchObject({ table: 'products', id: product.id })
    expect(history!.words.en).toContain('price is stored as "1000"')
    expect(history!.words.en).toContain('history ends at "15000"')
  })

  it('a clean till passes the history check', async () => {
    const product = await core.must('catalog:create', productInput({ price: 15000 }))
    await core.must('catalog:update', { ...productInput(), id: product.id, price: 20000 })
    await core.must('permissions:set', { role: 'cashier', permission: 'reprint', allowed: false })
    await core.must('permissions:set', { role: 'cashier', permission: 'reprint', allowed: true })
    const report = await verifyEvidence(core.database.raw, core.db)
    expect(report.checks.find((c) => c.check === 'history')!.failure).toBeNull()
    expect(report.ok).toBe(true)
  })
})
