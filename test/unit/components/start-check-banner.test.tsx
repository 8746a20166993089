import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { StartCheckDto } from '../../../shared/app/app-dto'
import type { StartCheckBanner } from '../../../renderer/src/features/start-check/StartCheckBanner'
import { setupI18n } from '../../../renderer/src/i18n/setup'

// "Memeriksa data" (issue 18): once the start check answers after the window saw it checking,
// every query asks again (payment was refused meanwhile). A check already done when the window
// opens must not refetch everything: that second round of requests delayed the till's first
// screen at every cold start.

const answers: StartCheckDto[] = []
const ok: StartCheckDto = { state: 'ok', elapsedMs: 40, estimateMs: 40, progress: 1 }
const checking: StartCheckDto = { state: 'checking', elapsedMs: 10, estimateMs: 900, progress: 0.1 }
let Banner: typeof StartCheckBanner

beforeAll(async () => {
  // Only the channel the banner reads; each call takes the next scripted answer (the last stays).
  const startCheck = () => {
    const data = answers.length > 1 ? answers.shift()! : answers[0]!
    return Promise.resolve({ ok: true, data })
  }
  Object.assign(window, { etalase: { app: { startCheck } } })
  Banner = (await import('../../../renderer/src/features/start-check/StartCheckBanner'))
    .StartCheckBanner
  setupI18n('id')
})

afterEach(cleanup)

function shell() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const invalidate = vi.spyOn(client, 'invalidateQueries')
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <Banner />
      </QueryClientProvider>
    </MantineProvider>,
  )
  return { client, invalidate }
}

describe('start check banner', () => {
  it('a check already done at start: no banner, and nothing is asked again', async () => {
    answers.splice(0, answers.length, ok)
    const { client, invalidate } = shell()
    await waitFor(() => expect(client.getQueryData(['app:startCheck', {}])).toEqual(ok))
    // A few turns for an effect that would follow the answer.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByTestId('start-check')).toBeNull()
    expect(invalidate).not.toHaveBeenCalled()
  })

  it('checking, then answered: the banner shows progress, then every query asks again once', async () => {
    answers.splice(0, answers.length, checking, ok)
    const { invalidate } = shell()
    expect((await screen.findByTestId('start-check')).textContent).toContain('Memeriksa data')
    await waitFor(() => expect(screen.queryByTestId('start-check')).toBeNull(), { timeout: 3000 })
    await waitFor(() => expect(invalidate).toHaveBeenCalledTimes(1))
  })
})
