import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { setupI18n } from '../../../renderer/src/i18n/setup'
import type { EditLine, LineEditor } from '../../../renderer/src/features/stok/LineEditor'
import { productInput } from '../../helpers/builders'
import { installCoreBridge } from '../../helpers/core-bridge'
import { createTestCore, type TestCore } from '../../helpers/test-core'

// The document line editor (Terima stok, transfers, Titip jual's send) over a real core.
// A scanner fires its next code before the first lookup has answered: every scan must count.
// Five scans sent back to back once counted as three in CI (each lookup added to the lines
// of the render its scan started in).

let core: TestCore
let Editor: typeof LineEditor
let barcode: string

beforeAll(async () => {
  core = await createTestCore()
  // Before the renderer's api module loads: it picks its transport then.
  installCoreBridge(core)
  Editor = (await import('../../../renderer/src/features/stok/LineEditor')).LineEditor
  const product = await core.must('catalog:create', productInput())
  barcode = product.barcode ?? ''
  setupI18n('id')
}, 60_000)

afterAll(async () => {
  await core.dispose()
})

afterEach(cleanup)

function Document() {
  const [lines, setLines] = useState<EditLine[]>([])
  return <Editor lines={lines} onChange={setLines} />
}

function scan(field: HTMLElement, code: string) {
  fireEvent.change(field, { target: { value: code } })
  fireEvent.keyDown(field, { key: 'Enter' })
}

describe('LineEditor', () => {
  it('five scans of one product sent back to back make one line of 5', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    render(
      <MantineProvider>
        <QueryClientProvider client={client}>
          <Document />
        </QueryClientProvider>
      </MantineProvider>,
    )
    const field = screen.getByRole('textbox', { name: 'Pindai barcode atau ketik SKU' })
    // No await between scans: all five lookups are in flight at once, as with a scanner.
    for (let i = 0; i < 5; i++) scan(field, barcode)
    const qty = await screen.findByRole('textbox', { name: /^Jumlah / })
    await waitFor(() => expect((qty as HTMLInputElement).value).toBe('5'))
    expect(screen.getAllByRole('textbox', { name: /^Jumlah / })).toHaveLength(1)
  })
})
