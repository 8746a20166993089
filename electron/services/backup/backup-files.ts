import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import {
  access,
  constants,
  copyFile,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import { join } from 'node:path'
import type { ChainAnchor } from '../../db/ledger-chain'
import type {
  BackupDestination,
  BackupDto,
  BackupTrigger,
  DataCountsDto,
  VerificationDto,
} from '../../../shared/data/data-dto'

/**
 * The backup folder on disk. A backup is `etalase-<UTC stamp>.sqlite` with a manifest
 * `etalase-<stamp>.json` beside it; both are written under a temporary dot-name, flushed and
 * renamed, so a crash mid-way leaves the last good backup untouched and only a `.partial`
 * file that the next run removes. The manifest lets the recovery screen list backups
 * without the (possibly broken) database.
 */

export const PARTIAL_SUFFIX = '.partial'
const BACKUP_NAME = /^etalase-(\d{8}-\d{6})(-\d+)?\.sqlite$/

export interface BackupManifest {
  version: 1
  file: string
  createdAt: number
  trigger: BackupTrigger
  bytes: number
  sha256: string
  verification: VerificationDto
  counts: DataCountsDto | null
  /** The backup's chain head (seq and hash): `npm run verify -- --anchors-file=<manifest>`. */
  anchor?: ChainAnchor | null
}

/** Beside an auditor's export in a folder: what the copy is and the chain head it ends at. */
export interface ExportManifest {
  version: 1
  kind: 'export'
  file: string
  createdAt: number
  bytes: number
  sha256: string
  /** `npm run verify -- --anchors-file=<this file>` reads it like a backup manifest's. */
  anchor: ChainAnchor | null
}

export function stampOf(ms: number): string {
  const iso = new Date(ms).toISOString()
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`
}

export const manifestName = (file: string) => file.replace(/\.sqlite$/, '.json')
export const partialName = (file: string) => `.${file}${PARTIAL_SUFFIX}`

/** A name not yet used in the folder (two backups in one second get -2, -3…). */
export async function freeBackupName(folder: string, ms: number): Promise<string> {
  const base = `etalase-${stampOf(ms)}`
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.sqlite` : `${base}-${n}.sqlite`
    if (!(await exists(join(folder, name)))) return name
  }
}

export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}

/** True when the folder exists and we may create files in it (a mounted USB stick, a share). */
export async function isWritableFolder(folder: string): Promise<boolean> {
  try {
    const info = await stat(folder)
    if (!info.isDirectory()) return false
    await access(folder, constants.W_OK)
    return true
  } catch {
    return false
  }
}

/** Flushes a file's bytes to the device: a rename is only as durable as what it names. */
export async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Flushes the folder entry after a rename; Windows cannot open folders, NTFS journals it. */
export async function fsyncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // EISDIR / EPERM on Windows: nothing to do there.
  }
}

export async function writeFileDurable(path: string, text: string): Promise<void> {
  const folder = join(path, '..')
  const temp = join(folder, `.${path.slice(folder.length + 1)}${PARTIAL_SUFFIX}`)
  await writeFile(temp, text)
  await fsyncFile(temp)
  await rename(temp, path)
  await fsyncFolder(folder)
}

/** Copies through a temporary name, flushed, then renamed: never a half file under the name. */
export async function copyFileDurable(source: string, target: string): Promise<void> {
  const folder = join(target, '..')
  const temp = join(folder, `.${target.slice(folder.length + 1)}${PARTIAL_SUFFIX}`)
  await copyFile(source, temp)
  await fsyncFile(temp)
  await rename(temp, target)
  await fsyncFolder(folder)
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}

/**
 * Removes what an interrupted run left behind: only dot-named `.partial` files and SQLite's
 * side files of them (`.partial-journal`, `-wal`, `-shm`).
 */
export async function removePartials(folder: string): Promise<number> {
  let removed = 0
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (name.startsWith('.') && name.includes(PARTIAL_SUFFIX)) {
      await rm(join(folder, name), { force: true })
      removed++
    }
  }
  return removed
}

export async function ensureFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true })
}

async function readManifest(folder: string, file: string): Promise<BackupManifest | null> {
  try {
    const manifest = JSON.parse(
      await readFile(join(folder, manifestName(file)), 'utf8'),
    ) as BackupManifest
    return manifest.version === 1 && manifest.file === file ? manifest : null
  } catch {
    return null
  }
}

export function toBackupDto(
  manifest: BackupManifest,
  destination: BackupDestination,
  folder: string,
): BackupDto {
  return {
    id: `${destination}:${manifest.file}`,
    file: manifest.file,
    destination,
    folder,
    createdAt: new Date(manifest.createdAt).toISOString(),
    bytes: manifest.bytes,
    trigger: manifest.trigger,
    verification: manifest.verification,
    counts: manifest.counts,
  }
}

/**
 * The backups in a folder, newest first. A backup file without a readable manifest is still
 * listed (as unverified): the file may be all that is left, and restore checks it afresh.
 */
export async function listBackups(
  folder: string,
  destination: BackupDestination,
): Promise<Array<{ dto: BackupDto; manifest: BackupManifest | null }>> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) =>
    BACKUP_NAME.test(n),
  )
  const found = await Promise.all(
    names.map(async (file) => {
      const manifest = await readManifest(folder, file)
      if (manifest) return { dto: toBackupDto(manifest, destination, folder), manifest }
      const info = await stat(join(folder, file)).catch(() => null)
      if (!info) return null
      const fallback: BackupManifest = {
        version: 1,
        file,
        createdAt: info.mtimeMs,
        trigger: 'manual',
        bytes: info.size,
        sha256: '',
        verification: {
          ok: false,
          problem: 'unreadable',
          chainChecked: null,
          chainBroken: null,
          checkedAt: new Date(info.mtimeMs).toISOString(),
          durationMs: 0,
        },
        counts: null,
      }
      return { dto: toBackupDto(fallback, destination, folder), manifest: null }
    }),
  )
  return found
    .filter((b): b is NonNullable<typeof b> => b !== null)
    .sort(
      (a, b) =>
        b.dto.createdAt.localeCompare(a.dto.createdAt) || b.dto.file.localeCompare(a.dto.file),
    )
}

export async function removeBackup(folder: string, file: string): Promise<void> {
  await rm(join(folder, file), { force: true })
  await rm(join(folder, manifestName(file)), { force: true })
}
