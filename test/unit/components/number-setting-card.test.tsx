import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { setupI18n } from '../../../renderer/src/i18n/setup'
import type { AutoLockCard } from '../../../renderer/src/features/pengaturan/AutoLockCard'
import type { CashPayoutLimitCard } from '../../../renderer/src/features/pengaturan/CashPayoutLimitCard'
import { installCoreBridge } from '../../helpers/core-bridge'
import { createTestCore, type TestCore } from '../../helpers/test-core'

// Auto-lock and the cash paid-out limit are one card (NumberSettingCard) with different
// inputs. Each is rendered over a real core (the preload bridge answered by its router), so
// the test fails if a card stops sending the number typed to its own channel.

let core: TestCore
let cards: {
  AutoLockCard: typeof AutoLockCard
  CashPayoutLimitCard: typeof CashPayoutLimitCard
}

beforeAll(async () => {
  core = await createTestCore()
  // Before the renderer's api module loads: it picks its transport then.
  installCoreBridge(core)
  const [autoLock, payout] = await Promise.all([
    import('../../../renderer/src/features/pengaturan/AutoLockCard'),
    import('../../../renderer/src/features/pengaturan/CashPayoutLimitCard'),
  ])
  cards = { AutoLockCard: autoLock.AutoLockCard, CashPayoutLimitCard: payout.CashPayoutLimitCard }
  setupI18n('id')
}, 60_000)

afterAll(async () => {
  await core.dispose()
})

afterEach(cleanup)

function shell(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <MantineProvider>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>,
  )
}

describe('NumberSettingCard', () => {
  it('auto-lock: the minutes typed are saved in main', async () => {
    const info = await core.must('app:info', {})
    shell(<cards.AutoLockCard info={info} />)
    const input = screen.getByLabelText('Kunci setelah tidak dipakai (menit)')
    fireEvent.change(input, { target: { value: '7' } })
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    await waitFor(async () => expect((await core.must('app:info', {})).autoLockMinutes).toBe(7))
  })

  it('paid-out limit: the amount typed is saved in main', async () => {
    const settings = await core.must('till:settings', {})
    shell(<cards.CashPayoutLimitCard settings={settings} />)
    const input = screen.getByLabelText('Batas kas keluar per shift')
    fireEvent.change(input, { target: { value: '250000' } })
    fireEvent.click(screen.getByRole('button', { name: 'Simpan batas' }))
    await waitFor(async () =>
      expect((await core.must('till:settings', {})).cashPayoutLimit).toBe(250_000),
    )
  })
})
