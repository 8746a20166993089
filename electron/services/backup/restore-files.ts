import { randomUUID } from 'node:crypto'
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { AppError } from '../core/errors'
import { exists, fsyncFolder, PARTIAL_SUFFIX, stampOf } from './backup-files'

/** Where restore keeps the data it replaced; never rotated, never listed as a backup. */
export const safetyFolder = (backupFolder: string) => join(backupFolder, 'safety')

/**
 * The backup's copy inside the data folder, checked there before it becomes the data. One
 * name per attempt, so two restores asked at once never write into each other's copy.
 */
export const stagedRestoreFile = (dataDir: string) =>
  join(dataDir, `.restore-${randomUUID()}${PARTIAL_SUFFIX}`)
const STAGED_NAME = /^\.restore-[0-9a-f-]+\.partial$/

/** The steps of a restore, in order; the test seam can make any of them fail. */
export type RestoreStep =
  'stage-copy' | 'stage-fsync' | 'exclusive' | 'set-aside' | 'rename' | 'fsync' | 'reopen'

/**
 * Test seam for fault injection (test/integration/restore-faults.test.ts): `beforeStep`
 * throws to fail a step; `afterChunk` runs after each chunk of the staging copy, where a test
 * pulls the USB stick (truncates the source) or fills the disk (throws ENOSPC).
 */
export interface RestoreFaults {
  beforeStep?: (step: RestoreStep) => void | Promise<void>
  afterChunk?: (copiedBytes: number) => void | Promise<void>
  /** Smaller chunks, so a small test backup is copied in several. */
  chunkBytes?: number
}

const CHUNK = 1024 * 1024
const SIDE_FILES = ['-wal', '-shm', '-journal'] as const
const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code
const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG'])

/**
 * Copies the backup into the data folder under a dot-name, chunk by chunk, and flushes it.
 * The live database is not touched, so any failure here (a pulled USB stick, a full disk)
 * leaves the app running on its data as it was. A source that ends early or fails to read is
 * RESTORE_SOURCE_LOST; a write refused for space is RESTORE_DISK_FULL.
 */
export async function stageBackup(options: {
  source: string
  staged: string
  file: string
  faults?: RestoreFaults
}): Promise<void> {
  const { source, staged, file, faults } = options
  const lost = (cause: unknown) =>
    cause instanceof AppError ? cause : new AppError('RESTORE_SOURCE_LOST', { file })
  await rm(staged, { force: true })
  try {
    await faults?.beforeStep?.('stage-copy')
    const input = await open(source, 'r').catch((error: unknown) => {
      throw lost(error)
    })
    try {
      const size = (await input.stat()).size
      const output = await open(staged, 'w')
      try {
        const chunk = faults?.chunkBytes ?? CHUNK
        const buffer = Buffer.alloc(chunk)
        let copied = 0
        while (copied < size) {
          const { bytesRead } = await input.read(buffer, 0, chunk, copied).catch((e: unknown) => {
            throw lost(e)
          })
          // Fewer bytes than the file had when we started: the stick went away or the file
          // was cut short under us. Never swap in a partial copy.
          if (bytesRead === 0) throw new AppError('RESTORE_SOURCE_LOST', { file })
          await output.write(buffer, 0, bytesRead)
          copied += bytesRead
          await faults?.afterChunk?.(copied)
        }
        await faults?.beforeStep?.('stage-fsync')
        await output.sync()
      } finally {
        await output.close()
      }
    } finally {
      await input.close().catch(() => {})
    }
  } catch (error) {
    await rm(staged, { force: true })
    if (error instanceof AppError) throw error
    if (DISK_FULL.has(String(codeOf(error)))) throw new AppError('RESTORE_DISK_FULL', { file })
    throw new AppError('RESTORE_FAILED')
  }
}

/**
 * Proves no other connection (a second Etalase that got past the lock, `npm run verify`, a
 * DB browser) has the live database open, and folds its WAL into the file: leaving WAL mode
 * needs the only connection, so SQLite itself answers the question. Restoring under another
 * connection would pull the file and its WAL from under it. A file SQLite cannot read at all
 * (recovery mode) has nobody on it that matters and is set aside as it is.
 */
