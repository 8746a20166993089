import { sql } from 'kysely'
import type { Db } from '../stock/stock-common'

/**
 * What a partner owes now: every settlement's amount due, less what was paid with the
 * settlement itself (the sale's payments) and what was paid later (consignment_payments).
 * `before` (epoch ms, exclusive) gives the balance as it stood at that moment.
 */
export async function owedBy(db: Db, locationId: string, before = Number.MAX_SAFE_INTEGER) {
  const row = await sql<{ settled: number; paidAtSettle: number; paidLater: number }>`
    select
      (select coalesce(sum(amount_due), 0) from consignment_settlements
        where location_id = ${locationId} and created_at < ${before}) as settled,
      (select coalesce(sum(p.amount), 0) from payments p
        join consignment_settlements c on c.sale_id = p.sale_id
        where c.location_id = ${locationId} and c.created_at < ${before}) as paidAtSettle,
      (select coalesce(sum(amount), 0) from consignment_payments
        where location_id = ${locationId} and created_at < ${before}) as paidLater
  `.execute(db)
  const r = row.rows[0]!
  return Number(r.settled) - Number(r.paidAtSettle) - Number(r.paidLater)
}
