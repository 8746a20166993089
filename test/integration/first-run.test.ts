import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { channelNames } from '../../shared/channels'
import type { Channel, InputOf } from '../../shared/contract'
import { defaultLocale } from '../../shared/locale'
import { openCoreHost, type CoreHost } from '../../electron/core/core-host'
import { databasePath } from '../../electron/core/data-dir'
import { saleId, stockedProduct } from '../helpers/builders'
import {
  createTestCore,
  fixedClock,
  sequentialIds,
  setupInput,
  TEST_ADMIN_PIN,
  type TestCore,
} from '../helpers/test-core'

const open: TestCore[] = []
const fresh = async (options: Parameters<typeof createTestCore>[0] = {}) => {
  const core = await createTestCore(options)
  open.push(core)
  return core
}
afterEach(async () => {
  for (const core of open.splice(0)) await core.dispose()
})

describe('before the wizard: no one works the till', () => {
  it('refuses every channel but app info, the language and the wizard, whatever the caller claims', async () => {
    const core = await fresh({ setup: false })
    const info = await core.must('app:info', {})
    expect(info).toMatchObject({ setupRequired: true, user: null, deviceCode: '' })
    // Even a caller claiming to be an admin gets nothing: the gate runs before the permission.
    const claimed = {
      locale: defaultLocale,
      actor: {
        userId: 'x',
        name: 'Admin',
        role: 'admin' as const,
        permissions: new Set(['app.use', 'sell', 'manage.products'] as never[]),
      },
    }
    const open = new Set<Channel>([
      'app:info',
      'settings:setLocale',
      'data:recovery',
      'setup:complete',
      'setup:backupsIn',
      'setup:restore',
    ])
    for (const channel of channelNames) {
      if (open.has(channel)) continue
      const result = await core.route(channel, {}, claimed)
      expect({ channel, result }).toMatchObject({
        channel,
        result: { ok: false, code: 'SETUP_REQUIRED' },
      })
    }
    expect(await core.call('settings:setLocale', { locale: 'en' })).toMatchObject({ ok: true })
    const users = core.database.raw.prepare('select count(*) from users').pluck().get()
    expect(users).toBe(0)
  })

  it('refuses a short PIN, a bad till code and a missing shop name, writing nothing', async () => {
    const core = await fresh({ setup: false })
    const good = setupInput()
    const bad: Array<InputOf<'setup:complete'>> = [
      { ...good, admin: { name: 'Admin', pin: '1234' } },
      { ...good, till: { code: 'KSG-1', kind: 'showroom' } },
      { ...good, till: { code: 'KASONGAN', kind: 'showroom' } },
      { ...good, shop: { ...good.shop, name: ' ' } },
    ]
    for (const input of bad) {
      expect(await core.call('setup:complete', input)).toMatchObject({
        ok: false,
        code: 'VALIDATION',
      })
    }
    const setupRows = core.database.raw
      .prepare("select count(*) from settings where key in ('setup.completedAt', 'device.code')")
      .pluck()
      .get()
    expect(setupRows).toBe(0)
    expect((await core.must('app:info', {})).setupRequired).toBe(true)
  })

  it('takes one setup of many sent at once, and signs its admin in with the PIN', async () => {
    const core = await fresh({ setup: false })
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        core.call('setup:complete', setupInput({ name: `Galeri ${i}` })),
      ),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(
      Array(5).fill('SETUP_DONE'),
    )
    const raw = core.database.raw
    const admins = raw
      .prepare("select name, pin_hash from users where role = 'admin'")
      .all() as Array<{
      name: string
      pin_hash: string | null
    }>
    expect(admins).toHaveLength(1)
    expect(admins[0]!.pin_hash).toMatch(/^scrypt\$/)
    expect(
      raw.prepare("select count(*) from audit_log where action = 'setup.complete'").pluck().get(),
    ).toBe(1)
    expect(await core.must('app:info', {})).toMatchObject({
      setupRequired: false,
      deviceCode: 'KSG1',
      user: { name: 'Admin', role: 'admin' },
    })
    // The PIN is the one typed in the wizard.
    const adminId = (await core.must('auth:candidates', {}))[0]!.id
    await core.must('auth:lock', {})
    expect(await core.call('auth:login', { userId: adminId, pin: '000000' })).toMatchObject({
      ok: false,
      code: 'WRONG_PIN',
    })
    expect(await core.call('auth:login', { userId: adminId, pin: TEST_ADMIN_PIN })).toMatchObject({
      ok: true,
    })
  })

  it('refuses the wizard once setup is done, and keeps the shop header for receipts', async () => {
    const core = await fresh()
    for (const [channel, input] of [
      ['setup:complete', setupInput({ code: 'PMR1' })],
      ['setup:backupsIn', { folder: core.dataDir }],
      ['setup:restore', { folder: core.dataDir, file: 'etalase-20261127-031500.sqlite' }],
    ] as const) {
      expect(await core.route(channel, input, await core.currentCaller())).toMatchObject({
        ok: false,
        code: 'SETUP_DONE',
      })
    }
    const printer = await core.must('print:settings', {})
    expect(printer).toMatchObject({
      storeName: 'Galeri Lapas Narkotika Kasongan',
      headerLines: ['Jl. Tjilik Riwut Km. 5', 'Kasongan, Katingan, Kalteng', 'Telp. 0536 123456'],
      footerLines: ['Terima kasih', 'Hasil karya warga binaan'],
    })
  })
})

