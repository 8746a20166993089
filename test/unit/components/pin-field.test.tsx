import { MantineProvider } from '@mantine/core'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { PinField } from '../../../renderer/src/components/pin/PinField'
import { setupI18n } from '../../../renderer/src/i18n/setup'

afterEach(cleanup)

describe('PinField', () => {
  it('names its show/hide toggle in the user’s language and reveals the PIN on demand', async () => {
    const i18n = setupI18n('id')
    render(
      <MantineProvider>
        <PinField label="PIN" defaultValue="1234" />
      </MantineProvider>,
    )
    const input = screen.getByLabelText('PIN')
    expect(input.getAttribute('type')).toBe('password')
    const toggle = screen.getByRole('button', { name: 'Tampilkan PIN', hidden: true })
    // Mantine toggles on mousedown so the input keeps focus.
    fireEvent.mouseDown(toggle)
    expect(input.getAttribute('type')).toBe('text')
    expect(screen.getByRole('button', { name: 'Sembunyikan PIN', hidden: true })).toBeTruthy()

    await act(() => i18n.changeLanguage('en'))
    expect(screen.getByRole('button', { name: 'Hide PIN', hidden: true })).toBeTruthy()
  })
})
