import { sql, type Expression, type SqlBool } from 'kysely'
import type { AuditFilterOptionsDto, AuditRowDto } from '../../../shared/audit/audit-dto'
import { auditActionsNamed, auditExportFilePrefix } from '../../../shared/audit/audit-labels'
import { compactDate } from '../../../shared/business-date'
import { fileMimes, type FilePayload } from '../../../shared/documents/file-payload'
import type { IntegrityReport } from '../../../shared/app/app-dto'
import type { Locale } from '../../../shared/locale'
import type { OpenDatabase } from '../../db/connection'
import { verifyLedgerChain } from '../../db/ledger-chain'
import { auditCsv } from './audit-csv'
import type { ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { verifyStockLevels } from '../stock/stock-ledger'

const wibMidnight = (date: string) => Date.parse(`${date}T00:00:00+07:00`)

/** Far beyond years of one showroom's trail; past it the date range must be narrowed. */
export const AUDIT_EXPORT_MAX = 100_000

export interface AuditFilters {
  from?: string | undefined
  to?: string | undefined
  userId?: string | undefined
  action?: string | undefined
  query?: string | undefined
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** The audit viewer, its CSV export and the integrity check. */
export function createAuditViewService(ctx: ServiceContext, database: Pick<OpenDatabase, 'raw'>) {
  /** Entries with the names of who, who approved and what they are about, filtered. */
  function filtered(filters: AuditFilters) {
    let q = ctx.db
      .selectFrom('audit_log as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .leftJoin('users as s', 's.id', 'a.approved_by')
      .leftJoin('sales as sa', (join) =>
        join.onRef('sa.id', '=', 'a.ref_id').on('a.ref_type', '=', 'sale'),
      )
      .leftJoin('shift_closes as sc', (join) =>
        join.onRef('sc.shift_id', '=', 'a.ref_id').on('a.ref_type', '=', 'shift'),
      )
      .leftJoin('users as tu', (join) =>
        join.onRef('tu.id', '=', 'a.ref_id').on('a.ref_type', '=', 'user'),
      )
      .leftJoin('products as p', (join) =>
        join.onRef('p.id', '=', 'a.ref_id').on('a.ref_type', '=', 'product'),
      )
    if (filters.from) q = q.where('a.created_at', '>=', wibMidnight(filters.from))
    if (filters.to) q = q.where('a.created_at', '<', wibMidnight(filters.to) + 86_400_000)
    if (filters.userId) q = q.where('a.user_id', '=', filters.userId)
    if (filters.action) {
      // `sale.` finds every sale action; a full code finds only itself.
      const prefix = filters.action.endsWith('.')
      q = prefix
        ? q.where(sql<SqlBool>`a.action like ${`${likeEscaped(filters.action)}%`} escape '\\'`)
        : q.where('a.action', '=', filters.action)
    }
    const words = filters.query?.trim()
    if (words) {
      const pattern = `%${likeEscaped(words)}%`
      const like = (column: Expression<unknown>) =>
        sql<SqlBool>`${column} like ${pattern} escape '\\'`
      const named = auditActionsNamed(words)
      q = q.where((eb) =>
        eb.or([
          like(eb.ref('u.name')),
          like(eb.ref('s.name')),
          like(eb.ref('a.reason')),
          like(eb.ref('a.detail')),
          like(eb.ref('a.action')),
          like(eb.ref('a.ref_id')),
          like(eb.ref('sa.receipt_no')),
          like(eb.ref('tu.name')),
          like(eb.ref('p.name')),
          ...(named.length > 0 ? [eb('a.action', 'in', named)] : []),
        ]),
      )
    }
    return q
  }

  async function rows(
    filters: AuditFilters,
    page: { limit: number; offset: number },
    order: 'newest' | 'oldest',
  ): Promise<AuditRowDto[]> {
    const direction = order === 'newest' ? 'desc' : 'asc'
    const found = await filtered(filters)
      .select([
        'a.id',
        'a.created_at',
        'a.action',
        'a.user_id',
        'u.name as user',
        's.name as approver',
        'a.reason',
        'a.ref_type',
        'a.ref_id',
        'a.detail',
        'sa.receipt_no',
        'sc.z_no',
        'tu.name as target_user',
        'p.name as product',
      ])
      .orderBy('a.created_at', direction)
      .orderBy(sql`a.rowid`, direction)
      .limit(page.limit)
      .offset(page.offset)
      .execute()
    return found.map((r) => ({
      id: r.id,
      at: new Date(r.created_at).toISOString(),
      action: r.action,
      userId: r.user_id,
      userName: r.user,
      approvedByName: r.approver,
      reason: r.reason,
      refType: r.ref_type,
      refId: r.ref_id,
      detail: r.detail,
      target:
        r.receipt_no ??
        (r.z_no === null ? null : `Z ${r.z_no}`) ??
        r.target_user ??
        r.product ??
        null,
    }))
  }

  function list(input: AuditFilters & { limit: number; offset?: number }): Promise<AuditRowDto[]> {
    return rows(input, { limit: input.limit, offset: input.offset ?? 0 }, 'newest')
  }

  async function count(filters: AuditFilters): Promise<number> {
    const row = await filtered(filters)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  async function filterOptions(): Promise<AuditFilterOptionsDto> {
    const [users, actions] = await Promise.all([
      ctx.db.selectFrom('users').select(['id', 'name']).orderBy('name').execute(),
      ctx.db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute(),
    ])
    return { users, actions: actions.map((a) => a.action) }
  }

  /** The filtered trail as CSV for Excel, oldest first as an inspector reads it. */
  async function exportCsv(filters: AuditFilters, locale: Locale): Promise<FilePayload> {
    const total = await count(filters)
    if (total > AUDIT_EXPORT_MAX) throw new AppError('EXPORT_TOO_LARGE', { count: total })
    const entries = await rows(filters, { limit: AUDIT_EXPORT_MAX, offset: 0 }, 'oldest')
    const today = compactDate(ctx.clock.now()).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3')
    const span = filters.from ? `${filters.from}_${filters.to ?? today}` : (filters.to ?? today)
    return {
      filename: `${auditExportFilePrefix[locale]}_${span}.csv`,
      mime: fileMimes.csv,
      base64: Buffer.from(auditCsv(entries, locale), 'utf8').toString('base64'),
    }
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

  return { list, count, filterOptions, exportCsv, verify }
}
