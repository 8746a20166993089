import { describe, expect, it } from 'vitest'
import { buildApi } from '../../shared/api'
import { channelNames } from '../../shared/channels'
import { contract } from '../../shared/contract'
import { errorCodes } from '../../shared/error-codes'
import { errorMessage } from '../../shared/error-messages'

describe('IPC contract', () => {
  it('the zod-free channel list equals the contract', () => {
    expect([...channelNames].sort()).toEqual(Object.keys(contract).sort())
  })

  it('every channel is named domain:action', () => {
    for (const name of channelNames) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/)
  })

  it('the generated API has one function per channel and nothing else', async () => {
    const seen: string[] = []
    const api = buildApi(channelNames, async (channel) => {
      seen.push(channel)
      return { ok: true, data: null }
    }) as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>
    const functions = Object.entries(api).flatMap(([domain, actions]) =>
      Object.keys(actions).map((action) => `${domain}:${action}`),
    )
    expect(functions.sort()).toEqual([...channelNames].sort())
    await api.sales!.checkout!({})
    expect(seen).toEqual(['sales:checkout'])
  })

  it('every error code has a message in both languages', () => {
    for (const code of errorCodes) {
      expect(errorMessage(code, 'id')).not.toBe('')
      expect(errorMessage(code, 'en')).not.toBe('')
    }
    expect(errorMessage('UNKNOWN_BARCODE', 'en', { barcode: '123' })).toBe('Unknown barcode 123.')
  })
})
