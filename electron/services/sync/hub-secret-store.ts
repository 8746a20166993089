import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { HubSecretStore } from './sync.service'

/**
 * The hub password in a file of its own in the data folder, readable by this account only:
 * backups copy the database file, so a backup on a stick never carries the hub's password.
 */
export function fileHubSecretStore(dataDir: string): HubSecretStore {
  const file = join(dataDir, 'hub.secret')
  return {
    read: () => (existsSync(file) ? readFileSync(file, 'utf8') : null),
    write: (password) => writeFileSync(file, password, { mode: 0o600 }),
    clear: () => rmSync(file, { force: true }),
  }
}
