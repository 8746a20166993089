import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract } from '../../shared/contract'
import type { Caller } from '../../electron/ipc/caller'
import type { HandlerTable } from '../../electron/ipc/handler-types'
import { saleId, stockedProduct, tableCounts } from '../helpers/builders'
import { callerAs, createTestCore, type TestCore } from '../helpers/test-core'

describe('router', () => {
  let core: TestCore
  let caller: Caller
  beforeEach(async () => {
    core = await createTestCore()
    caller = await core.currentCaller()
  })
  afterEach(async () => core.dispose())

  it('refuses an unknown channel', async () => {
    expect(await core.route('system:exec', {}, caller)).toMatchObject({
      ok: false,
      code: 'UNKNOWN_CHANNEL',
    })
    expect(await core.route('__proto__', {}, caller)).toMatchObject({
      ok: false,
      code: 'UNKNOWN_CHANNEL',
    })
    expect(await core.route('toString', {}, caller)).toMatchObject({
      ok: false,
      code: 'UNKNOWN_CHANNEL',
    })
  })

  it('rejects malformed input on every channel and writes nothing', async () => {
    await stockedProduct(core, 3)
    const before = await tableCounts(core)
    const garbage: unknown[] = ['x', 42, [], { extra: true }, { id: { $gt: '' } }, null]
    for (const channel of Object.keys(contract)) {
      for (const input of garbage) {
        const result = await core.route(channel, input, caller)
        expect(result.ok, `${channel} accepted ${JSON.stringify(input)}`).toBe(false)
        // The wizard's own channels are closed on a set-up till before their input is read.
        const refusal = channel.startsWith('setup:') ? 'SETUP_DONE' : 'VALIDATION'
        if (!result.ok) expect(result.code, channel).toBe(refusal)
      }
    }
    expect(await tableCounts(core)).toEqual(before)
  })

  it('checks the permission in main: a cashier may sell but not edit products or receive stock', async () => {
    const product = await stockedProduct(core, 3)
    const cashier = callerAs('cashier', caller, 'Kasir')
    const before = await tableCounts(core)
    const create = await core.route(
      'catalog:create',
      {
        name: 'X',
        sku: 'X-1',
        barcode: null,
        categoryId: null,
        unit: 'pcs',
        price: 1,
        cost: 1,
        workshopId: null,
        active: true,
      },
      cashier,
    )
    expect(create).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: 'Anda tidak berwenang melakukan tindakan ini.',
    })
    expect(
      await core.route(
        'stock:postDocument',
        {
          kind: 'production_in',
          locationId: (await core.must('till:settings', {})).locationId,
          docDate: '2026-11-25',
          lines: [{ productId: product.id, qty: 1 }],
        },
        cashier,
      ),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await tableCounts(core)).toEqual(before)
    const sale = await core.route(
      'sales:checkout',
      {
        id: saleId(),
        lines: [{ productId: product.id, qty: 1 }],
        payments: [{ methodId: 'tunai', amount: 15000 }],
      },
      cashier,
    )
    expect(sale.ok).toBe(true)
  })

  it('never leaks internals: an unexpected failure is INTERNAL with a plain message', async () => {
    const logged: unknown[] = []
    const { createRouter } = await import('../../electron/ipc/router')
    const route = createRouter(
      {
        ...({} as HandlerTable),
        'app:info': {
          permission: 'app.use',
          writes: false,
          handle: () => {
            throw new Error('SELECT secret FROM somewhere')
          },
        },
      },
      { logError: (_c, e) => logged.push(e) },
    )
    const result = await route('app:info', {}, caller)
    expect(result).toEqual({
      ok: false,
      code: 'INTERNAL',
      message: 'Terjadi kesalahan. Tidak ada data yang berubah.',
    })
    expect(logged).toHaveLength(1)
  })

  it('maps a full disk to a clear storage error', async () => {
    const { createRouter } = await import('../../electron/ipc/router')
    const route = createRouter({
      ...({} as HandlerTable),
      'app:info': {
        permission: 'app.use',
        writes: false,
        handle: () => {
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
        },
      },
    })
    expect(await route('app:info', {}, caller)).toMatchObject({ ok: false, code: 'STORAGE_FULL' })
  })
})
