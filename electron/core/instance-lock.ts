import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { StartupFailure } from './startup-failure'

export const LOCK_FILE_NAME = 'etalase.lock'
/** Who holds the lock, for the refusal message only; the lock itself is the kernel's. */
export const LOCK_INFO_FILE_NAME = 'etalase.lock.json'

export interface LockHolder {
  pid: number
  mode: 'electron' | 'browser'
  startedAt: string
  host: string
}

export interface InstanceLock {
  release: () => void
}

/**
 * One process per data folder, taken before the database is opened and held until exit.
 *
 * The lock is an exclusive SQLite transaction on a small file beside the data
 * (`etalase.lock`), never committed: SQLite takes it with the operating system's own file
 * locks (fcntl on Linux and macOS, LockFileEx on Windows), which the kernel drops the moment
 * the holder exits, however it exits. So a lock left by a killed or crashed process is free
 * at once, with no pid liveness guess (pids are reused) and no take-over race between two
 * starters; and two connections inside one process conflict too (SQLite tracks its locks per
 * file). A second process gets ALREADY_RUNNING and never opens the database.
 */
export function acquireInstanceLock(
  dataDir: string,
  me: Pick<LockHolder, 'mode'> & Partial<LockHolder>,
): InstanceLock {
  const lockFile = join(dataDir, LOCK_FILE_NAME)
  let lock: BetterSqlite3.Database
  try {
    mkdirSync(dataDir, { recursive: true })
    lock = new BetterSqlite3(lockFile, { timeout: 0 })
  } catch (error) {
    throw notWritable(dataDir, error)
  }
  try {
    lock.exec('BEGIN EXCLUSIVE')
  } catch (error) {
    lock.close()
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new StartupFailure('ALREADY_RUNNING', { dataDir, holder: describeHolder(dataDir) })
    }
    throw notWritable(dataDir, error)
  }
  const holder: LockHolder = {
    pid: me.pid ?? process.pid,
    mode: me.mode,
    startedAt: me.startedAt ?? new Date().toISOString(),
    host: me.host ?? hostname(),
  }
  const infoFile = join(dataDir, LOCK_INFO_FILE_NAME)
  try {
    writeFileSync(infoFile, JSON.stringify(holder))
  } catch {
    // Only the message of a refused second start would miss it.
  }
  let released = false
  return {
    release: () => {
      if (released) return
      released = true
      rmSync(infoFile, { force: true })
      lock.close() // closing rolls the open transaction back and drops the OS lock
    },
  }
}

function notWritable(dataDir: string, error: unknown): StartupFailure {
  const reason = (error as { code?: string }).code ?? String(error)
  return new StartupFailure('DATA_DIR_NOT_WRITABLE', { dataDir, reason }, { cause: error })
}

/** "process 4242, browser mode, since 2026-11-27 10:02 on KASIR-PC", or "another process". */
function describeHolder(dataDir: string): string {
  try {
    const info = JSON.parse(readFileSync(join(dataDir, LOCK_INFO_FILE_NAME), 'utf8')) as LockHolder
    const since = info.startedAt.replace('T', ' ').slice(0, 16)
    return `pid ${info.pid}, ${info.mode}, ${since} UTC, ${info.host}`
  } catch {
    return 'pid ?'
  }
}
