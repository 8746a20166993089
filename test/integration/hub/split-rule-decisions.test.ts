import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTillRole,
  publishSplitRule,
  type TillCredentials,
} from '../../../electron/hub/hub-admin'
import { decideProposal, listPendingEdits } from '../../../electron/hub/hub-proposals'
import type { SplitRuleHubStatus } from '../../../shared/reports/reports-dto'
import { productInput, saleId } from '../../helpers/builders'
import { receiveStock } from '../../helpers/receive-stock'
import { joinTill, startPgHub, type PgHubServer, type TestHub } from '../../helpers/pg-hub'
import { createTestCore, sequentialIds, type TestCore } from '../../helpers/test-core'

// Issue 17: a split rule written on a till goes up as a proposal; the hub's admin applies or
// rejects it (hub_decide_proposal) and the till learns which at its next sync (migration 0026,
// sync-decisions.ts), against a real PostgreSQL. Laporan's split rules say it per rule: waiting,
// applied, or rejected with the admin's note. A rejected rule still splits the till's own
// reports. A rule from another till, and every rule on a till that never joined, has no status.

const DAY = 24 * 60 * 60 * 1000

describe("the hub's decisions on a till's split rules (real PostgreSQL)", () => {
  let pg: PgHubServer
  let hub: TestHub
  /** Joined; writes the rules. */
  let t1: TestCore
  /** Joined; receives t1's applied rule. */
  let t2: TestCore
  /** Never joins a hub. */
  let loner: TestCore
  let product: string
  const logins = new Map<string, TillCredentials>()
  let applied: string
  let rejected: string

  const rule = (validFrom: string, premiBp: number) => ({
    workshopId: null,
    validFrom,
    premiBp,
    pnbpBp: 2000,
    modalBp: 8000 - premiBp,
    basis: 'net_sales' as const,
  })

  const hubStatus = async (till: TestCore) =>
    Object.fromEntries(
      (await till.must('reports:splitRules', {})).rules.map((r) => [r.id, r.hub]),
    ) as Record<string, SplitRuleHubStatus | null>

  const decisionRows = (till: TestCore) =>
    till.database.raw.prepare('select * from hub_decisions order by source_id').all()

  beforeAll(async () => {
    pg = await startPgHub()
    hub = await pg.newHub()
    t1 = await createTestCore({ code: 'KSG1', ids: sequentialIds('83111111') })
    t2 = await createTestCore({ code: 'KSG2', ids: sequentialIds('83222222') })
    loner = await createTestCore({ code: 'KSG3', ids: sequentialIds('83333333') })
    product = (await t1.must('catalog:create', productInput({ price: 15_000, cost: 6_000 }))).id
    await receiveStock((c, i) => t1.must(c, i), { productId: product, qty: 20 })
    for (const code of ['KSG1', 'KSG2'])
      logins.set(code, await createTillRole(hub.admin, code, { rolePrefix: hub.rolePrefix }))
    await joinTill(hub, t1, logins.get('KSG1')!)
    await joinTill(hub, t2, logins.get('KSG2')!)
    // T1's people reach the hub first, so an applied rule's author is known to T2.
    await t1.sync.syncNow()
    await t2.sync.syncNow()
  }, 180_000)

  afterAll(async () => {
    for (const till of [t1, t2, loner]) await till?.dispose()
    await pg?.stop()
  })

  it('a rule written on a joined till waits for the hub, before and after it goes up', async () => {
    applied = (await t1.must('reports:addSplitRule', rule('2026-11-28', 5000))).id
    rejected = (await t1.must('reports:addSplitRule', rule('2026-11-29', 6000))).id
    const waiting = { state: 'waiting', note: null, decidedAt: null }
    // Queued, not yet sent: it goes up at the next sync, so it already waits.
    expect(await hubStatus(t1)).toEqual({ [applied]: waiting, [rejected]: waiting })

    const report = await t1.sync.syncNow()
    expect(report.edits).toBe(2)
    expect(report.decisions).toBe(0)
    expect(await hubStatus(t1)).toEqual({ [applied]: waiting, [rejected]: waiting })
    expect(decisionRows(t1)).toEqual([])
  })

  it("the admin's apply and reject (with a note) come down at the next sync", async () => {
    const pending = await listPendingEdits(hub.admin)
    const proposalOf = (rowId: string) => pending.find((p) => p.rowId === rowId)!.id
    expect(await decideProposal(hub.admin, proposalOf(applied), true)).toBeGreaterThan(0)
    expect(
      await decideProposal(hub.admin, proposalOf(rejected), false, 'Belum ada SK Kalapas'),
    ).toBeNull()
    // Decided on the hub, not yet known here.
    expect((await hubStatus(t1))[rejected]?.state).toBe('waiting')

    const report = await t1.sync.syncNow()
    expect(report.decisions).toBe(2)
    const status = await hubStatus(t1)
    expect(status[applied]).toEqual({
      state: 'applied',
      note: null,
      decidedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    expect(status[rejected]).toEqual({
      state: 'rejected',
      note: 'Belum ada SK Kalapas',
      decidedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    })
    // What the till keeps: the proposal's source, table and row, the decision, note and time.
    const sources = t1.database.raw
      .prepare(
        "select 'edit:' || id as source, row_id from sync_master_edits where table_name = 'split_rules'",
      )
      .all() as { source: string; row_id: string }[]
    const sourceOf = (rowId: string) => sources.find((s) => s.row_id === rowId)!.source
    expect(decisionRows(t1)).toEqual(
      [
        {
          source_id: sourceOf(applied),
          proposal_id: proposalOf(applied),
          table_name: 'split_rules',
          row_id: applied,
          decision: 'applied',
          note: null,
          decided_at: expect.any(Number),
        },
        {
          source_id: sourceOf(rejected),
          proposal_id: proposalOf(rejected),
          table_name: 'split_rules',
          row_id: rejected,
          decision: 'rejected',
          note: 'Belum ada SK Kalapas',
          decided_at: expect.any(Number),
        },
      ].sort((a, b) => a.source_id.localeCompare(b.source_id)),
    )
    // The hub's decisions are only added here, never changed.
    expect(() =>
      t1.database.raw.prepare("update hub_decisions set decision = 'applied'").run(),
    ).toThrow(/never changed/)
    expect(() => t1.database.raw.prepare('delete from hub_decisions').run()).toThrow(
      /never deleted/,
    )
  })

  it('a replayed sync changes nothing', async () => {
    const rowsBefore = decisionRows(t1)
    expect(rowsBefore).toHaveLength(2)
    const rulesBefore = await t1.must('reports:splitRules', {})
    for (let i = 0; i < 2; i++) expect((await t1.sync.syncNow()).decisions).toBe(0)
    expect(decisionRows(t1)).toEqual(rowsBefore)
    expect(await t1.must('reports:splitRules', {})).toEqual(rulesBefore)
  })

  it("a rejected rule still splits the till's own reports", async () => {
    // 29 November: the rejected rule (60/20/20) is this till's rule for the day.
    t1.clock.advance(2 * DAY)
    await t1.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15_000 }],
    })
    expect((await t1.must('reports:hasilKerja', { month: '2026-11' })).totals).toMatchObject({
      basis: 15_000,
      premi: 9_000,
      pnbp: 3_000,
      modal: 3_000,
    })
  })

  it("another till's applied rule, and a rule the hub published, carry no status", async () => {
    const published = await publishSplitRule(hub.admin, {
      workshopId: null,
      validFrom: '2026-12-01',
      premiBp: 5000,
      pnbpBp: 3000,
      modalBp: 2000,
      basis: 'net_sales',
      note: null,
      createdAt: t1.clock.now(),
    })
    for (const till of [t1, t2]) await till.sync.syncNow()
    expect(await hubStatus(t2)).toEqual({ [applied]: null, [published]: null })
    expect(t2.database.raw.prepare('select count(*) from hub_decisions').pluck().get()).toBe(0)
    expect((await hubStatus(t1))[published]).toBeNull()
  })

  it('a till that never joined a hub shows no status for its own rules', async () => {
    const own = (await loner.must('reports:addSplitRule', rule('2026-11-28', 5000))).id
    expect(await hubStatus(loner)).toEqual({ [own]: null })
  })
})
