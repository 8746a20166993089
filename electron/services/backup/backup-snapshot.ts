import BetterSqlite3 from 'better-sqlite3'
import type { ChainAnchor } from '../../db/ledger-chain'
import { fsyncFile } from './backup-files'

/**
 * Online backup into `target` (a new file), then made a self-contained rollback-journal file.
 * Answers the copy's chain head: the anchor an export carries out of the file.
 */
export async function snapshotTo(
  raw: BetterSqlite3.Database,
  target: string,
  stepPages: number,
): Promise<ChainAnchor | null> {
  await raw.backup(target, { progress: () => stepPages })
  // The copy keeps the WAL flag in its header; a single-file copy opens read-only anywhere
  // (a USB stick, DB Browser) without creating -wal and -shm beside it.
  const copy = new BetterSqlite3(target)
  let head: ChainAnchor | undefined
  try {
    copy.pragma('journal_mode = DELETE')
    head = copy.prepare('select seq, hash from ledger_chain order by seq desc limit 1').get() as
      ChainAnchor | undefined
  } finally {
    copy.close()
  }
  await fsyncFile(target)
  return head ?? null
}
