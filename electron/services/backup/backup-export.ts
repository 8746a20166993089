import { mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import type { ExportResultDto } from '../../../shared/data/data-dto'
import { formatAnchor } from '../../db/ledger-chain'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import {
  fsyncFolder,
  isWritableFolder,
  manifestName,
  partialName,
  sha256File,
  stampOf,
  writeFileDurable,
  type ExportManifest,
} from './backup-files'
import type { RecordBackupRun } from './backup-run-log'
import { snapshotTo } from './backup-snapshot'

/** A consistent copy of the whole database for an auditor: a download, or into a folder. */
export function createBackupExport(options: {
  ctx: ServiceContext
  raw: BetterSqlite3.Database
  stepPages: number
  recordRun: RecordBackupRun
}) {
  const { ctx, raw, stepPages, recordRun } = options
  const { db, clock } = ctx

  async function exportSnapshot(actor: Actor, target: string | null): Promise<ExportResultDto> {
    if (target && !(await isWritableFolder(target))) {
      throw new AppError('FOLDER_UNAVAILABLE', { folder: target })
    }
    const at = clock.now()
    const started = performance.now()
    const name = `etalase-export-${stampOf(at)}.sqlite`
    const scratch = target ?? (await mkdtemp(join(tmpdir(), 'etalase-export-')))
    const temp = join(scratch, partialName(name))
    try {
      const head = await snapshotTo(raw, temp, stepPages)
      const bytes = (await stat(temp)).size
      // The anchor leaves with the copy (a manifest beside it, and on screen to write in the
      // handover record): whoever holds the copy cannot rewrite its chain unnoticed, and
      // `npm run verify -- --anchors-file=<manifest>` on the live till proves it is unchanged.
      const anchor = head ? formatAnchor(head) : null
      let result: ExportResultDto
      if (target) {
        const path = join(target, name)
        const manifest: ExportManifest = {
          version: 1,
          kind: 'export',
          file: name,
          createdAt: at,
          bytes,
          sha256: await sha256File(temp),
          anchor: head,
        }
        await rename(temp, path)
        await fsyncFolder(target)
        await writeFileDurable(join(target, manifestName(name)), JSON.stringify(manifest))
        result = { file: null, path, bytes, anchor }
      } else {
        const base64 = (await readFile(temp)).toString('base64')
        result = {
          file: { filename: name, mime: 'application/vnd.sqlite3', base64 },
          path: null,
          bytes,
          anchor,
        }
      }
      const run = await recordRun({
        kind: 'export',
        trigger: 'manual',
        file: name,
        destination: target,
        bytes,
        problem: null,
        detail: {},
        durationMs: Math.round(performance.now() - started),
        at,
      })
      await db.transaction().execute((trx) =>
        recordAudit(trx, ctx, actor, {
          action: 'data.export',
          refType: 'backup_run',
          refId: run.id,
          detail: { file: name, folder: target, bytes, anchor },
        }),
      )
      return result
    } finally {
      await rm(temp, { force: true })
      if (!target) await rm(scratch, { recursive: true, force: true })
    }
  }

  return { exportSnapshot }
}
