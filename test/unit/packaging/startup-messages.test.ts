import { describe, expect, it } from 'vitest'
import {
  bilingualStartupMessage,
  StartupFailure,
  startupMessages,
} from '../../../electron/core/startup-failure'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('start-up refusals', () => {
  it('say the same thing, with the same placeholders, in Indonesian and English', () => {
    expect(Object.keys(startupMessages.en).sort()).toEqual(Object.keys(startupMessages.id).sort())
    for (const [code, id] of Object.entries(startupMessages.id)) {
      const en = startupMessages.en[code as keyof typeof startupMessages.en]
      expect(placeholders(en), code).toEqual(placeholders(id))
      expect(id, code).not.toBe(en)
    }
  })

  it('show Indonesian first, then English, with the details filled in', () => {
    const text = bilingualStartupMessage(
      new StartupFailure('ALREADY_RUNNING', { holder: 'pid 42, browser', dataDir: 'C:\\Data' }),
    )
    const [id, en] = text.split('\n\n')
    expect(id).toMatch(/^Etalase sudah berjalan/)
    expect(en).toMatch(/^Etalase is already running/)
    expect(text).not.toMatch(/\{\w+\}/)
    expect(text).toContain('pid 42, browser')
  })
})
