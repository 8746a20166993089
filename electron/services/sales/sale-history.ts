/**
 * The sale history as Riwayat reads it: the filtered list, a sale by its receipt number and a
 * recorded return. Nothing here writes.
 */
import { sql, type Kysely } from 'kysely'
import { DEFAULT_TIME_ZONE } from '../../../shared/business-date'
import type { ParsedInputOf } from '../../../shared/contract'
import type { ReturnDto, SaleDto, SaleSummaryDto } from '../../../shared/sales/sales-dto'
import type { Database } from '../../db/schema'
import { AppError } from '../core/errors'
import { loadSale } from './sale-read'

type Db = Kysely<Database>

type ListInput = ParsedInputOf<'sales:list'>

/** Epoch ms of local midnight (WIB, UTC+7, no daylight saving) for `YYYY-MM-DD`. */
function wibMidnight(date: string): number {
  if (DEFAULT_TIME_ZONE !== 'Asia/Jakarta') throw new Error('only WIB is supported')
  return Date.parse(`${date}T00:00:00+07:00`)
}

export async function listSales(db: Db, input: ListInput): Promise<SaleSummaryDto[]> {
  let q = db
    .selectFrom('sales as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('locations as l', 'l.id', 's.location_id')
    .select((eb) => [
      's.id',
      's.receipt_no',
      's.created_at',
      's.total',
      'u.name as cashier',
      'l.name as location',
      eb
        .selectFrom('sale_lines')
        .select((x) => x.fn.sum<number>('qty').as('n'))
        .whereRef('sale_id', '=', 's.id')
        .as('items'),
      eb
        .selectFrom('payments')
        .select(sql<string>`group_concat(method_name, '|')`.as('m'))
        .whereRef('sale_id', '=', 's.id')
        .as('methods'),
      eb
        .exists(eb.selectFrom('sale_voids').select('id').whereRef('sale_id', '=', 's.id'))
        .as('voided'),
      eb
        .exists(eb.selectFrom('returns').select('id').whereRef('sale_id', '=', 's.id'))
        .as('returned'),
    ])
  if (input.from) q = q.where('s.created_at', '>=', wibMidnight(input.from))
  if (input.to) q = q.where('s.created_at', '<', wibMidnight(input.to) + 86_400_000)
  if (input.cashierId) q = q.where('s.user_id', '=', input.cashierId)
  if (input.locationId) q = q.where('s.location_id', '=', input.locationId)
  if (input.methodId) {
    const methodId = input.methodId
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('payments as p')
          .select('p.id')
          .whereRef('p.sale_id', '=', 's.id')
          .where('p.method_id', '=', methodId),
      ),
    )
  }
  if (input.query) q = q.where('s.receipt_no', 'like', `%${input.query.replace(/[%_]/g, '')}%`)
  const rows = await q
    .orderBy('s.created_at', 'desc')
    .orderBy('s.receipt_no', 'desc')
    .limit(input.limit)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    receiptNo: r.receipt_no,
    createdAt: new Date(r.created_at).toISOString(),
    cashierName: r.cashier,
    locationName: r.location,
    total: r.total,
    items: Number(r.items ?? 0),
    methods: [...new Set((r.methods ?? '').split('|').filter(Boolean))],
    voided: Boolean(r.voided),
    returned: Boolean(r.returned),
  }))
}

export async function saleByReceipt(db: Db, receiptNo: string): Promise<SaleDto> {
  const row = await db
    .selectFrom('sales')
    .select('id')
    .where('receipt_no', '=', receiptNo.trim().toUpperCase())
    .executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND')
  return loadSale(db, row.id)
}

export async function loadReturn(db: Db, id: string): Promise<ReturnDto> {
  const ret = await db
    .selectFrom('returns')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  const lines = await db
    .selectFrom('return_lines as rl')
    .innerJoin('sale_lines as sl', 'sl.id', 'rl.sale_line_id')
    .select(['rl.sale_line_id', 'sl.name', 'rl.qty', 'rl.amount', 'rl.disposition'])
    .where('rl.return_id', '=', id)
    .orderBy('sl.line_no')
    .execute()
  const refunds = await db
    .selectFrom('refunds')
    .select(['method_name', 'amount', 'reference'])
    .where('return_id', '=', id)
    .execute()
  return {
    id: ret.id,
    returnNo: ret.return_no,
    saleId: ret.sale_id,
    refundTotal: ret.refund_total,
    lines: lines.map((l) => ({
      saleLineId: l.sale_line_id,
      name: l.name,
      qty: l.qty,
      amount: l.amount,
      disposition: l.disposition,
    })),
    refunds: refunds.map((r) => ({
      methodName: r.method_name,
      amount: r.amount,
      reference: r.reference,
    })),
  }
}