function claimExclusively(databaseFile: string): void {
  let probe: BetterSqlite3.Database
  try {
    probe = new BetterSqlite3(databaseFile, { timeout: 0, fileMustExist: true })
  } catch {
    return
  }
  try {
    const mode = probe.pragma('journal_mode = DELETE', { simple: true })
    // SQLite keeps WAL without an error both when another connection holds the file and when
    // the file is too damaged to switch; only a sound file means somebody else is on it.
    if (mode !== 'delete' && isSound(probe)) throw new AppError('RESTORE_BUSY')
  } catch (error) {
    if (error instanceof AppError) throw error
    if (String(codeOf(error)).startsWith('SQLITE_BUSY')) throw new AppError('RESTORE_BUSY')
    if (String(codeOf(error)).startsWith('SQLITE_LOCKED')) throw new AppError('RESTORE_BUSY')
    // Damaged file: nothing to fold; it goes aside unchanged.
  } finally {
    probe.close()
  }
}

function isSound(probe: BetterSqlite3.Database): boolean {
  try {
    return probe.pragma('quick_check(1)', { simple: true }) === 'ok'
  } catch {
    return false
  }
}

export interface SwappedIn {
  safetyCopy: string | null
  /** Puts the replaced data back (the reopen into the restored file failed). */
  undo: () => Promise<void>
}

/**
 * Swaps the staged, checked backup in as the live database. Runs only while the app's own
 * connection is closed. Only renames inside the data folder happen here, so a full disk
 * cannot stop it half-way and the replaced data never leaves the drive: the live file and its
 * side files are renamed into the safety folder, then the staged file takes the name. If any
 * step fails, the renames are undone before the error is thrown, so the previous data is
 * exactly where it was.
 */
export async function swapInStaged(options: {
  databaseFile: string
  staged: string
  safetyDir: string
  now: number
  faults?: RestoreFaults
}): Promise<SwappedIn> {
  const { databaseFile, staged, safetyDir, faults } = options
  const folder = join(databaseFile, '..')
  const safetyCopy = join(safetyDir, `before-restore-${stampOf(options.now)}.sqlite`)
  const moved: string[] = []
  const hadDatabase = await exists(databaseFile)

  const undo = async () => {
    // The restored file's own side files (a failed open may have made them) must not be
    // replayed onto the data that comes back.
    for (const suffix of SIDE_FILES) await rm(databaseFile + suffix, { force: true })
    if (!hadDatabase) await rm(databaseFile, { force: true })
    for (const suffix of moved) await rename(safetyCopy + suffix, databaseFile + suffix)
    moved.length = 0
    await fsyncFolder(folder)
  }

  await faults?.beforeStep?.('exclusive')
  if (hadDatabase) claimExclusively(databaseFile)
  try {
    await faults?.beforeStep?.('set-aside')
    if (hadDatabase) {
      await mkdir(safetyDir, { recursive: true })
      for (const suffix of ['', ...SIDE_FILES]) {
        if (!(await exists(databaseFile + suffix))) continue
        await rename(databaseFile + suffix, safetyCopy + suffix)
        moved.push(suffix)
      }
      await fsyncFolder(safetyDir)
    }
    await faults?.beforeStep?.('rename')
    await rename(staged, databaseFile)
    await faults?.beforeStep?.('fsync')
    await fsyncFolder(folder)
  } catch (error) {
    await undo()
    throw error
  }
  return { safetyCopy: hadDatabase ? safetyCopy : null, undo }
}

/** A staged copy left by a restore that died mid-way is never data: removed at start. */
export async function removeStaleStaged(dataDir: string): Promise<void> {
  for (const name of await readdir(dataDir).catch(() => [] as string[])) {
    if (STAGED_NAME.test(name)) await rm(join(dataDir, name), { force: true })
  }
}
