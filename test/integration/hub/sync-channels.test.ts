import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTillRole, type TillCredentials } from '../../../electron/hub/hub-admin'
import { freePort } from '../../../electron/hub/pg-server'
import { saleId, stockedProduct } from '../../helpers/builders'
import { startPgHub, type PgHubServer, type TestHub } from '../../helpers/pg-hub'
import { callerAs, createTestCore, sequentialIds, type TestCore } from '../../helpers/test-core'

// Pengaturan → Sinkronisasi through the real router: who may, what the till says when the hub
// refuses or is away, and the outbox written in the sale's own transaction.

describe('sync channels (real PostgreSQL hub)', () => {
  let pg: PgHubServer
  let hub: TestHub
  let core: TestCore
  let credentials: TillCredentials

  const joinInput = (overrides: Partial<{ password: string; port: number; role: string }> = {}) => {
    const address = hub.addressFor(credentials.role, credentials.password)
    return {
      host: address.host,
      port: overrides.port ?? address.port,
      database: address.database,
      role: overrides.role ?? credentials.role,
      password: overrides.password ?? credentials.password,
    }
  }

  beforeAll(async () => {
    pg = await startPgHub()
    hub = await pg.newHub()
    credentials = await createTillRole(hub.admin, 'KSG1', { rolePrefix: hub.rolePrefix })
    core = await createTestCore({ code: 'KSG1', ids: sequentialIds('44444444') })
  }, 120_000)

  afterAll(async () => {
    await core?.dispose()
    await pg?.stop()
  })

  it('behaves as a lone till before joining: sales wait in the outbox, written with the sale', async () => {
    expect(await core.must('sync:status', {})).toMatchObject({ joined: false })
    const product = await stockedProduct(core, 5)
    const before = (await core.must('sync:status', {})).waiting
    expect(before).toBeGreaterThan(0)
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15_000 }],
    })
    // Every ledger row of the sale has its outbox row: sale, line, payment, movement, links.
    const unqueued = core.database.raw
      .prepare(
        'select count(*) from ledger_chain c where not exists (select 1 from sync_outbox o where o.seq = c.seq)',
      )
      .pluck()
      .get()
    expect(unqueued).toBe(0)
    expect((await core.must('sync:status', {})).waiting).toBeGreaterThanOrEqual(before + 3)
    expect(await core.call('sync:now', {})).toMatchObject({ ok: false, code: 'HUB_NOT_JOINED' })
    // The shells' timer does nothing at all on a till that never joined.
    expect(await core.sync.syncIfJoined()).toBeNull()
  })

  it('is for those who manage settings only', async () => {
    const cashier = callerAs('cashier', await core.currentCaller())
    expect(await core.call('sync:status', {}, cashier)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await core.call('sync:join', joinInput(), cashier)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })

  it('says in words why a join failed, and joins nothing', async () => {
    const wrong = await core.call('sync:join', joinInput({ password: 'not-the-password' }))
    expect(wrong).toMatchObject({ ok: false, code: 'HUB_AUTH_FAILED' })
    expect(!wrong.ok && wrong.message).toMatch(/menolak nama peran atau kata sandi/)
    const away = await core.call('sync:join', joinInput({ port: await freePort() }))
    expect(away).toMatchObject({ ok: false, code: 'HUB_UNREACHABLE' })
    expect(!away.ok && away.message).toMatch(/tidak terjangkau/)
    const other = await createTillRole(hub.admin, 'PMR1', { rolePrefix: hub.rolePrefix })
    const wrongTill = await core.call(
      'sync:join',
      joinInput({ role: other.role, password: other.password }),
    )
    expect(wrongTill).toMatchObject({ ok: false, code: 'HUB_WRONG_TILL' })
    expect(!wrongTill.ok && wrongTill.message).toMatch(/PMR1/)
    expect(await core.must('sync:status', {})).toMatchObject({ joined: false })
  })

  it('joins, syncs everything waiting, keeps the password out of the database, and leaves', async () => {
    const joined = await core.must('sync:join', joinInput())
    expect(joined).toMatchObject({ joined: true, role: credentials.role, lastSyncAt: null })
    const secretFile = join(core.dataDir, 'hub.secret')
    expect(readFileSync(secretFile, 'utf8')).toBe(credentials.password)
    const dump = core.database.raw.prepare('select * from hub_link').all()
    expect(JSON.stringify(dump)).not.toContain(credentials.password)

    const report = await core.sync.syncIfJoined()
    expect(report?.uploaded).toBeGreaterThan(0)
    expect(await core.must('sync:status', {})).toMatchObject({
      waiting: 0,
      lastError: null,
      lastSyncAt: core.clock.now(),
    })
    // A second till with the same credentials is refused: the role belongs to this device.
    const copy = await createTestCore({ code: 'KSG1', ids: sequentialIds('55555555') })
    try {
      expect(await copy.call('sync:join', joinInput())).toMatchObject({
        ok: false,
        code: 'HUB_ROLE_TAKEN',
      })
    } finally {
      await copy.dispose()
    }

    expect(await core.must('sync:leave', {})).toMatchObject({ joined: false })
    expect(existsSync(secretFile)).toBe(false)
  })
})
