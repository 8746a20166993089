import { copyFile, mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { exists, fsyncFile, fsyncFolder, PARTIAL_SUFFIX, stampOf } from './backup-files'

/** Where restore keeps the data it replaced; never rotated, never listed as a backup. */
export const safetyFolder = (backupFolder: string) => join(backupFolder, 'safety')

/**
 * Swaps a verified backup in as the live database. Runs only while the database is closed.
 * Order matters: the old data is copied aside first (with its WAL, so nothing committed is
 * lost even from a damaged file); the stale -wal and -shm go before the new file takes the
 * name, or SQLite would replay the old log onto the restored pages.
 */
export async function swapInBackup(options: {
  databaseFile: string
  source: string
  safetyDir: string
  now: number
}): Promise<{ safetyCopy: string | null }> {
  const { databaseFile, source, safetyDir } = options
  const folder = join(databaseFile, '..')
  let safetyCopy: string | null = null
  if (await exists(databaseFile)) {
    await mkdir(safetyDir, { recursive: true })
    safetyCopy = join(safetyDir, `before-restore-${stampOf(options.now)}.sqlite`)
    for (const suffix of ['', '-wal', '-shm']) {
      if (await exists(databaseFile + suffix)) {
        await copyFile(databaseFile + suffix, safetyCopy + suffix)
        await fsyncFile(safetyCopy + suffix)
      }
    }
    await fsyncFolder(safetyDir)
  }
  const incoming = join(folder, `.restore${PARTIAL_SUFFIX}`)
  await copyFile(source, incoming)
  await fsyncFile(incoming)
  for (const suffix of ['-wal', '-shm', '-journal'])
    await rm(databaseFile + suffix, { force: true })
  await rename(incoming, databaseFile)
  await fsyncFolder(folder)
  return { safetyCopy }
}
