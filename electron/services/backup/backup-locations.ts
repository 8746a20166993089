import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupDestination, BackupDto } from '../../../shared/data/data-dto'
import { listBackups, writeFileDurable } from './backup-files'

export const primaryBackupFolder = (dataDir: string) => join(dataDir, 'backups')

/**
 * The second destination is also written beside the data as a plain file: when the database
 * is too damaged to read its settings, the recovery screen must still find the USB copy.
 */
const hintFile = (dataDir: string) => join(dataDir, 'backup-destinations.json')

export async function writeSecondFolderHint(dataDir: string, folder: string | null) {
  await writeFileDurable(hintFile(dataDir), JSON.stringify({ secondFolder: folder }))
}

export async function readSecondFolderHint(dataDir: string): Promise<string | null> {
  try {
    const parsed = JSON.parse(await readFile(hintFile(dataDir), 'utf8')) as {
      secondFolder?: unknown
    }
    return typeof parsed.secondFolder === 'string' ? parsed.secondFolder : null
  } catch {
    return null
  }
}

/** Every backup in both destinations, newest first. */
export async function listAllBackups(
  dataDir: string,
  secondFolder: string | null,
): Promise<BackupDto[]> {
  const primary = await listBackups(primaryBackupFolder(dataDir), 'primary')
  const second = secondFolder ? await listBackups(secondFolder, 'second') : []
  return [...primary, ...second]
    .map((b) => b.dto)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
}

/** Resolves a backup id (`primary:file` / `second:file`) to a folder, only among our own. */
export function resolveBackupId(
  id: string,
  dataDir: string,
  secondFolder: string | null,
): { destination: BackupDestination; folder: string; file: string } | null {
  const at = id.indexOf(':')
  const destination = id.slice(0, at)
  const file = id.slice(at + 1)
  if (!/^etalase-[0-9A-Za-z-]+\.sqlite$/.test(file)) return null
  if (destination === 'primary') return { destination, folder: primaryBackupFolder(dataDir), file }
  if (destination === 'second' && secondFolder) return { destination, folder: secondFolder, file }
  return null
}
