import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { ChainKey } from '../db/ledger-chain'
import { parseChainKeyText } from './chain-key-text'

/**
 * Where the chain key lives: never inside the database file, so a copy of the file (a backup,
 * an export, a USB stick) cannot re-sign a rewritten chain. A port, so the Electron shell can
 * wrap the key with the OS keystore (safeStorage) while domain code never imports Electron.
 */
export interface ChainKeyStore {
  /** 'file': a plain key file (mode 0600); 'os-keystore': wrapped by Electron's safeStorage. */
  readonly kind: 'file' | 'os-keystore'
  readonly path: string
  read(): ChainKey | null
  write(key: ChainKey): void
}

/** Beside the data folder, not in it: `…/Etalase.chain-key` next to `…/Etalase/`. */
export function chainKeyPath(dataDir: string): string {
  const dir = resolve(dataDir)
  return join(dirname(dir), `${basename(dir)}.chain-key`)
}

/** The browser-mode store: the key as hex text in a file only this account can read. */
export function fileChainKeyStore(path: string): ChainKeyStore {
  return {
    kind: 'file',
    path,
    read: () => (existsSync(path) ? parseChainKeyText(readFileSync(path, 'utf8')) : null),
    write(key) {
      // 'wx': never overwrite a key that another start wrote a moment ago.
      writeFileSync(path, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' })
      chmodSync(path, 0o600)
    },
  }
}

export interface LoadedChainKey {
  key: ChainKey
  /** True when this start made the key (first start, or the old key was lost). */
  created: boolean
  kind: ChainKeyStore['kind']
  /** Where it came from: a key restored from its recovery code is written back there. */
  store?: ChainKeyStore
}

/** The till's key, made on first start. An unreadable key file stops the start, loudly. */
export function loadOrCreateChainKey(store: ChainKeyStore): LoadedChainKey {
  const existing = store.read()
  if (existing) return { key: existing, created: false, kind: store.kind, store }
  const key = randomBytes(32)
  store.write(key)
  return { key, created: true, kind: store.kind, store }
}

/**
 * Puts a key restored from its printed recovery code back into the store. The key it replaces
 * (made when the old one was lost) is kept beside it as `….retired-<time>`: the links written
 * meanwhile stay signed by it, and verify needs it to check them. Returns that file's path.
 */
export function replaceChainKey(store: ChainKeyStore, key: ChainKey, now: number): string | null {
  let retired: string | null = null
  if (existsSync(store.path)) {
    retired = `${store.path}.retired-${now}`
    renameSync(store.path, retired)
  }
  store.write(key)
  return retired
}

/** The retired keys beside a key file that are readable as they are (not sealed by the OS). */
export function retiredChainKeys(path: string): ChainKey[] {
  const dir = dirname(path)
  const prefix = `${basename(path)}.retired-`
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .map((name) => parseChainKeyText(readFileSync(join(dir, name), 'utf8')))
    .filter((key): key is ChainKey => key !== null)
}
