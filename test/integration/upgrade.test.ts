import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { databasePath } from '../../electron/core/data-dir'
import { startCore } from '../../electron/core/start-core'
import { StartupFailure, bilingualStartupMessage } from '../../electron/core/startup-failure'
import { preUpdateFolder } from '../../electron/core/upgrade-guard'
import { verifyDatabaseFile } from '../../electron/db/integrity'
import { migrations } from '../../electron/db/migrations'
import { fixedClock, sequentialIds } from '../helpers/test-core'

// The installer is the update: a new version meets an existing data folder at start.

const names = Object.keys(migrations)
const OLD_LEVEL = 6 // a till last updated when backups arrived (0006)

/** A database built by the first `count` migrations only, as an older Etalase left it. */
async function databaseAtLevel(dataDir: string, count: number): Promise<void> {
  const raw = new BetterSqlite3(databasePath(dataDir))
  raw.pragma('journal_mode = WAL')
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) })
  const older = Object.fromEntries(names.slice(0, count).map((n) => [n, migrations[n]!]))
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(older) },
  }).migrateToLatest()
  if (error) throw error
  raw.prepare("insert into settings (key, value) values ('device.id', '\"till-old\"')").run()
  await db.destroy()
}

const appliedIn = (file: string) => {
  const raw = new BetterSqlite3(file, { readonly: true })
  try {
    return raw.prepare('select name from kysely_migration order by name').pluck().all()
  } finally {
    raw.close()
  }
}

/** The start is refused with `code`; returns the message the person at the till sees. */
async function refusedWith(start: Promise<unknown>, code: StartupFailure['code']): Promise<string> {
  const error = await start.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(StartupFailure)
  expect((error as StartupFailure).code).toBe(code)
  return bilingualStartupMessage(error as StartupFailure)
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('updating over an existing data folder', () => {
  let dataDir: string
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'etalase-upgrade-'))
  })
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

  const start = (extra: Partial<Parameters<typeof startCore>[0]> = {}) =>
    startCore({ dataDir, version: 'new', clock: fixedClock(), ids: sequentialIds(), ...extra })

  it('takes a verified backup of the old data before migrating, kept in backups/pre-update', async () => {
    await databaseAtLevel(dataDir, OLD_LEVEL)
    const core = await start()
    try {
      expect(appliedIn(databasePath(dataDir))).toEqual(names)
    } finally {
      await core.close()
    }
    const kept = readdirSync(preUpdateFolder(dataDir))
    const backup = kept.find((f) => f.endsWith('.sqlite'))!
    expect(kept.sort()).toEqual([backup, backup.replace(/\.sqlite$/, '.json')].sort())
    const file = join(preUpdateFolder(dataDir), backup)
    // It holds the old schema, passes the same verification as every backup, and its hash is
    // the one in its manifest.
    expect(appliedIn(file)).toEqual(names.slice(0, OLD_LEVEL))
    expect(verifyDatabaseFile(file)).toMatchObject({ ok: true, problem: null })
    const manifest = JSON.parse(readFileSync(file.replace(/\.sqlite$/, '.json'), 'utf8'))
    expect(manifest).toMatchObject({ file: backup, sha256: sha256(file), trigger: 'start' })
    expect(manifest.verification.ok).toBe(true)
    // The same backup is listed in Pengaturan → Data (backups/ beside the live data).
    expect(existsSync(join(dataDir, 'backups', backup))).toBe(true)
  })

  it('takes no pre-update backup for a new database or one that is up to date', async () => {
    const first = await start()
    await first.close()
    expect(existsSync(preUpdateFolder(dataDir))).toBe(false)
    const again = await start()
    await again.close()
    expect(existsSync(preUpdateFolder(dataDir))).toBe(false)
  })

  it('does not migrate when the backup cannot be verified, and says why in both languages', async () => {
    await databaseAtLevel(dataDir, OLD_LEVEL)
    const failing = start({
      verifyFile: async () => ({
        ok: false,
        problem: 'integrity',
        integrity: { ok: false, problem: 'integrity', messages: ['injected'], durationMs: 0 },
        chain: null,
        counts: null,
        durationMs: 0,
      }),
    })
    const text = await refusedWith(failing, 'PRE_UPDATE_BACKUP_FAILED')
    expect(text).toContain('cadangan yang terverifikasi')
    expect(text).toContain('verified backup')
    expect(text).toContain('(integrity)')
    expect(appliedIn(databasePath(dataDir))).toEqual(names.slice(0, OLD_LEVEL))
    expect(existsSync(preUpdateFolder(dataDir))).toBe(false)
  })

  it('refuses a database from a newer Etalase with DATABASE_NEWER and leaves it untouched', async () => {
    const core = await start()
    await core.close()
    const raw = new BetterSqlite3(databasePath(dataDir))
    raw
      .prepare('insert into kysely_migration (name, timestamp) values (?, ?)')
      .run('0999_from_the_future', new Date().toISOString())
    raw.pragma('wal_checkpoint(TRUNCATE)')
    raw.close()
    const before = sha256(databasePath(dataDir))

    const text = await refusedWith(start(), 'DATABASE_NEWER')
    expect(text).toContain('versi Etalase yang lebih baru')
    expect(text).toContain('newer version of Etalase')
    expect(text).toContain('0999_from_the_future')
    expect(text).not.toMatch(/at .+\.ts:\d+/) // a message, not a stack
    expect(sha256(databasePath(dataDir))).toBe(before)
    expect(appliedIn(databasePath(dataDir))).toEqual([...names, '0999_from_the_future'])
    expect(existsSync(preUpdateFolder(dataDir))).toBe(false)
  })
})
