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
