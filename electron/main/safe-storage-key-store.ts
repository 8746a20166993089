import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { safeStorage } from 'electron'
import { chainKeyPath, fileChainKeyStore, type ChainKeyStore } from '../core/chain-key-store'

const PREFIX = 'safeStorage:'

/**
 * The Electron shell's chain key store: the key file beside the data folder holds the key
 * encrypted by the OS keystore (DPAPI on Windows, the Secret Service on Linux), so the file
 * alone is useless on another machine or account. Where safeStorage is not available (no
 * keyring on Linux), the plain key file of browser mode is used and README says so.
 */
export function safeStorageChainKeyStore(dataDir: string): ChainKeyStore {
  const path = chainKeyPath(dataDir)
  const plain = fileChainKeyStore(path)
  const available = safeStorage.isEncryptionAvailable()
  const wrapped = () => existsSync(path) && readFileSync(path, 'utf8').startsWith(PREFIX)
  if (!available && !wrapped()) return plain
  return {
    kind: 'os-keystore',
    path,
    read() {
      if (!existsSync(path)) return null
      const text = readFileSync(path, 'utf8')
      if (!text.startsWith(PREFIX)) return plain.read()
      const hex = safeStorage.decryptString(Buffer.from(text.slice(PREFIX.length).trim(), 'base64'))
      return Buffer.from(hex, 'hex')
    },
    write(key) {
      const sealed = safeStorage.encryptString(key.toString('hex')).toString('base64')
      writeFileSync(path, `${PREFIX}${sealed}\n`, { mode: 0o600, flag: 'wx' })
      chmodSync(path, 0o600)
    },
  }
}
