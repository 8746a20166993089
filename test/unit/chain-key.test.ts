import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  chainKeyPath,
  fileChainKeyStore,
  loadOrCreateChainKey,
} from '../../electron/core/chain-key-store'
import { formatRecoveryCode, parseChainKeyText } from '../../electron/core/chain-key-text'

describe('the chain key outside the database', () => {
  let dir: string
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'chain-key-'))))
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('lives beside the data folder, not in it', () => {
    expect(chainKeyPath(join(dir, 'Etalase'))).toBe(join(dir, 'Etalase.chain-key'))
    expect(chainKeyPath(join(dir, 'Etalase') + '/')).toBe(join(dir, 'Etalase.chain-key'))
  })

  it('is made once on first start, readable by this account only, and then reused', () => {
    const store = fileChainKeyStore(join(dir, 'Etalase.chain-key'))
    const first = loadOrCreateChainKey(store)
    expect(first.created).toBe(true)
    expect(first.key).toHaveLength(32)
    if (process.platform !== 'win32') {
      expect(statSync(store.path).mode & 0o777).toBe(0o600)
    }
    const again = loadOrCreateChainKey(store)
    expect(again.created).toBe(false)
    expect(again.key.equals(first.key)).toBe(true)
  })

  it('never overwrites a key file another start wrote a moment ago', () => {
    const path = join(dir, 'Etalase.chain-key')
    writeFileSync(path, `${randomBytes(32).toString('hex')}\n`)
    expect(() => fileChainKeyStore(path).write(randomBytes(32))).toThrow(/EEXIST/)
  })

  it('refuses a key file it cannot read as a key', () => {
    const path = join(dir, 'Etalase.chain-key')
    writeFileSync(path, 'not a key')
    expect(fileChainKeyStore(path).read()).toBeNull()
    expect(readFileSync(path, 'utf8')).toBe('not a key')
  })

  it('prints as a recovery code that types back to the same key', () => {
    for (let i = 0; i < 50; i++) {
      const key = randomBytes(32)
      const code = formatRecoveryCode(key)
      expect(code).toMatch(/^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$/)
      expect(parseChainKeyText(code)!.equals(key)).toBe(true)
      // Typed in lower case, without dashes, with 0/1 for O/I.
      const typed = code
        .toLowerCase()
        .replaceAll('-', ' ')
        .replaceAll('o', '0')
        .replaceAll('i', '1')
      expect(parseChainKeyText(typed)!.equals(key)).toBe(true)
    }
  })

  it('rejects a mistyped recovery code instead of yielding another key', () => {
    const code = formatRecoveryCode(randomBytes(32))
    expect(parseChainKeyText(code.slice(0, -1))).toBeNull()
    expect(parseChainKeyText(code.slice(0, -1) + '9')).toBeNull()
  })
})
