import { readFileSync, writeFileSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { databasePath } from '../../electron/core/data-dir'
import { startCore } from '../../electron/core/start-core'
import { csvField } from '../../electron/services/audit/audit-csv'
import type { FilePayload } from '../../shared/documents/file-payload'
import { addUser, callAs, saleId, stockedProduct, tableCounts } from '../helpers/builders'
import { callerAs, createTestCore, fixedClock, type TestCore } from '../helpers/test-core'

/** A strict reader for the export: `;`-separated, `"`-quoted with `""`, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field === '') quoted = true
    else if (char === ';') {
      row.push(field)
      field = ''
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else if (char === '\n' || char === '"')
      throw new Error(`bare ${JSON.stringify(char)} at ${i}`)
    else field += char
  }
  if (field !== '' || row.length > 0) throw new Error('last row not ended with CRLF')
  return rows
}

function decodeFile(file: FilePayload): { bytes: Buffer; text: string } {
  const bytes = Buffer.from(file.base64, 'base64')
  return { bytes, text: bytes.toString('utf8') }
}

const WIB = (date: string, time: string) => Date.parse(`${date}T${time}+07:00`)

describe('audit viewer: filters, paging, export', () => {
  let core: TestCore
  // The wizard and the first shift are written on the 25th, the day before the history.
  beforeEach(async () => (core = await createTestCore({ start: WIB('2026-11-25', '08:00:00') })))
  afterEach(async () => core.dispose())

  /**
   * Admin sells with a discount on the 26th late evening (WIB), a cashier and supervisor act on
   * the 27th: a void with an awkward reason, a drawer opening, a removed line.
   */
  async function history() {
    const product = await stockedProduct(core, 20, { name: 'Tas Anyaman Rotan' })
    core.clock.set(WIB('2026-11-26', '23:30:00')) // 16:30 UTC: still the 26th in WIB
    const discounted = await core.must('sales:checkout', {
      id: saleId(),
      lines: [
        {
          productId: product.id,
          qty: 2,
          discount: { kind: 'percent', value: 10, reason: 'Pameran "Kalteng Expo"' },
        },
      ],
      payments: [{ methodId: 'tunai', amount: 27_000 }],
    })
    core.clock.set(WIB('2026-11-27', '00:10:00'))
    const sari = addUser(core, { id: 'user-sari', name: 'Sari', role: 'supervisor' })
    const budi = addUser(core, { id: 'user-budi', name: 'Budi', role: 'cashier' })
    const voided = await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15_000 }],
    })
    core.clock.advance(60_000)
    // A void reason is one line (the contract refuses a newline there); csvField's own test
    // covers quoting a line break.
    const reason = 'Salah harga; pembeli "batal" lanjut besok'
    expect((await callAs(core, sari, 'sales:void', { saleId: voided.id, reason })).ok).toBe(true)
    core.clock.advance(60_000)
    expect((await callAs(core, sari, 'shifts:drawer', { reason: '=1+1 tukar uang' })).ok).toBe(true)
    core.clock.advance(60_000)
    expect(
      (
        await callAs(core, budi, 'till:removeLine', {
          productId: product.id,
          name: product.name,
          qty: 1,
          reason: 'Salah scan 100%',
        })
      ).ok,
    ).toBe(true)
    return { discounted, voided, reason, sari, budi }
  }

  it('filters by user, action (code or prefix), WIB date range and free text', async () => {
    const { discounted, voided } = await history()
    const all = await core.must('audit:list', {})
    expect(all.map((e) => e.action)).toEqual([
      'cart.removeLine',
      'drawer.open',
      'sale.void',
      'sale.lineDiscount',
      'shift.open',
      'setup.complete',
    ])
    expect(await core.must('audit:count', {})).toBe(6)

    const bySari = await core.must('audit:list', { userId: 'user-sari' })
    expect(bySari.map((e) => e.action)).toEqual(['drawer.open', 'sale.void'])
    expect(bySari[1]).toMatchObject({ userName: 'Sari', userId: 'user-sari' })

    expect((await core.must('audit:list', { action: 'sale.void' })).map((e) => e.id)).toHaveLength(
      1,
    )
    // A prefix ending in a dot finds the whole family; a bare word matches no code exactly.
    expect((await core.must('audit:list', { action: 'sale.' })).map((e) => e.action)).toEqual([
      'sale.void',
      'sale.lineDiscount',
    ])
    expect(await core.must('audit:list', { action: 'sale' })).toEqual([])

    // 23:30 WIB on the 26th belongs to the 26th, although it is 16:30 UTC.
    const on26 = await core.must('audit:list', { from: '2026-11-26', to: '2026-11-26' })
    expect(on26.map((e) => e.action)).toEqual(['sale.lineDiscount'])
    expect(await core.must('audit:count', { from: '2026-11-27' })).toBe(3)
    expect(await core.must('audit:count', { to: '2026-11-24' })).toBe(0)
    expect(await core.must('audit:count', { to: '2026-11-25' })).toBe(2)

    // Free text: a reason, a receipt number (the target), a translated action name, a person.
    const findIds = async (query: string) =>
      (await core.must('audit:list', { query })).map((e) => e.action)
    expect(await findIds('pembeli')).toEqual(['sale.void'])
    expect(await findIds(voided.receiptNo)).toEqual(['sale.void'])
    expect(await findIds('diskon')).toEqual(['sale.lineDiscount'])
    expect(await findIds('laci')).toEqual(['drawer.open'])
    expect(await findIds('budi')).toEqual(['cart.removeLine'])
    // LIKE wildcards are literal: `%` matches only a real percent sign.
    expect(await findIds('100%')).toEqual(['cart.removeLine'])
    expect(await findIds('_')).toEqual([])

    const [discount] = await core.must('audit:list', { action: 'sale.lineDiscount' })
    expect(discount).toMatchObject({
      target: discounted.receiptNo,
      userName: 'Admin',
      reason: 'Pameran "Kalteng Expo"',
      at: new Date(WIB('2026-11-26', '23:30:00')).toISOString(),
    })
  })

  it('pages with limit and offset, newest first, and offers people and actions to filter by', async () => {
    await history()
    const first = await core.must('audit:list', { limit: 3, offset: 0 })
    const second = await core.must('audit:list', { limit: 3, offset: 3 })
    expect(first).toHaveLength(3)
    expect(second.map((e) => e.action)).toEqual([
      'sale.lineDiscount',
      'shift.open',
      'setup.complete',
    ])
    expect(new Set([...first, ...second].map((e) => e.id)).size).toBe(6)

    const options = await core.must('audit:filterOptions', {})
    expect(options.actions).toEqual([
      'cart.removeLine',
      'drawer.open',
      'sale.lineDiscount',
      'sale.void',
      'setup.complete',
      'shift.open',
    ])
    expect(options.users.map((u) => u.name)).toEqual(['Admin', 'Budi', 'Sari'])
  })

  it('exports the filtered entries as CSV for Indonesian Excel: BOM, semicolons, quoting', async () => {
    const { voided, reason } = await history()
    const file = await core.must('audit:export', { from: '2026-11-26', to: '2026-11-27' })
    expect(file.filename).toBe('jejak-audit_2026-11-26_2026-11-27.csv')
    expect(file.mime).toBe('text/csv;charset=utf-8')
    const { bytes, text } = decodeFile(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(text.slice(1))
    expect(rows[0]).toEqual([
      'Waktu (WIB)',
      'Pengguna',
      'Tindakan',
      'Kode tindakan',
      'Objek',
      'Rincian',
      'Alasan',
      'Disetujui oleh',
      'ID catatan',
    ])
    expect(rows.every((row) => row.length === 9)).toBe(true)
    // Oldest first, the way an inspector reads a trail.
    expect(rows.slice(1).map((row) => row[3])).toEqual([
      'sale.lineDiscount',
      'sale.void',
      'drawer.open',
      'cart.removeLine',
    ])
    expect(rows[1]).toEqual([
      '2026-11-26 23:30:00',
      'Admin',
      'Diskon barang',
      'sale.lineDiscount',
      expect.stringMatching(/^\S+$/),
      'Tas Anyaman Rotan: 10% (-Rp 3.000)',
      'Pameran "Kalteng Expo"',
      '',
      expect.any(String),
    ])
    const voidRow = rows[2]!
    expect(voidRow.slice(0, 5)).toEqual([
      '2026-11-27 00:11:00',
      'Sari',
      'Transaksi dibatalkan',
      'sale.void',
      voided.receiptNo,
    ])
    // `;`, quotes and the newline survive the round trip intact.
    expect(voidRow[6]).toBe(reason)
    expect(text).toContain('"Salah harga; pembeli ""batal"" lanjut besok"')
    // A reason that looks like a formula is defused for Excel.
    expect(rows[3]![6]).toBe("'=1+1 tukar uang")

    const onlyVoid = await core.must('audit:export', { action: 'sale.void' })
    expect(parseCsv(decodeFile(onlyVoid).text.slice(1))).toHaveLength(2)
  })

  it('writes the export in the caller’s language', async () => {
    await history()
    const english = { ...(await core.currentCaller()), locale: 'en' as const }
    const result = await core.call('audit:export', { action: 'drawer.open' }, english)
    if (!result.ok) throw new Error(result.message)
    expect(result.data.filename).toBe('audit-trail_2026-11-27.csv')
    const rows = parseCsv(decodeFile(result.data).text.slice(1))
    expect(rows[0]![0]).toBe('Time (WIB)')
    expect(rows[1]!.slice(1, 4)).toEqual(['Sari', 'Drawer opened without a sale', 'drawer.open'])
  })

  it('quotes only what needs quoting', () => {
    expect(csvField('plain text')).toBe('plain text')
    expect(csvField('a;b')).toBe('"a;b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(' padded ')).toBe('" padded "')
    expect(csvField('-Rp 5.000')).toBe("'-Rp 5.000")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
  })

  it('is refused to a cashier and writes nothing', async () => {
    await history()
    const before = await tableCounts(core)
    const cashier = callerAs('cashier', await core.currentCaller())
    for (const channel of ['audit:list', 'audit:count', 'audit:export'] as const) {
      expect(await core.call(channel, {}, cashier)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(await core.call('audit:verify', {}, cashier)).toMatchObject({ ok: false })
    expect(await tableCounts(core)).toEqual(before)
  })
})

describe('audit:verify after the database file was edited outside the app', () => {
  it('names the changed record through the channel the screen calls', async () => {
    const core = await createTestCore()
    const product = await stockedProduct(core, 10)
    const sale = await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15_000 }],
    })
    await core.must('sales:void', { saleId: sale.id, reason: 'Pembeli berubah pikiran' })
    expect((await core.must('audit:verify', {})).chain.ok).toBe(true)
    await core.close()

    const file = databasePath(core.dataDir)
    const checkpoint = new BetterSqlite3(file)
    checkpoint.pragma('wal_checkpoint(TRUNCATE)')
    checkpoint.close()
    const bytes = readFileSync(file)
    const at = bytes.indexOf(Buffer.from('Pembeli berubah pikiran'))
    expect(at).toBeGreaterThan(0)
    bytes.write('Pembeli berubah PIKIRAN', at) // same length: SQLite still reads the page
    writeFileSync(file, bytes)

    const reopened = await startCore({
      dataDir: core.dataDir,
      version: 'test',
      clock: fixedClock(),
    })
    try {
      const admin = callerAs('admin', await reopened.currentCaller())
      const result = await reopened.route('audit:verify', {}, admin)
      if (!result.ok) throw new Error(result.message)
      const report = result.data as Awaited<ReturnType<typeof core.services.audit.verify>>
      expect(report.integrity).toBe('ok')
      expect(report.chain.ok).toBe(false)
      if (!report.chain.ok) {
        expect(report.chain.broken.problem).toBe('changed')
        // The record it names is the one whose bytes were edited.
        const { table, rowId } = report.chain.broken
        const row = reopened.database.raw.prepare(`select * from ${table} where id = ?`).get(rowId)
        expect(JSON.stringify(row)).toContain('PIKIRAN')
        expect(report.chain.checked).toBeGreaterThan(0)
      }
    } finally {
      await reopened.close()
      await core.dispose()
    }
  })
})
