import type { Kysely } from 'kysely'
import type { BackupRunDto, BackupTrigger } from '../../../shared/data/data-dto'
import type { Database } from '../../db/schema'
import type { ServiceContext } from '../core/context'

export interface BackupRunRecord {
  kind: BackupRunDto['kind']
  trigger: BackupTrigger
  file: string | null
  destination: string | null
  bytes: number
  problem: string | null
  detail: Record<string, unknown>
  durationMs: number
  at: number
}

/** The log of backups, checks and exports (`backup_runs`): each run written, the latest read. */
export function createBackupRunLog(
  ctx: ServiceContext,
  logError: (what: string, error: unknown) => void,
) {
  const { db } = ctx

  async function recordRun(run: BackupRunRecord): Promise<BackupRunDto> {
    const id = ctx.ids.next()
    const second = (run.detail.second as BackupRunDto['second'] | undefined) ?? null
    try {
      await db
        .insertInto('backup_runs')
        .values({
          id,
          kind: run.kind,
          trigger: run.trigger,
          file: run.file,
          destination: run.destination,
          bytes: run.bytes,
          ok: run.problem === null ? 1 : 0,
          problem: run.problem,
          detail: JSON.stringify(run.detail),
          duration_ms: run.durationMs,
          device_id: ctx.deviceId,
          created_at: run.at,
        })
        .execute()
    } catch (error) {
      // A full disk may refuse even the log row; the backup's own outcome still stands.
      logError('backup log', error)
    }
    return {
      id,
      kind: run.kind,
      trigger: run.trigger,
      file: run.file,
      ok: run.problem === null,
      problem: run.problem,
      bytes: run.bytes,
      durationMs: run.durationMs,
      at: new Date(run.at).toISOString(),
      second,
    }
  }

  return { recordRun }
}

export type RecordBackupRun = ReturnType<typeof createBackupRunLog>['recordRun']

/** The last ten runs, newest first, for Pengaturan → Data. */
export async function recentBackupRuns(db: Kysely<Database>): Promise<BackupRunDto[]> {
  const runs = await db
    .selectFrom('backup_runs')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(10)
    .execute()
  return runs.map((r) => ({
    id: r.id,
    kind: r.kind,
    trigger: r.trigger,
    file: r.file,
    ok: r.ok === 1,
    problem: r.problem,
    bytes: r.bytes,
    durationMs: r.duration_ms,
    at: new Date(r.created_at).toISOString(),
    second: ((JSON.parse(r.detail) as { second?: BackupRunDto['second'] }).second ??
      null) as BackupRunDto['second'],
  }))
}
