import type { DataCountsDto, VerificationDto } from '../../../shared/data/data-dto'
import type { DatabaseCounts, DatabaseVerdict } from '../../db/integrity'
import { verifyDatabaseFile } from '../../db/integrity'

/**
 * Checks a database file. In-process by default; the shells may hand in one that runs in a
 * worker thread so a long integrity check never holds up the till.
 */
export type FileVerifier = (file: string) => Promise<DatabaseVerdict>

export const verifyInProcess: FileVerifier = (file) => Promise.resolve(verifyDatabaseFile(file))

export function toCountsDto(counts: DatabaseCounts | null): DataCountsDto | null {
  if (!counts) return null
  return {
    rows: counts.rows,
    salesTotal: counts.salesTotal,
    lastSaleAt: counts.lastSaleAt === null ? null : new Date(counts.lastSaleAt).toISOString(),
  }
}

export function toVerificationDto(verdict: DatabaseVerdict, checkedAt: number): VerificationDto {
  const chain = verdict.chain
  return {
    ok: verdict.ok,
    problem: verdict.problem,
    chainChecked: chain ? chain.checked : null,
    chainBroken:
      chain && !chain.ok
        ? { seq: chain.broken.seq, table: chain.broken.table, rowId: chain.broken.rowId }
        : null,
    checkedAt: new Date(checkedAt).toISOString(),
    durationMs: verdict.durationMs,
  }
}
