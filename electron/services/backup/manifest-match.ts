import BetterSqlite3 from 'better-sqlite3'
import type { VerificationDto } from '../../../shared/data/data-dto'
import { AppError } from '../core/errors'
import type { BackupManifest } from './backup-files'

/**
 * For restores nobody signed in for (recovery mode): the checked copy must match the manifest
 * written when the backup was made — the same bytes (sha256, checked by checkBackupFile), a
 * manifest that recorded a passing check, and the same number of hash-chain records. A file
 * dropped into the backup folder without its manifest, or a chain cut short or grown since,
 * is refused. (A manifest can be rewritten by whoever has the folder: anchors kept outside the
 * data, when present, are the stronger proof.)
 */
export function requireManifestMatch(
  file: string,
  manifest: BackupManifest | null,
  verification: VerificationDto,
): void {
  const matches =
    manifest !== null &&
    manifest.sha256 !== '' &&
    manifest.verification.ok &&
    verification.ok &&
    manifest.verification.chainChecked !== null &&
    manifest.verification.chainChecked === verification.chainChecked
  if (!matches) throw new AppError('BACKUP_MANIFEST_MISMATCH', { file })
}

/**
 * The chain inside the (already checked) staged copy still holds, at the manifest anchor's
 * position, the hash the manifest recorded when the backup was made. Someone who edited a row
 * in the backup, relinked the keyless chain and wrote the new sha256 into the manifest (but
 * not a new anchor, which is also printed and copied elsewhere) is refused here.
 *
 * A manifest from before anchors (no `anchor` key at all) is let through on the checks of
 * requireManifestMatch; a manifest of a checked chain that says `anchor: null` is not, since
 * the backup service writes the head of every non-empty chain it has checked.
 */
export function requireAnchorMatch(
  staged: string,
  file: string,
  manifest: BackupManifest | null,
): void {
  if (!manifest || manifest.anchor === undefined) return
  const anchor = manifest.anchor
  if (anchor === null) {
    if ((manifest.verification.chainChecked ?? 0) > 0) {
      throw new AppError('BACKUP_ANCHOR_MISMATCH', { file, seq: '-' })
    }
    return
  }
  const raw = new BetterSqlite3(staged, { readonly: true, fileMustExist: true })
  let hash: string | undefined
  try {
    hash = raw.prepare('select hash from ledger_chain where seq = ?').pluck().get(anchor.seq) as
      string | undefined
  } finally {
    raw.close()
  }
  const expected = anchor.hash.toLowerCase()
  if (expected.length === 0 || hash === undefined || !hash.startsWith(expected)) {
    throw new AppError('BACKUP_ANCHOR_MISMATCH', { file, seq: anchor.seq })
  }
}