describe('the till code', () => {
  it('cannot change once a sale carries it', async () => {
    const core = await fresh()
    const raw = core.database.raw
    // Before any sale it may still be corrected (a wizard re-run on a restored database).
    raw.prepare("update settings set value = '\"KSG2\"' where key = 'device.code'").run()
    raw.prepare("update settings set value = '\"KSG1\"' where key = 'device.code'").run()
    const product = await stockedProduct(core, 5)
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    expect(() =>
      raw.prepare("update settings set value = '\"PMR1\"' where key = 'device.code'").run(),
    ).toThrow(/frozen/)
    expect(() => raw.prepare("delete from settings where key = 'device.code'").run()).toThrow(
      /frozen/,
    )
    expect(() =>
      raw.prepare("update settings set value = '1' where key = 'setup.completedAt'").run(),
    ).toThrow(/append-only/)
  })

  it('is in every series: two tills with different codes never hand out the same number', async () => {
    const numbers = async (code: string) => {
      const core = await fresh({
        code,
        ids: sequentialIds(code === 'KSG1' ? '00000001' : '00000002'),
      })
      const product = await stockedProduct(core, 20, { barcode: null })
      const sale = await core.must('sales:checkout', {
        id: saleId(),
        lines: [{ productId: product.id, qty: 2 }],
        payments: [{ methodId: 'tunai', amount: 30000 }],
      })
      const returned = await core.must('sales:return', {
        id: saleId(),
        saleId: sale.id,
        reason: 'Salah pilih',
        lines: [{ saleLineId: sale.lines[0]!.id, qty: 1, disposition: 'restock' }],
        refunds: [{ methodId: 'tunai', amount: 15000 }],
      })
      const z = await core.must('shifts:close', { countedCash: 15000 })
      const galeri = (await core.must('stock:locations', {})).find((l) => l.kind === 'showroom')!
      const gudang = (await core.must('stock:locations', {})).find((l) => l.kind === 'storeroom')!
      const doc = await core.must('stock:postDocument', {
        kind: 'production_in',
        locationId: gudang.id,
        docDate: '2026-11-27',
        lines: [{ productId: product.id, qty: 3 }],
      })
      const transfer = await core.must('stock:saveTransfer', {
        fromId: galeri.id,
        toId: gudang.id,
        lines: [{ productId: product.id, qty: 1 }],
      })
      const admin = (await core.must('users:list', {}))[0]!
      const count = await core.must('opname:create', {
        locationId: galeri.id,
        scope: { kind: 'all' },
        personInCharge: { userId: admin.id, name: admin.name },
        witness: { name: 'Saksi' },
      })
      const [labelled] = await core.must('labels:assignBarcodes', { productIds: [product.id] })
      return [
        sale.receiptNo,
        returned.returnNo,
        z.closed!.zLabel,
        doc.docNo,
        transfer.transferNo,
        count.countNo,
        labelled!.barcode!,
      ]
    }
    const ksg = await numbers('KSG1')
    const pmr = await numbers('PMR1')
    // The same clock, the same sequence numbers: only the till code tells them apart.
    expect(ksg.slice(0, 6).every((n) => n.includes('KSG1'))).toBe(true)
    expect(pmr.slice(0, 6).every((n) => n.includes('PMR1'))).toBe(true)
    expect(ksg.filter((n) => pmr.includes(n))).toEqual([])
    expect(ksg[0]).toBe('KSG1-20261127-000001')
    expect(pmr[2]).toBe('PMR1-Z000001')
  })
})

