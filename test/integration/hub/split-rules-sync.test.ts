import type { HubDatabase } from '../../../electron/hub/hub-types'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  connectHub,
  createTillRole,
  migrateHub,
  publishSplitRule,
  type TillCredentials,
} from '../../../electron/hub/hub-admin'
import { hubSchemaVersions } from '../../../electron/hub/hub-schema'
import { decideProposal, listPendingEdits } from '../../../electron/hub/hub-proposals'
import { verifyLedgerChain } from '../../../electron/db/ledger-chain'
import { productInput, saleId } from '../../helpers/builders'
import { receiveStock } from '../../helpers/receive-stock'
import { startPgHub, type PgHubServer, type TestHub, joinTill } from '../../helpers/pg-hub'
import { createTestCore, sequentialIds, type TestCore } from '../../helpers/test-core'

// Issue 17: split rules (the premi / PNBP / modal split of hasil kerja) have one authority,
// the hub (hub schema v4, till migration 0025), against a real PostgreSQL. A rule the hub
// publishes reaches every till and splits the sales from its first day on, never an earlier
// sale; a rule written on a till waits as a proposal for the hub's admin and, applied, comes
// down to every till; a till role cannot write split rules into the hub's master rows.

const DAY = 24 * 60 * 60 * 1000

describe('split rules down from the hub (real PostgreSQL)', () => {
  let pg: PgHubServer
  let hub: TestHub
  let t1: TestCore
  let t2: TestCore
  const products = new Map<TestCore, string>()
  const credentials = new Map<string, TillCredentials>()
  let hubRule: string

  const joinHub = (till: TestCore, code: string) => joinTill(hub, till, credentials.get(code)!)

  /** Sells `qty` of the till's own product (15.000 each) on the till's current day. */
  const sell = (till: TestCore, qty: number) =>
    till.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: products.get(till)!, qty }],
      payments: [{ methodId: 'tunai', amount: qty * 15_000 }],
    })

  const totals = async (till: TestCore) =>
    (await till.must('reports:hasilKerja', { month: '2026-11' })).totals

  const splitRuleIds = async (till: TestCore) =>
    (await till.must('reports:splitRules', {})).rules.map((r) => r.id)

  const chainHas = (till: TestCore, rowId: string) =>
    till.database.raw
      .prepare("select count(*) from ledger_chain where table_name = 'split_rules' and row_id = ?")
      .pluck()
      .get(rowId)

  const tillRole = (code: string) => {
    const c = credentials.get(code)!
    return connectHub(hub.addressFor(c.role, c.password), 1)
  }

  beforeAll(async () => {
    pg = await startPgHub()
    hub = await pg.newHub()
    // Both tills start on 27 November 2026, 10:00 WIB.
    t1 = await createTestCore({ code: 'KSG1', ids: sequentialIds('81111111') })
    t2 = await createTestCore({ code: 'KSG2', ids: sequentialIds('82222222') })
    for (const till of [t1, t2]) {
      const id = (await till.must('catalog:create', productInput({ price: 15_000, cost: 6_000 })))
        .id
      products.set(till, id)
      await receiveStock((c, i) => till.must(c, i), { productId: id, qty: 50 })
    }
    for (const code of ['KSG1', 'KSG2'])
      credentials.set(code, await createTillRole(hub.admin, code, { rolePrefix: hub.rolePrefix }))
    await joinHub(t1, 'KSG1')
    await joinHub(t2, 'KSG2')
    // T1's people reach the hub first: the hub's rule names T1's admin as its author.
    await t1.sync.syncNow()
    await t2.sync.syncNow()
  }, 180_000)

  afterAll(async () => {
    for (const till of [t1, t2]) await till?.dispose()
    await pg?.stop()
  })

  it('a rule the hub publishes reaches both tills and splits their sales from its day on, not before', async () => {
    // 27 November: sales before any rule.
    await sell(t1, 2)
    await sell(t2, 1)
    hubRule = await publishSplitRule(hub.admin, {
      workshopId: null,
      validFrom: '2026-11-28',
      premiBp: 5000,
      pnbpBp: 3000,
      modalBp: 2000,
      basis: 'net_sales',
      note: 'Keputusan Kalapas',
      createdAt: t1.clock.now(),
    })
    for (const till of [t1, t2]) expect((await till.sync.syncNow()).masterRows).toBeGreaterThan(0)
    for (const till of [t1, t2]) {
      const { rules } = await till.must('reports:splitRules', {})
      expect(rules).toEqual([
        expect.objectContaining({
          id: hubRule,
          workshopId: null,
          validFrom: '2026-11-28',
          premiBp: 5000,
          pnbpBp: 3000,
          modalBp: 2000,
          note: 'Keputusan Kalapas',
          createdBy: 'Admin',
        }),
      ])
    }

    // 28 November: the rule's first day.
    for (const till of [t1, t2]) till.clock.advance(DAY)
    await sell(t1, 1)
    await sell(t2, 3)

    // The 27th stays unsplit (no rule then); the 28th is split 50/30/20.
    expect(await totals(t1)).toMatchObject({
      netSales: 45_000,
      unsplit: 30_000,
      basis: 15_000,
      premi: 7_500,
      pnbp: 4_500,
      modal: 3_000,
    })
    expect(await totals(t2)).toMatchObject({
      netSales: 60_000,
      unsplit: 15_000,
      basis: 45_000,
      premi: 22_500,
      pnbp: 13_500,
      modal: 9_000,
    })

    // The hub's rule is not a ledger row of either till: not in their chains, not proposed
    // back, not uploaded; both chains still verify.
    for (const till of [t1, t2]) {
      expect(chainHas(till, hubRule)).toBe(0)
      expect(
        till.database.raw
          .prepare("select count(*) from sync_master_edits where table_name = 'split_rules'")
          .pluck()
          .get(),
      ).toBe(0)
      expect(verifyLedgerChain(till.database.raw).ok).toBe(true)
      expect((await till.sync.syncNow()).edits).toBe(0)
    }
    const uploaded = await hub.admin
      .selectFrom('ledger_rows')
      .select('row_id')
      .where('table_name', '=', 'split_rules')
      .execute()
    expect(uploaded).toEqual([])
  })

  it("a till's own rule is a proposal until the admin applies it, then comes down to both tills", async () => {
    const proposed = await t1.must('reports:addSplitRule', {
      workshopId: null,
      validFrom: '2026-11-29',
      premiBp: 4000,
      pnbpBp: 4000,
      modalBp: 2000,
      basis: 'net_sales',
    })
    const report = await t1.sync.syncNow()
    expect(report.edits).toBe(1)
    const pending = await listPendingEdits(hub.admin)
    expect(pending).toEqual([
      expect.objectContaining({
        kind: 'version',
        deviceId: t1.sync.deviceId,
        table: 'split_rules',
        rowId: proposed.id,
        fields: expect.objectContaining({ premi_bp: 4000, pnbp_bp: 4000, modal_bp: 2000 }),
      }),
    ])
    // Waiting: not a master row, so the other till does not get it.
    const masterIds = async () =>
      (
        await hub.admin
          .selectFrom('master_rows')
          .select('id')
          .where('table_name', '=', 'split_rules')
          .orderBy('version')
          .execute()
      ).map((r) => r.id)
    expect(await masterIds()).toEqual([hubRule])
    await t2.sync.syncNow()
    expect(await splitRuleIds(t2)).toEqual([hubRule])
    // A second sync sends nothing again.
    expect((await t1.sync.syncNow()).edits).toBe(0)

    expect(await decideProposal(hub.admin, pending[0]!.id, true, 'disetujui')).toBeGreaterThan(0)
    expect(await masterIds()).toEqual([hubRule, proposed.id])
    for (const till of [t2, t1]) await till.sync.syncNow()
    for (const till of [t1, t2]) {
      expect(await splitRuleIds(till)).toEqual([proposed.id, hubRule])
      expect(verifyLedgerChain(till.database.raw).ok).toBe(true)
    }
    // T1 wrote it: one row, once in T1's chain; on T2 it is T1's, outside T2's chain.
    expect(chainHas(t1, proposed.id)).toBe(1)
    expect(chainHas(t2, proposed.id)).toBe(0)
    expect(
      t2.database.raw
        .prepare('select device_id from split_rules where id = ?')
        .pluck()
        .get(proposed.id),
    ).toBe(t1.sync.deviceId)
    expect((await t2.sync.syncNow()).edits).toBe(0)

    // 29 November: both tills split the day by the applied rule; earlier days keep theirs.
    for (const till of [t1, t2]) till.clock.advance(DAY)
    await sell(t2, 1)
    expect(await totals(t2)).toMatchObject({
      netSales: 75_000,
      unsplit: 15_000,
      basis: 60_000,
      premi: 22_500 + 6_000,
      pnbp: 13_500 + 6_000,
      modal: 9_000 + 3_000,
    })
    await expect(decideProposal(hub.admin, pending[0]!.id, true)).rejects.toThrow(
      /HUB_PROPOSAL_DECIDED/,
    )
  })

  it('a till role cannot write split rules into the hub: refused by grants, policies and the proposal gate', async () => {
    const till = tillRole('KSG2')
    const rule = (id: string, shares = [5000, 3000, 2000]) =>
      JSON.stringify({
        id,
        workshop_id: null,
        valid_from: '2026-12-01',
        premi_bp: shares[0],
        pnbp_bp: shares[1],
        modal_bp: shares[2],
        basis: 'net_sales',
        note: null,
        user_id: 'u',
        device_id: t2.sync.deviceId,
        created_at: 1,
      })
    const mine = t2.sync.deviceId
    try {
      await expect(
        till
          .insertInto('master_rows')
          .values({ table_name: 'split_rules', id: 'sr-x', data: rule('sr-x'), version: 999 })
          .execute(),
      ).rejects.toThrow(/permission denied/)
      await expect(
        till
          .updateTable('master_rows')
          .set({ data: rule(hubRule, [10_000, 0, 0]) })
          .where('id', '=', hubRule)
          .execute(),
      ).rejects.toThrow(/permission denied/)
      await expect(
        till.deleteFrom('master_rows').where('table_name', '=', 'split_rules').execute(),
      ).rejects.toThrow(/permission denied/)
      // A 'new' proposal would be applied on arrival: not for split rules (nor prices).
      for (const table of ['split_rules', 'price_versions', 'locations', 'payment_methods'])
        await expect(
          till
            .insertInto('master_proposals')
            .values({ device_id: mine, table_name: table, row_id: 'sr-y', data: rule('sr-y') })
            .execute(),
        ).rejects.toThrow(/HUB_NOT_PROPOSABLE/)
      // An edit of a published version is refused: a change is a newer version.
      await expect(
        till
          .insertInto('master_proposals')
          .values({
            device_id: mine,
            table_name: 'split_rules',
            row_id: hubRule,
            data: JSON.stringify({ premi_bp: 10_000, pnbp_bp: 0, modal_bp: 0 }),
            kind: 'edit',
            source_id: 'forged:1',
          })
          .execute(),
      ).rejects.toThrow(/HUB_VERSION_FIXED/)
      // A version in another till's name, or one whose shares do not make 100 %.
      await expect(
        till
          .insertInto('master_proposals')
          .values({
            device_id: t1.sync.deviceId,
            table_name: 'split_rules',
            row_id: 'sr-z',
            data: rule('sr-z'),
            kind: 'version',
            source_id: 'forged:2',
          })
          .execute(),
      ).rejects.toThrow(/row-level security/)
      await expect(
        till
          .insertInto('master_proposals')
          .values({
            device_id: mine,
            table_name: 'split_rules',
            row_id: 'sr-w',
            data: rule('sr-w', [9000, 3000, 2000]),
            kind: 'version',
            source_id: 'forged:3',
          })
          .execute(),
      ).rejects.toThrow(/HUB_BAD_SPLIT_RULE/)
      // Deciding is the admin's alone.
      const { rows } = await sql<{
        id: string
      }>`SELECT max(id) AS id FROM master_proposals`.execute(hub.admin)
      await expect(
        sql`SELECT hub_decide_proposal(${Number(rows[0]?.id)}, true)`.execute(till),
      ).rejects.toThrow(/permission denied/)
    } finally {
      await till.destroy()
    }
    // Not even the hub's owner rewrites a published version.
    await expect(
      sql`UPDATE master_rows SET data = data || '{"premi_bp": 10000}' WHERE id = ${hubRule}`.execute(
        hub.admin,
      ),
    ).rejects.toThrow(/HUB_VERSION_FIXED/)
    const held = await hub.admin
      .selectFrom('master_rows')
      .select(['id', 'data'])
      .where('table_name', '=', 'split_rules')
      .execute()
    expect(held.map((r) => r.id).sort()).toEqual(
      [hubRule, ...(await splitRuleIds(t1)).filter((id) => id !== hubRule)].sort(),
    )
    expect(held.find((r) => r.id === hubRule)?.data).toMatchObject({ premi_bp: 5000 })
  })

  it('migrates a hub at schema version 3 forward, keeping its rows', async () => {
    const root = connectHub(
      {
        host: pg.server.host,
        port: pg.server.port,
        database: 'postgres',
        user: pg.server.superuser,
        password: pg.server.superPassword,
      },
      1,
    )
    const name = `${hub.name}_v3`
    await sql.raw(`CREATE DATABASE ${name}`).execute(root)
    await root.destroy()
    const old: Kysely<HubDatabase> = connectHub(
      {
        host: pg.server.host,
        port: pg.server.port,
        database: name,
        user: pg.server.superuser,
        password: pg.server.superPassword,
      },
      1,
    )
    try {
      // A hub as version 3 left it, with a till's product proposed and a price published.
      await sql`CREATE TABLE hub_schema_versions (
                  version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
        old,
      )
      for (let index = 0; index < 3; index++) {
        await old.transaction().execute(async (trx) => {
          for (const statement of hubSchemaVersions[index]!) await sql.raw(statement).execute(trx)
          await sql`INSERT INTO hub_schema_versions (version) VALUES (${index + 1})`.execute(trx)
        })
      }
      await old
        .insertInto('master_proposals')
        .values({ device_id: 'd1', table_name: 'products', row_id: 'p1', data: '{"id":"p1"}' })
        .execute()

      expect(await migrateHub(old)).toBe(hubSchemaVersions.length)
      const { rows } = await sql<{
        v: number
      }>`SELECT max(version) AS v FROM hub_schema_versions`.execute(old)
      expect(rows[0]?.v).toBe(hubSchemaVersions.length)
      expect(await old.selectFrom('master_rows').select(['table_name', 'id']).execute()).toEqual([
        { table_name: 'products', id: 'p1' },
      ])
      // Version 4 in force: a split-rule version waits for the admin, then is a master row.
      await old
        .insertInto('master_rows')
        .values({
          table_name: 'users',
          id: 'u1',
          data: '{"id":"u1","role":"admin"}',
          version: 2,
        })
        .execute()
      await old
        .insertInto('master_proposals')
        .values({
          device_id: 'd1',
          table_name: 'split_rules',
          row_id: 'sr-1',
          data: JSON.stringify({
            id: 'sr-1',
            workshop_id: null,
            valid_from: '2026-12-01',
            premi_bp: 5000,
            pnbp_bp: 3000,
            modal_bp: 2000,
            basis: 'net_sales',
            user_id: 'u1',
          }),
          kind: 'version',
          source_id: 'edit:1',
        })
        .execute()
      const [pending] = await listPendingEdits(old)
      expect(pending).toMatchObject({ kind: 'version', rowId: 'sr-1' })
      await decideProposal(old, pending!.id, true)
      expect(
        (
          await old
            .selectFrom('master_rows')
            .select('id')
            .where('table_name', '=', 'split_rules')
            .execute()
        ).map((r) => r.id),
      ).toEqual(['sr-1'])
    } finally {
      await old.destroy()
    }
  })
})
