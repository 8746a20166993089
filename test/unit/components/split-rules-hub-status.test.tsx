import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, cleanup, render, screen, within } from '@testing-library/react'
import type { i18n as I18n } from 'i18next'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { SplitRulesPanel } from '../../../renderer/src/features/laporan/SplitRulesPanel'
import { setupI18n } from '../../../renderer/src/i18n/setup'
import { installCoreBridge } from '../../helpers/core-bridge'
import { createTestCore, type TestCore } from '../../helpers/test-core'

// Laporan → split rules over a real core (the preload bridge answered by its router): a rule
// this till proposed to a hub says what the hub's admin made of it, in both languages, and a
// till that never joined shows no hub status at all. The sync's part (downloading decisions
// from a real PostgreSQL) is test/integration/hub/split-rule-decisions.test.ts; here its
// outcome is written into the till's own tables as a sync leaves them.

let core: TestCore
let Panel: typeof SplitRulesPanel
let refreshMs: number
let i18n: I18n
let applied: string
let rejected: string

const addRule = async (validFrom: string, premiBp: number, note: string) =>
  (
    await core.must('reports:addSplitRule', {
      workshopId: null,
      validFrom,
      premiBp,
      pnbpBp: 2000,
      modalBp: 8000 - premiBp,
      basis: 'net_sales',
      note,
    })
  ).id

beforeAll(async () => {
  core = await createTestCore()
  // Before the renderer's api module loads: it picks its transport then.
  installCoreBridge(core)
  const panelModule = await import('../../../renderer/src/features/laporan/SplitRulesPanel')
  Panel = panelModule.SplitRulesPanel
  refreshMs = panelModule.HUB_WAITING_REFRESH_MS
  i18n = setupI18n('id')
  applied = await addRule('2026-11-28', 5000, 'aturan-a')
  rejected = await addRule('2026-11-29', 6000, 'aturan-b')
}, 60_000)

afterAll(async () => {
  await core.dispose()
})

afterEach(cleanup)

function shell() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <Panel today="2026-11-27" canEdit={false} />
      </QueryClientProvider>
    </MantineProvider>,
  )
}

/** The till joins a hub, its two rules go up and the admin applies one and rejects the other. */
function joinAndDecide() {
  const raw = core.database.raw
  raw
    .prepare(
      `insert into hub_link (id, host, port, database, role, joined_at)
       values (1, '127.0.0.1', 5433, 'etalase_hub', 'till_ksg1', ?)`,
    )
    .run(core.clock.now())
  decide(applied, 'applied', null)
  decide(rejected, 'rejected', 'Belum ada SK Kalapas')
}

/** What a sync leaves behind: the rule's proposal sent, and the hub admin's decision on it. */
function decide(ruleId: string, decision: string, note: string | null) {
  const raw = core.database.raw
  const edit = raw
    .prepare("select id from sync_master_edits where table_name = 'split_rules' and row_id = ?")
    .get(ruleId) as { id: number }
  raw
    .prepare('update sync_master_edits set sent_at = ? where id = ?')
    .run(core.clock.now(), edit.id)
  raw
    .prepare(
      `insert into hub_decisions (source_id, proposal_id, table_name, row_id, decision, note,
         decided_at) values (?, ?, 'split_rules', ?, ?, ?, ?)`,
    )
    .run(`edit:${edit.id}`, edit.id, ruleId, decision, note, core.clock.now())
}

/** A rule's row, found by the note it was written with. */
const rowOf = async (note: string) => (await screen.findByText(note)).closest('tr') as HTMLElement

describe('SplitRulesPanel: hub status', () => {
  it('a till that never joined a hub shows no hub column or status', async () => {
    shell()
    expect(await screen.findAllByRole('row')).toHaveLength(3)
    expect(screen.queryByRole('columnheader', { name: 'Hub' })).toBeNull()
    expect(screen.queryByText(/hub/i)).toBeNull()
  })

  it('says waiting, applied or rejected (with the note and the remedy) in Indonesian and English', async () => {
    joinAndDecide()
    // A rule written after the last sync: it goes up at the next one.
    await addRule('2026-11-30', 7000, 'aturan-c')

    shell()
    await screen.findByRole('columnheader', { name: 'Hub' })
    expect(within(await rowOf('aturan-c')).getByText('Menunggu keputusan hub')).toBeTruthy()
    expect(within(await rowOf('aturan-a')).getByText('Diterapkan hub')).toBeTruthy()
    const rejectedRow = await rowOf('aturan-b')
    expect(within(rejectedRow).getByText('Ditolak hub')).toBeTruthy()
    expect(within(rejectedRow).getByText('Catatan admin hub: Belum ada SK Kalapas')).toBeTruthy()
    expect(
      screen.getByText(
        /Aturan itu tetap membagi laporan kasir ini.*tambahkan versi aturan baru untuk kegiatan dan tanggal berlaku yang sama/,
      ),
    ).toBeTruthy()

    await act(() => i18n.changeLanguage('en'))
    expect(within(await rowOf('aturan-c')).getByText('Waiting for the hub')).toBeTruthy()
    expect(within(await rowOf('aturan-a')).getByText('Applied by the hub')).toBeTruthy()
    const rejectedEn = await rowOf('aturan-b')
    expect(within(rejectedEn).getByText('Rejected by the hub')).toBeTruthy()
    expect(within(rejectedEn).getByText('Hub admin note: Belum ada SK Kalapas')).toBeTruthy()
    expect(
      screen.getByText(
        /still split this till's own reports.*add a new rule version for the same workshop and valid-from date/,
      ),
    ).toBeTruthy()
    await act(() => i18n.changeLanguage('id'))
  })

  it('a waiting rule turns to the decision a background sync brought, without reopening', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'setInterval'] })
    try {
      const ruleId = await addRule('2026-12-01', 6500, 'aturan-d')
      shell()
      expect(within(await rowOf('aturan-d')).getByText('Menunggu keputusan hub')).toBeTruthy()
      // The background sync (start-core.ts, every minute) writes the admin's decision.
      decide(ruleId, 'applied', null)
      await act(() => vi.advanceTimersByTimeAsync(refreshMs + 100))
      expect(await within(await rowOf('aturan-d')).findByText('Diterapkan hub')).toBeTruthy()
    } finally {
      vi.useRealTimers()
    }
  })
})