describe('training mode', () => {
  const hosts: Array<{ host: CoreHost; dir: string }> = []
  afterEach(async () => {
    for (const { host, dir } of hosts.splice(0)) {
      await host.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('sells in separate books with the demo catalogue; the real ledger stays empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'etalase-training-'))
    const host = await openCoreHost({
      dataDir: dir,
      version: 'test',
      clock: fixedClock(),
      ids: sequentialIds(),
    })
    hosts.push({ host, dir })
    const call = async (channel: Channel, input: unknown) =>
      host.route(channel, input, await host.currentCaller())
    expect(await call('setup:complete', setupInput())).toMatchObject({ ok: true })
    expect(await call('demo:seed', {})).toMatchObject({ ok: false, code: 'TRAINING_ONLY' })
    expect(await call('training:enter', {})).toMatchObject({ ok: true })
    const info = await call('app:info', {})
    expect(info).toMatchObject({
      ok: true,
      data: { training: true, deviceCode: 'KSG1', user: { name: 'Admin' } },
    })
    const products = await call('catalog:search', { query: '', limit: 200 })
    if (!products.ok) throw new Error(products.message)
    const product = (products.data as Array<{ id: string; onHand: number; price: number }>).find(
      (p) => p.onHand > 0,
    )!
    expect(await call('shifts:open', { openingFloat: 0 })).toMatchObject({ ok: true })
    const sale = await call('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: product.price }],
    })
    if (!sale.ok) throw new Error(sale.message)
    const preview = await call('print:receiptPreview', { saleId: (sale.data as { id: string }).id })
    if (!preview.ok) throw new Error(preview.message)
    const lines = (preview.data as { lines: string[] }).lines.join('\n')
    expect(lines).toContain('BUKAN BUKTI PEMBAYARAN')
    expect(lines).toContain('Galeri Lapas Narkotika Kasongan')

    expect(await call('training:leave', {})).toMatchObject({ ok: true })
    expect(await call('app:info', {})).toMatchObject({
      ok: true,
      data: { training: false, user: { name: 'Admin' } },
    })
    const real = new Database(databasePath(dir), { readonly: true })
    const count = (table: string) =>
      real.prepare(`select count(*) from ${table}`).pluck().get() as number
    expect([count('sales'), count('stock_movements'), count('products')]).toEqual([0, 0, 0])
    real.close()
    const practice = new Database(databasePath(join(dir, 'training')), { readonly: true })
    expect(practice.prepare('select count(*) from sales').pluck().get()).toBe(1)
    practice.close()
  })
})

describe('Pengaturan → Tentang', () => {
  it('names the version, data folder, SQLite, till code and the chain position', async () => {
    const core = await fresh()
    const product = await stockedProduct(core, 5)
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    const about = await core.must('app:about', {})
    const chain = core.database.raw
      .prepare('select count(*) as rows, max(seq) as last from ledger_chain')
      .get() as { rows: number; last: number }
    expect(about).toMatchObject({
      version: 'test',
      dataDir: core.dataDir,
      deviceCode: 'KSG1',
      tillKind: 'showroom',
      training: false,
      chain: { rows: chain.rows, lastSeq: chain.last },
    })
    expect(about.sqliteVersion).toMatch(/^3\.\d+\.\d+$/)
    expect(chain.rows).toBeGreaterThan(0)
  })
})
