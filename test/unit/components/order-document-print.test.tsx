import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { OsPrintJob } from '../../../electron/printing/os-print/os-printer'
import type { DocumentForm } from '../../../renderer/src/features/pesanan/OrderActionForms'
import { setupI18n } from '../../../renderer/src/i18n/setup'
import type { OrderDto } from '../../../shared/orders/orders-dto'
import { productInput } from '../../helpers/builders'
import { installCoreBridge } from '../../helpers/core-bridge'
import { createTestCore, type TestCore } from '../../helpers/test-core'

// The document form over a real core (the preload bridge answered by its router, OS printing
// recorded): "Cetak" prints the document chosen in the form, and shows only in the desktop app.

let core: TestCore
let Form: typeof DocumentForm
let order: OrderDto
const jobs: OsPrintJob[] = []

beforeAll(async () => {
  core = await createTestCore({ osPrinter: { print: async (job) => void jobs.push(job) } })
  // Before the renderer's api module loads: it picks its transport then.
  installCoreBridge(core)
  Form = (await import('../../../renderer/src/features/pesanan/OrderActionForms')).DocumentForm
  setupI18n('id')

  const product = await core.must('catalog:create', productInput({ name: 'Tas Rotan' }))
  const buyer = await core.must('orders:saveBuyer', {
    name: 'Toko Batik Sari',
    kind: 'company',
    country: 'id',
    language: 'id',
    currency: 'IDR',
  })
  order = await core.must('orders:create', {
    buyerId: buyer.id,
    lines: [{ productId: product.id, qty: 3 }],
  })
}, 60_000)

afterAll(async () => {
  await core.dispose()
})

afterEach(cleanup)

function shell(onClose: () => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <MantineProvider>
      <Notifications />
      <QueryClientProvider client={client}>
        <Form order={order} onClose={onClose} />
      </QueryClientProvider>
    </MantineProvider>,
  )
}

describe('DocumentForm: print', () => {
  it('Cetak prints the chosen document on A4 and closes', async () => {
    let closed = false
    shell(() => (closed = true))
    fireEvent.click(await screen.findByRole('button', { name: 'Cetak' }))
    await waitFor(() => expect(closed).toBe(true))
    expect(jobs).toHaveLength(1)
    expect(jobs[0]).toMatchObject({ widthMm: 210, heightMm: 297 })
    expect(jobs[0]?.html).toContain('Faktur Proforma')
    expect(jobs[0]?.html).toContain('Toko Batik Sari')
    const issued = core.database.raw.prepare('select kind, doc_no from order_documents').all()
    expect(issued).toEqual([{ kind: 'proforma', doc_no: 'PRO-KSG1-2026-0001' }])
  })

  it('browser mode (no window.etalase) has no Cetak, only the PDF', async () => {
    const bridge = (window as { etalase?: unknown }).etalase
    delete (window as { etalase?: unknown }).etalase
    try {
      shell(() => {})
      expect(await screen.findByRole('button', { name: 'Buat PDF' })).toBeTruthy()
      expect(screen.queryByRole('button', { name: 'Cetak' })).toBeNull()
    } finally {
      Object.assign(window, { etalase: bridge })
    }
  })
})
