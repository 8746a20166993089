import type { HubDatabase } from '../../electron/hub/hub-types'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { connectHub, migrateHub, type PgAddress } from '../../electron/hub/hub-admin'
import { startPgServer, type PgServer } from '../../electron/hub/pg-server'

/**
 * One real PostgreSQL (Debian's server binaries) for a test file: start it in beforeAll, make a
 * fresh hub database per test with `newHub`, stop it in afterAll.
 */
export interface PgHubServer {
  server: PgServer
  /** A fresh, migrated hub database; its till roles carry the returned prefix. */
  newHub(): Promise<TestHub>
  stop(): Promise<void>
}

export interface TestHub {
  name: string
  rolePrefix: string
  /** The hub's administrator (the cluster's superuser) on this database. */
  admin: Kysely<HubDatabase>
  /** Where a till connects, given its role and password. */
  addressFor(user: string, password: string): PgAddress
  dispose(): Promise<void>
}

let counter = 0

export async function startPgHub(): Promise<PgHubServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'etalase-pg-'))
  const server = await startPgServer({ dataDir })
  const superAddress = (database: string): PgAddress => ({
    host: server.host,
    port: server.port,
    database,
    user: server.superuser,
    password: server.superPassword,
  })
  const root = connectHub(superAddress('postgres'), 1)
  const hubs: TestHub[] = []
  return {
    server,
    async newHub() {
      const name = `hub_${process.pid}_${++counter}`
      await sql.raw(`CREATE DATABASE ${name}`).execute(root)
      const admin = connectHub(superAddress(name), 4)
      await migrateHub(admin)
      const hub: TestHub = {
        name,
        rolePrefix: `${name}_`,
        admin,
        addressFor: (user, password) => ({ ...superAddress(name), user, password }),
        async dispose() {
          await admin.destroy()
        },
      }
      hubs.push(hub)
      return hub
    },
    async stop() {
      for (const hub of hubs) await hub.dispose().catch(() => undefined)
      await root.destroy()
      server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
