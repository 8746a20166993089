import type { HubDatabase } from '../../electron/hub/hub-types'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import {
  connectHub,
  createTillRole,
  migrateHub,
  publishMaster,
  shareLocation,
  type TillCredentials,
  type PgAddress,
} from '../../electron/hub/hub-admin'
import { startPgServer, type PgServer } from '../../electron/hub/pg-server'
import type { TestCore } from './test-core'

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

/** Joins `till` to `hub` with the login the hub issued it, as Pengaturan → Sinkronisasi does. */
export async function joinTill(
  hub: TestHub,
  till: TestCore,
  login: { role: string; password: string },
): Promise<void> {
  const address = hub.addressFor(login.role, login.password)
  await till.must('sync:join', {
    host: address.host,
    port: address.port,
    database: address.database,
    role: login.role,
    password: login.password,
  })
}

/**
 * The role tests' three tills, each connected to `hub` under its own login role with its
 * device claimed: KSG1 (dev-1) and KSG2 (dev-2) share the showroom "galeri", PMR1 (dev-3) has
 * the exhibition "pameran". Returned in that order.
 */
export async function threeTillRoles(hub: TestHub): Promise<Kysely<HubDatabase>[]> {
  const tills: Kysely<HubDatabase>[] = []
  for (const [code, device] of [
    ['KSG1', 'dev-1'],
    ['KSG2', 'dev-2'],
    ['PMR1', 'dev-3'],
  ] as const) {
    const credentials = await createTillRole(hub.admin, code, { rolePrefix: hub.rolePrefix })
    const till = connectHub(hub.addressFor(credentials.role, credentials.password), 1)
    await sql`SELECT hub_claim_device(${device}, ${code})`.execute(till)
    tills.push(till)
  }
  await shareLocation(hub.admin, 'KSG1', 'galeri')
  await shareLocation(hub.admin, 'KSG2', 'galeri')
  await shareLocation(hub.admin, 'PMR1', 'pameran')
  return tills
}

/**
 * Two showroom tills meeting in `hub`: KSG1 (`t1`, which set the locations up) joins and
 * publishes its locations, both share `showroom`, and KSG2 (`t2`) joins, takes them, sells
 * from the showroom and has its shift open. Answers the logins the hub issued, by till code.
 */
export async function twoShowroomTills(
  hub: TestHub,
  t1: TestCore,
  t2: TestCore,
  showroom: string,
): Promise<Map<string, TillCredentials>> {
  const logins = new Map<string, TillCredentials>()
  for (const code of ['KSG1', 'KSG2'])
    logins.set(code, await createTillRole(hub.admin, code, { rolePrefix: hub.rolePrefix }))
  await joinTill(hub, t1, logins.get('KSG1')!)
  await publishMaster(
    hub.admin,
    'locations',
    t1.database.raw.prepare('select * from locations').all() as Record<string, unknown>[],
  )
  await shareLocation(hub.admin, 'KSG1', showroom)
  await shareLocation(hub.admin, 'KSG2', showroom)
  await t1.sync.syncNow()
  await joinTill(hub, t2, logins.get('KSG2')!)
  await t2.sync.syncNow()
  await t2.must('till:setLocation', { locationId: showroom })
  await t2.must('shifts:open', { openingFloat: 0 })
  return logins
}
