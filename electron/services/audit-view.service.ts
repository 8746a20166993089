import type { AuditEntryDto, IntegrityReport } from '../../shared/dto'
import type { OpenDatabase } from '../db/connection'
import { verifyLedgerChain } from '../db/ledger-chain'
import type { ServiceContext } from './context'
import { verifyStockLevels } from './stock-ledger'

const wibMidnight = (date: string) => Date.parse(`${date}T00:00:00+07:00`)

/** The audit viewer and the integrity check behind Pengaturan → Audit. */
export function createAuditViewService(ctx: ServiceContext, database: Pick<OpenDatabase, 'raw'>) {
  async function list(input: {
    from?: string | undefined
    to?: string | undefined
    userId?: string | undefined
    action?: string | undefined
    limit: number
  }): Promise<AuditEntryDto[]> {
    let q = ctx.db
      .selectFrom('audit_log as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .leftJoin('users as s', 's.id', 'a.approved_by')
      .select([
        'a.id',
        'a.created_at',
        'a.action',
        'u.name as user',
        's.name as approver',
        'a.reason',
        'a.ref_type',
        'a.ref_id',
        'a.detail',
      ])
    if (input.from) q = q.where('a.created_at', '>=', wibMidnight(input.from))
    if (input.to) q = q.where('a.created_at', '<', wibMidnight(input.to) + 86_400_000)
    if (input.userId) q = q.where('a.user_id', '=', input.userId)
    if (input.action) q = q.where('a.action', 'like', `${input.action.replace(/[%_]/g, '')}%`)
    const rows = await q
      .orderBy('a.created_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(input.limit)
      .execute()
    return rows.map((r) => ({
      id: r.id,
      at: new Date(r.created_at).toISOString(),
      action: r.action,
      userName: r.user,
      approvedByName: r.approver,
      reason: r.reason,
      refType: r.ref_type,
      refId: r.ref_id,
      detail: r.detail,
    }))
  }

  async function verify(): Promise<IntegrityReport> {
    const raw = database.raw
    return {
      integrity: String(raw.pragma('integrity_check', { simple: true })),
      foreignKeyProblems: (raw.pragma('foreign_key_check') as unknown[]).length,
      chain: verifyLedgerChain(raw),
      stockMismatches: (await verifyStockLevels(ctx.db)).length,
    }
  }

  return { list, verify }
}
